//! The PostgreSQL half of az's firewall dance: reading the client IP out of a pg_hba rejection
//! and naming the rule (`svc_` + 5 random `[a-z0-9]`). Creating and deleting the rule is ARM work
//! and lives with the command.

use std::net::IpAddr;

const PG_HBA_PREFIX: &str = "no pg_hba.conf entry for host \"";
const PG_HBA_SUFFIX: &str = "\", user ";

/// The client address in `no pg_hba.conf entry for host "IP", user …` (az's regex
/// `no pg_hba.conf entry for host "(.*)", user `), when it is an IP address.
pub fn parse_pg_hba_host(message: &str) -> Option<IpAddr> {
    let start = message.find(PG_HBA_PREFIX)? + PG_HBA_PREFIX.len();
    let rest = &message[start..];
    let end = rest.find(PG_HBA_SUFFIX)?;
    rest[..end].parse().ok()
}

/// A firewall rule name like az's: `svc_` + 5 characters from `[a-z0-9]`, from the OS's random
/// source (az picks distinct characters; repeats are allowed here, 36^5 names either way).
pub fn rule_name() -> Result<String, getrandom::Error> {
    const ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut name = String::from("svc_");
    let mut buf = [0u8; 32];
    // Rejection sampling keeps the choice uniform: 252 = 7 × 36. Each round yields ~98% usable
    // bytes, so one round nearly always suffices; the bound keeps the loop finite regardless.
    for _ in 0..8 {
        getrandom::fill(&mut buf)?;
        for b in buf {
            if name.len() == 9 {
                return Ok(name);
            }
            if b < 252 {
                name.push(char::from(ALPHABET[usize::from(b % 36)]));
            }
        }
    }
    // Unreachable in practice (needs 251 bytes ≥ 252 in a row); fall back to a plain mapping.
    getrandom::fill(&mut buf)?;
    while name.len() < 9 {
        name.push(char::from(ALPHABET[usize::from(buf[name.len()] % 36)]));
    }
    Ok(name)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn check(message: &str, expect: Option<&str>) {
        assert_eq!(
            parse_pg_hba_host(message),
            expect.map(|e| e.parse().unwrap()),
            "{message}"
        );
    }

    #[test]
    fn pg_hba_hosts() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "no pg_hba.conf entry for host \"127.0.0.1\", user \"alice@contoso.com\", database \"postgres\", \
                 SSL encryption",
                Some("127.0.0.1"),
            ),
            (
                "FATAL:  no pg_hba.conf entry for host \"20.1.2.3\", user \"a\", database \"d\", SSL on",
                Some("20.1.2.3"),
            ),
            (
                "no pg_hba.conf entry for host \"::1\", user \"u\", database \"d\", no encryption",
                Some("::1"),
            ),
            // A user name holding the suffix does not confuse the parse: the first match wins.
            (
                "no pg_hba.conf entry for host \"10.0.0.9\", user \"x\", user \"y\", database \"d\"",
                Some("10.0.0.9"),
            ),
            (
                "no pg_hba.conf entry for host \"[local]\", user \"u\", database \"d\"",
                None,
            ),
            ("password authentication failed for user \"u\"", None),
            ("no pg_hba.conf entry for host \"1.2.3.4\"", None),
        ];
        for (message, expect) in cases {
            check(message, *expect);
        }
    }

    #[test]
    fn rule_names_have_azs_shape() {
        for _ in 0..50 {
            let name = rule_name().unwrap();
            assert_eq!(name.len(), 9, "{name}");
            assert!(name.starts_with("svc_"));
            assert!(
                name[4..]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{name}"
            );
        }
    }

    #[test]
    fn rule_names_vary() {
        let names: std::collections::HashSet<String> =
            (0..20).map(|_| rule_name().unwrap()).collect();
        // 20 draws from 36^5 names: a collision is astronomically unlikely.
        assert!(names.len() >= 19, "{names:?}");
    }
}
