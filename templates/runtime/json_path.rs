//! The path of the value at a position of a JSON text (`results[3].url`).
//!
//! A decode error of serde_json carries the line and column where it was
//! found: just after the value that did not fit (a wrong type, a bad uuid, a
//! number out of range), or just after the object that misses a required
//! field. [`path_at`] reads the text up to there and returns the keys and
//! indices of the containers it is in, which is the path
//! `serde_path_to_error` would report, written the same way (`.` when
//! empty). It runs only when decoding failed, and is not generic: tracking
//! the path while decoding instead would compile a wrapper of every
//! deserializer for every type of the API.

/// Where the scan is, inside one container.
enum Frame {
    /// An object: the key whose value is being read, if any.
    Object(Option<String>),
    /// An array: the index of the element being read.
    Array(usize),
}

/// The path of the value at `line` (1-based) and `column` (bytes from the
/// line's start) of `json`, as serde_json reports error positions.
pub fn path_at(json: &[u8], line: usize, column: usize) -> String {
    let mut start = 0;
    for _ in 1..line {
        match json[start..].iter().position(|&b| b == b'\n') {
            Some(newline) => start += newline + 1,
            None => break,
        }
    }
    path_before(json, (start + column).min(json.len()))
}

/// The path of the value being read after the first `end` bytes of `json`.
pub fn path_before(json: &[u8], end: usize) -> String {
    let text = &json[..end.min(json.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(key)) => *key = None,
                None => {}
            },
            b'"' => {
                let (string, next) = read_string(text, i + 1);
                // A string right after `{` or `,` in an object is a key.
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    *key = Some(string);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// The string starting at `start` (after its opening quote), unescaped, and
/// the index after its closing quote (or the end of `text`).
fn read_string(text: &[u8], start: usize) -> (String, usize) {
    let mut bytes = Vec::new();
    let mut i = start;
    while i < text.len() {
        match text[i] {
            b'"' => return (String::from_utf8_lossy(&bytes).into_owned(), i + 1),
            b'\\' if i + 1 < text.len() => {
                let escaped = text[i + 1];
                match escaped {
                    b'n' => bytes.push(b'\n'),
                    b't' => bytes.push(b'\t'),
                    b'r' => bytes.push(b'\r'),
                    b'b' => bytes.push(0x08),
                    b'f' => bytes.push(0x0c),
                    b'u' => {
                        let hex = text.get(i + 2..i + 6).unwrap_or_default();
                        let code = std::str::from_utf8(hex)
                            .ok()
                            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                            .and_then(char::from_u32)
                            .unwrap_or(char::REPLACEMENT_CHARACTER);
                        let mut buffer = [0; 4];
                        bytes.extend_from_slice(code.encode_utf8(&mut buffer).as_bytes());
                        i += 6;
                        continue;
                    }
                    other => bytes.push(other),
                }
                i += 2;
            }
            other => {
                bytes.push(other);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&bytes).into_owned(), i)
}

/// `a.b[2].c`, or `.` for the top level.
fn render(stack: &[Frame]) -> String {
    let mut out = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}
