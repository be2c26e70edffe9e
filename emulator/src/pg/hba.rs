//! pg_hba.conf as Azure's firewall: one `hostssl … trust` line per CIDR block of each rule's IPv4 range, nothing
//! when public network access is disabled, and the emulator's own superuser over the unix socket only.
//!
//! `trust` hands the login to the `azconn_auth` module, which every cluster preloads: it asks for the password and
//! has it checked (an Entra token by the emulator, any other role's password by PostgreSQL; see `login.rs`).
//!
//! Plain `host` lines are never written, so a client that does not use TLS gets PostgreSQL's own
//! `no pg_hba.conf entry … no encryption`, and a client no rule admits gets `… SSL encryption`.

use std::net::Ipv4Addr;

use super::{FirewallRule, PgError};

/// The emulator's management superuser (Azure's own internal superuser has this name too).
pub(crate) const SUPERUSER: &str = "azuresu";

/// The whole pg_hba.conf for a server's firewall state.
pub(crate) fn render(
    public_network_access: bool,
    rules: &[FirewallRule],
) -> Result<String, PgError> {
    let mut out = String::from(
        "# pg_hba.conf written by azconn-emulator from the server's firewall rules.\n",
    );
    out.push_str("# TYPE  DATABASE  USER  ADDRESS  METHOD\n");
    out.push_str(&format!("local all {SUPERUSER} scram-sha-256\n"));
    if !public_network_access {
        out.push_str("# public network access is disabled: no TCP client is admitted.\n");
    }
    for rule in rules {
        let start = parse_ip(rule, &rule.start_ip)?;
        let end = parse_ip(rule, &rule.end_ip)?;
        if start > end {
            return Err(PgError::InvalidFirewallRule {
                name: rule.name.clone(),
                reason: format!("start address {start} is above end address {end}"),
            });
        }
        if !public_network_access {
            continue;
        }
        let label: String = rule
            .name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c))
            .collect();
        out.push_str(&format!("# firewall rule {label}: {start} - {end}\n"));
        for (net, prefix) in range_to_cidrs(start, end) {
            out.push_str(&format!("hostssl all all {net}/{prefix} trust\n"));
        }
    }
    Ok(out)
}

fn parse_ip(rule: &FirewallRule, text: &str) -> Result<Ipv4Addr, PgError> {
    text.trim()
        .parse()
        .map_err(|_| PgError::InvalidFirewallRule {
            name: rule.name.clone(),
            reason: format!("`{text}` is not an IPv4 address"),
        })
}

/// The minimal list of CIDR blocks covering exactly `start..=end`.
pub(crate) fn range_to_cidrs(start: Ipv4Addr, end: Ipv4Addr) -> Vec<(Ipv4Addr, u8)> {
    let mut blocks = Vec::new();
    let end = u64::from(u32::from(end));
    let mut cur = u64::from(u32::from(start));
    while cur <= end {
        // The largest aligned block starting at `cur` that does not pass `end`.
        let mut size: u64 = if cur == 0 {
            1 << 32
        } else {
            1 << cur.trailing_zeros().min(32)
        };
        while cur + size - 1 > end {
            size >>= 1;
        }
        let prefix = 32 - u8::try_from(size.trailing_zeros()).unwrap_or(32);
        let net = u32::try_from(cur).map_or(Ipv4Addr::BROADCAST, Ipv4Addr::from);
        blocks.push((net, prefix));
        cur += size;
    }
    blocks
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn check(start: &str, end: &str, expect: &[&str]) {
        let got: Vec<String> = range_to_cidrs(start.parse().unwrap(), end.parse().unwrap())
            .into_iter()
            .map(|(n, p)| format!("{n}/{p}"))
            .collect();
        assert_eq!(got, expect, "{start} - {end}");
    }

    #[test]
    fn ranges_become_minimal_cidr_lists() {
        check("127.0.0.1", "127.0.0.1", &["127.0.0.1/32"]);
        check("0.0.0.0", "255.255.255.255", &["0.0.0.0/0"]);
        check("10.0.0.0", "10.0.0.255", &["10.0.0.0/24"]);
        check(
            "10.0.0.1",
            "10.0.0.6",
            &["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"],
        );
        check(
            "192.168.1.0",
            "192.168.2.255",
            &["192.168.1.0/24", "192.168.2.0/24"],
        );
        check(
            "255.255.255.254",
            "255.255.255.255",
            &["255.255.255.254/31"],
        );
        check("0.0.0.0", "0.0.0.0", &["0.0.0.0/32"]);
        check(
            "1.0.0.0",
            "255.255.255.255",
            &[
                "1.0.0.0/8",
                "2.0.0.0/7",
                "4.0.0.0/6",
                "8.0.0.0/5",
                "16.0.0.0/4",
                "32.0.0.0/3",
                "64.0.0.0/2",
                "128.0.0.0/1",
            ],
        );
    }

    fn rule(name: &str, start: &str, end: &str) -> FirewallRule {
        FirewallRule {
            name: name.to_owned(),
            start_ip: start.to_owned(),
            end_ip: end.to_owned(),
        }
    }

    #[test]
    fn hba_has_only_hostssl_lines_and_the_local_superuser() {
        let text = render(
            true,
            &[
                rule("svc_ab12c", "127.0.0.1", "127.0.0.1"),
                rule("r2", "10.0.0.0", "10.0.1.255"),
            ],
        )
        .unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            lines,
            [
                "local all azuresu scram-sha-256",
                "hostssl all all 127.0.0.1/32 trust",
                "hostssl all all 10.0.0.0/23 trust",
            ]
        );
    }

    #[test]
    fn public_access_disabled_admits_nobody_over_tcp() {
        let text = render(false, &[rule("all", "0.0.0.0", "255.255.255.255")]).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(lines, ["local all azuresu scram-sha-256"]);
    }

    #[test]
    fn bad_rules_are_refused_with_the_rule_name() {
        let err = render(true, &[rule("r", "10.0.0.9", "10.0.0.1")])
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "firewall rule `r`: start address 10.0.0.9 is above end address 10.0.0.1"
        );
        let err = render(true, &[rule("v6", "::1", "::1")])
            .unwrap_err()
            .to_string();
        assert_eq!(err, "firewall rule `v6`: `::1` is not an IPv4 address");
    }
}
