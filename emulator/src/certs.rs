//! The emulator's private certificate authority and the leaf certificates it issues (HTTPS endpoints and the
//! PostgreSQL servers' Azure host names). Everything is generated with the `openssl` crate and kept in the state dir.

use std::path::Path;

use openssl::asn1::Asn1Time;
use openssl::bn::{BigNum, MsbOption};
use openssl::hash::MessageDigest;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use openssl::x509::extension::{
    BasicConstraints, ExtendedKeyUsage, KeyUsage, SubjectAlternativeName, SubjectKeyIdentifier,
};
use openssl::x509::{X509, X509Builder, X509Name, X509NameBuilder};

use crate::error::{EmuError, Result};

/// A CA certificate and its key, both PEM.
pub struct CertificateAuthority {
    pub cert: X509,
    pub key: PKey<Private>,
}

/// A leaf certificate (PEM) and its PKCS#8 key (PEM).
pub struct IssuedCert {
    pub cert_pem: String,
    pub key_pem: String,
}

fn serial() -> Result<openssl::asn1::Asn1Integer> {
    let mut bn = BigNum::new()?;
    bn.rand(127, MsbOption::MAYBE_ZERO, false)?;
    Ok(bn.to_asn1_integer()?)
}

/// A new RSA key and a v3 certificate builder for it: subject `entries` (field, value), a random serial, valid
/// from today for `days`. The caller sets the issuer and extensions and signs.
fn new_certificate(
    entries: &[(&str, &str)],
    days: u32,
) -> Result<(PKey<Private>, X509Name, X509Builder)> {
    let key = PKey::from_rsa(Rsa::generate(2048)?)?;
    let mut name = X509NameBuilder::new()?;
    for (field, value) in entries {
        name.append_entry_by_text(field, value)?;
    }
    let name = name.build();
    let mut b = X509::builder()?;
    b.set_version(2)?;
    let sn = serial()?;
    b.set_serial_number(&sn)?;
    b.set_subject_name(&name)?;
    b.set_pubkey(&key)?;
    b.set_not_before(Asn1Time::days_from_now(0)?.as_ref())?;
    b.set_not_after(Asn1Time::days_from_now(days)?.as_ref())?;
    Ok((key, name, b))
}

impl CertificateAuthority {
    /// Loads `ca.pem`/`ca-key.pem` from `dir`, or creates and stores a new CA there.
    pub fn load_or_create(dir: &Path) -> Result<Self> {
        let cert_path = dir.join("ca.pem");
        let key_path = dir.join("ca-key.pem");
        let read = |path: &Path| std::fs::read(path).map_err(|e| EmuError::io(path, e));
        if cert_path.exists() && key_path.exists() {
            let cert = X509::from_pem(&read(&cert_path)?)?;
            let key = PKey::private_key_from_pem(&read(&key_path)?)?;
            return Ok(Self { cert, key });
        }
        let ca = Self::generate("azconn-emulator CA")?;
        store(&cert_path, &ca.cert.to_pem()?, 0o644)?;
        store(&key_path, &ca.key.private_key_to_pem_pkcs8()?, 0o600)?;
        Ok(ca)
    }

    /// A new CA named `common_name`, in memory (tests make their own CAs with it).
    pub fn generate(common_name: &str) -> Result<Self> {
        let (key, name, mut b) =
            new_certificate(&[("CN", common_name), ("O", "azconn-emulator")], 3650)?;
        b.set_issuer_name(&name)?;
        b.append_extension(BasicConstraints::new().critical().ca().build()?)?;
        b.append_extension(
            KeyUsage::new()
                .critical()
                .key_cert_sign()
                .crl_sign()
                .build()?,
        )?;
        let ski = SubjectKeyIdentifier::new().build(&b.x509v3_context(None, None))?;
        b.append_extension(ski)?;
        b.sign(&key, MessageDigest::sha256())?;
        Ok(Self {
            cert: b.build(),
            key,
        })
    }

    /// The CA certificate as PEM text.
    pub fn cert_pem(&self) -> Result<String> {
        String::from_utf8(self.cert.to_pem()?).map_err(|_| EmuError::msg("CA PEM is not UTF-8"))
    }

    /// Issues a server certificate for the given DNS names and IP addresses.
    pub fn issue(&self, common_name: &str, dns: &[&str], ips: &[&str]) -> Result<IssuedCert> {
        let (key, _, mut b) = new_certificate(&[("CN", common_name)], 825)?;
        b.set_issuer_name(self.cert.subject_name())?;
        b.append_extension(BasicConstraints::new().build()?)?;
        b.append_extension(
            KeyUsage::new()
                .critical()
                .digital_signature()
                .key_encipherment()
                .build()?,
        )?;
        b.append_extension(ExtendedKeyUsage::new().server_auth().build()?)?;
        let mut san = SubjectAlternativeName::new();
        for d in dns {
            san.dns(d);
        }
        for ip in ips {
            san.ip(ip);
        }
        let san = san.build(&b.x509v3_context(Some(&self.cert), None))?;
        b.append_extension(san)?;
        b.sign(&self.key, MessageDigest::sha256())?;
        let cert = b.build();
        let mut cert_pem = cert.to_pem()?;
        cert_pem.extend_from_slice(&self.cert.to_pem()?);
        let to_s = |v: Vec<u8>| String::from_utf8(v).map_err(|_| EmuError::msg("PEM is not UTF-8"));
        Ok(IssuedCert {
            cert_pem: to_s(cert_pem)?,
            key_pem: to_s(key.private_key_to_pem_pkcs8()?)?,
        })
    }
}

/// Writes a PEM file of the state dir, with `mode` when it creates it (keys: owner only).
fn store(path: &Path, pem: &[u8], mode: u32) -> Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(path)
        .and_then(|mut file| file.write_all(pem))
        .map_err(|e| EmuError::io(path, e))
}
