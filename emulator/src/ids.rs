//! GUIDs, resource ids, name rules and timestamps in the forms Azure writes them.

/// A random GUID in the usual 8-4-4-4-12 form.
pub fn guid() -> String {
    let mut b = [0u8; 16];
    if openssl::rand::rand_bytes(&mut b).is_err() {
        // Only uniqueness matters here; fall back to the clock.
        let n = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        b = n.to_le_bytes();
    }
    v4(b)
}

/// A deterministic GUID from a text (the first 16 bytes of its SHA-256, version 4 bits set).
pub fn guid_of(text: &str) -> String {
    let d = openssl::sha::sha256(text.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    v4(b)
}

/// 16 bytes as a version-4 GUID.
fn v4(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Now as ARM writes timestamps: `2024-05-01T10:00:00.1234567Z`.
pub fn now_iso() -> String {
    let f = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:7]Z"
    );
    time::OffsetDateTime::now_utc()
        .format(&f)
        .unwrap_or_default()
}

/// A resource's id in a group as ARM spells it: `/subscriptions/{sub}/resourceGroups/{rg}/providers/{rtype}/{name}`.
pub fn resource_id(sub: &str, rg: &str, rtype: &str, name: &str) -> String {
    format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/{rtype}/{name}")
}

/// Whether `name` starts with a letter or digit and holds only letters, digits, `-` and `_` (the name rule of
/// several resource providers; each adds its length bounds).
pub fn is_word_name(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
