//! az's global result transforms (azure-cli-core `commands/transform.py`), applied to every
//! command result before `--query`: `resourceGroup` appended to any dict with an ARM `id`, and
//! `x509ThumbprintHex` next to a base64 `x509Thumbprint`. `az rest` switches them off.

use super::value::Value;

/// Applies both global transforms in az's order (resourceGroup first, then x509 thumbprints).
pub fn apply_global_transforms(value: &mut Value) {
    add_resource_group(value);
    add_x509_hex(value);
}

/// `_add_resource_group`: a dict with a truthy string `id` of at least 9 `/`-separated parts whose
/// 4th part is `resourceGroups` (any case), and no key that lower-cases to `resourcegroup`, gets
/// `resourceGroup` = the 5th part, appended last. Values under `sourceVault` are not visited.
fn add_resource_group(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(add_resource_group),
        Value::Object(obj) => {
            if !obj.map.keys().any(|k| k.to_lowercase() == "resourcegroup")
                && let Some(Value::String(id)) = obj.map.get("id")
                && let Some(rg) = resource_group_of(id)
            {
                obj.map
                    .insert("resourceGroup".to_owned(), Value::String(rg));
            }
            for (k, v) in &mut obj.map {
                if k != "sourceVault" {
                    add_resource_group(v);
                }
            }
        }
        _ => {}
    }
}

/// azure-cli-core's `_parse_id(id)['resource-group']`.
fn resource_group_of(id: &str) -> Option<String> {
    if id.is_empty() {
        return None;
    }
    let parts: Vec<&str> = id.split('/').collect();
    if parts.len() < 9 || parts[3].to_lowercase() != "resourcegroups" {
        return None;
    }
    Some(parts[4].to_owned())
}

/// `_add_x509_hex`: a dict with a truthy string `x509Thumbprint` and no `x509ThumbprintHex`
/// gets the upper-case hex of the base64-decoded thumbprint, appended last.
fn add_x509_hex(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(add_x509_hex),
        Value::Object(obj) => {
            if !obj.map.contains_key("x509ThumbprintHex")
                && let Some(Value::String(b64)) = obj.map.get("x509Thumbprint")
                && !b64.is_empty()
                && let Some(bytes) = decode_base64(b64)
            {
                let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
                obj.map
                    .insert("x509ThumbprintHex".to_owned(), Value::String(hex));
            }
            obj.map.values_mut().for_each(add_x509_hex);
        }
        _ => {}
    }
}

/// Python's lenient `base64.b64decode` (characters outside the alphabet are skipped). Input
/// whose padding Python would reject gives `None`; az itself would then fail with an
/// unexpected error, which we do not reproduce.
#[allow(clippy::cast_possible_truncation)] // `as u8` takes the low byte of the 24-bit group on purpose.
fn decode_base64(s: &str) -> Option<Vec<u8>> {
    let sextet = |c: char| -> Option<u32> {
        match c {
            'A'..='Z' => Some(c as u32 - 'A' as u32),
            'a'..='z' => Some(c as u32 - 'a' as u32 + 26),
            '0'..='9' => Some(c as u32 - '0' as u32 + 52),
            '+' => Some(62),
            '/' => Some(63),
            _ => None,
        }
    };
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut n = 0u32;
    let mut padding = 0;
    for c in s.chars() {
        if c == '=' {
            padding += 1;
            // Enough padding ends the data, as binascii does.
            if (n == 2 && padding >= 2) || (n == 3 && padding >= 1) {
                break;
            }
            continue;
        }
        let Some(v) = sextet(c) else { continue };
        acc = (acc << 6) | v;
        n += 1;
        if n == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            n = 0;
        }
    }
    match n {
        0 => Some(out),
        2 if padding >= 2 => {
            out.push((acc >> 4) as u8);
            Some(out)
        }
        3 if padding >= 1 => {
            out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]);
            Some(out)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        let mut v = Value::parse(input).expect("test input is JSON");
        apply_global_transforms(&mut v);
        assert_eq!(
            v,
            Value::parse(expect).expect("expectation is JSON"),
            "{input}"
        );
    }

    #[test]
    fn global_transforms() {
        for (input, expect) in [
            (
                r#"{"id": "/subscriptions/s/resourceGroups/rg1/providers/P/t/n", "a": 1}"#,
                r#"{"id": "/subscriptions/s/resourceGroups/rg1/providers/P/t/n", "a": 1, "resourceGroup": "rg1"}"#,
            ),
            (
                r#"{"id": "/subscriptions/s/resourceGroups/rg1"}"#,
                r#"{"id": "/subscriptions/s/resourceGroups/rg1"}"#,
            ),
            (
                r#"{"id": "/subscriptions/s/RESOURCEGROUPS/rg1/providers/P/t/n", "ResourceGroup": "x"}"#,
                r#"{"id": "/subscriptions/s/RESOURCEGROUPS/rg1/providers/P/t/n", "ResourceGroup": "x"}"#,
            ),
            (
                r#"[{"sourceVault": {"id": "/subscriptions/s/resourceGroups/v/providers/P/t/n"}}]"#,
                r#"[{"sourceVault": {"id": "/subscriptions/s/resourceGroups/v/providers/P/t/n"}}]"#,
            ),
            (
                r#"{"x509Thumbprint": "3q2+7w=="}"#,
                r#"{"x509Thumbprint": "3q2+7w==", "x509ThumbprintHex": "DEADBEEF"}"#,
            ),
            (
                r#"{"id": 5, "x509Thumbprint": ""}"#,
                r#"{"id": 5, "x509Thumbprint": ""}"#,
            ),
        ] {
            check(input, expect);
        }
    }
}
