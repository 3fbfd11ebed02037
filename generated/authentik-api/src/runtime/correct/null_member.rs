//! Taking a `null` object member out of a JSON text, at the position a
//! `serde_json` error reports, for another read without it.

/// The byte offset of `line` (1-based) and `column` in `text`, as
/// serde_json reports error positions.
pub(super) fn offset_of(text: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].iter().position(|&b| b == b'\n') {
            Some(newline) => start += newline + 1,
            None => break,
        }
    }
    (start + column).min(text.len())
}

/// `text` without the object member whose value is the `null` that ends
/// at `end`; `None` when that `null` is not a member's value (an array
/// item, the whole document).
pub(super) fn remove_null_member(text: &[u8], end: usize) -> Option<Vec<u8>> {
    let is_space = |b: &u8| b" \t\r\n".contains(b);
    let null_start = end.checked_sub(4)?;
    if text.get(null_start..end)? != b"null" {
        return None;
    }
    // Back over `"key" :`.
    let mut i = null_start;
    while i > 0 && is_space(&text[i - 1]) {
        i -= 1;
    }
    if i == 0 || text[i - 1] != b':' {
        return None;
    }
    i -= 1;
    while i > 0 && is_space(&text[i - 1]) {
        i -= 1;
    }
    if i == 0 || text[i - 1] != b'"' {
        return None;
    }
    i -= 1;
    // The key's opening quote: one not escaped by an odd number of `\`.
    let key_start = loop {
        let quote = text[..i].iter().rposition(|&b| b == b'"')?;
        let backslashes = text[..quote]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 0 {
            break quote;
        }
        i = quote;
    };
    let mut before = key_start;
    while before > 0 && is_space(&text[before - 1]) {
        before -= 1;
    }
    let (from, to) = match text.get(before.checked_sub(1)?)? {
        // `, "key": null`: from the comma.
        b',' => (before - 1, end),
        // `{ "key": null, ...`: up to the next member.
        b'{' => {
            let mut after = end;
            while after < text.len() && is_space(&text[after]) {
                after += 1;
            }
            if text.get(after) == Some(&b',') {
                (key_start, after + 1)
            } else {
                (key_start, end)
            }
        }
        _ => return None,
    };
    let mut out = Vec::with_capacity(text.len() - (to - from));
    out.extend_from_slice(&text[..from]);
    out.extend_from_slice(&text[to..]);
    Some(out)
}
