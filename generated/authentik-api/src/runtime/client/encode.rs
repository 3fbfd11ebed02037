//! Percent-encoding and the flattening of objects into `key[name]=value`
//! pairs, for paths, queries and form bodies.

/// `value` as `key=text` pairs below `key`: a scalar is one pair, an
/// object's properties `key[name]`, an array's items `key[0]`, `key[1]`;
/// `null` is none. Nesting stops at 16 levels (JSON text below).
pub(super) fn flatten(key: String, value: serde_json::Value) -> Vec<(String, String)> {
    fn walk(key: String, value: serde_json::Value, depth: usize, out: &mut Vec<(String, String)>) {
        use serde_json::Value;
        match value {
            Value::Null => {}
            Value::String(s) => out.push((key, s)),
            Value::Bool(b) => out.push((key, b.to_string())),
            Value::Number(n) => out.push((key, n.to_string())),
            other if depth >= 16 => out.push((key, other.to_string())),
            Value::Object(map) => {
                for (name, value) in map {
                    walk(format!("{key}[{name}]"), value, depth + 1, out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    walk(format!("{key}[{i}]"), item, depth + 1, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(key, value, 0, &mut out);
    out
}

/// Percent-encode everything but RFC 3986 unreserved characters.
pub(super) fn encode(s: &str, out: &mut String) {
    encode_with(s, out, b"");
}

pub(super) fn encode_with(s: &str, out: &mut String, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}
