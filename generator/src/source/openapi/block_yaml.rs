//! A fast reader for block-style YAML as schema generators write it
//! (PyYAML under drf-spectacular): block mappings and sequences, plain,
//! single-quoted and literal (`|`, `|-`, `|+`) scalars, and `[]` / `{}`.
//!
//! It reads that subset only, and gives up (`None`) on anything else or
//! anything it is unsure of: comments, anchors, tags, flow collections,
//! double quotes, folded scalars, tabs, a plain scalar whose type is not
//! obvious is asked of serde_yaml alone. The document is then read by
//! serde_yaml (`yaml.rs`), which also reports every error. Where it does
//! answer, its value is serde_yaml's (checked on every YAML input the tests
//! have, and on each construct in the tests below).

use serde_json::{Map, Number, Value};

/// `text` read as a JSON value, or `None` to read it with serde_yaml.
pub(super) fn read(text: &str) -> Option<Value> {
    // Tabs (indentation or trailing white space) and CRs: serde_yaml's.
    if text.contains(['\t', '\r']) {
        return None;
    }
    let lines: Vec<Line> = text.split('\n').map(Line::new).collect();
    let first = lines.iter().find(|l| !l.text.is_empty())?;
    if first.indent != 0 || first.text.starts_with("---") || first.text.starts_with('%') {
        return None;
    }
    if is_entry(first.text) {
        let mut reader = Reader::new(&lines);
        let value = reader.sequence(0)?;
        return reader.at_end().then_some(value);
    }
    // A top-level mapping; a big one is read in two parts at once, split
    // before the top-level key nearest its middle (each part is a mapping
    // of whole entries: the value is the same).
    let (front, back) = lines.split_at(split_point(&lines));
    let parts: Vec<_> = [front, back]
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(|part| move || top_level(part))
        .collect();
    // A part that panicked (a bug) is `None`: serde_yaml reads the document.
    let mut parts = crate::parallel::run(parts, crate::parallel::threads()).into_iter();
    let mut map = parts.next().flatten().flatten()?;
    for part in parts {
        for (key, value) in part.flatten()? {
            if map.contains_key(&key) {
                return None;
            }
            map.insert(key, value);
        }
    }
    Some(Value::Object(map))
}

/// Documents of fewer lines are read in one part.
const SPLIT_LINES: usize = 8192;

/// Where a top-level mapping of `lines` is split: the top-level key nearest
/// the middle (a line at indentation 0 that is not a sequence entry starts
/// one), or the end.
fn split_point(lines: &[Line]) -> usize {
    if lines.len() < SPLIT_LINES {
        return lines.len();
    }
    let middle = lines.len() / 2;
    lines
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| l.indent == 0 && !l.text.is_empty() && !is_entry(l.text))
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(middle))
        .unwrap_or(lines.len())
}

/// `lines`, entries of a top-level mapping, read to their end.
fn top_level(lines: &[Line]) -> Option<Map<String, Value>> {
    let mut reader = Reader::new(lines);
    let mut map = Map::new();
    reader.mapping(0, None, &mut map)?;
    reader.at_end().then_some(map)
}

#[derive(Clone, Copy)]
struct Line<'a> {
    /// Leading spaces.
    indent: usize,
    /// The line without them and without trailing spaces.
    text: &'a str,
    raw: &'a str,
}

impl<'a> Line<'a> {
    fn new(raw: &'a str) -> Self {
        let body = raw.trim_start_matches(' ');
        Line {
            indent: raw.len() - body.len(),
            text: body.trim_end_matches(' '),
            raw,
        }
    }
}

struct Reader<'r, 'a> {
    lines: &'r [Line<'a>],
    /// The next line to read.
    pos: usize,
    /// Blocks open; beyond [`MAX_DEPTH`] serde_yaml decides (its own
    /// recursion limit reports the error), and the stack stays bounded.
    depth: usize,
}

/// Nesting this reader follows (serde_yaml's limit is 128).
const MAX_DEPTH: usize = 64;

impl<'r, 'a> Reader<'r, 'a> {
    fn new(lines: &'r [Line<'a>]) -> Self {
        Reader {
            lines,
            pos: 0,
            depth: 0,
        }
    }

    /// Nothing but blank lines left.
    fn at_end(&mut self) -> bool {
        self.skip_blank();
        self.pos == self.lines.len()
    }

    fn current(&self) -> Option<Line<'a>> {
        self.lines.get(self.pos).copied()
    }

    fn skip_blank(&mut self) {
        while self.current().is_some_and(|l| l.text.is_empty()) {
            self.pos += 1;
        }
    }

    /// The next non-blank line, without moving.
    fn peek(&mut self) -> Option<(usize, &'a str)> {
        self.skip_blank();
        self.current().map(|l| (l.indent, l.text))
    }

    /// A block mapping or sequence whose lines start at `indent`.
    fn block(&mut self, indent: usize) -> Option<Value> {
        let (_, text) = self.peek()?;
        if is_entry(text) {
            self.sequence(indent)
        } else {
            let mut map = Map::new();
            self.mapping(indent, None, &mut map)?;
            Some(Value::Object(map))
        }
    }

    /// `read` one level deeper (`None` beyond [`MAX_DEPTH`]).
    fn nested<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.depth == MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    /// Sequence entries (`- ...`) at `indent`.
    fn sequence(&mut self, indent: usize) -> Option<Value> {
        self.nested(|reader| reader.sequence_items(indent))
    }

    /// [`Reader::sequence`], one level deeper.
    fn sequence_items(&mut self, indent: usize) -> Option<Value> {
        let mut items = Vec::new();
        while let Some((at, text)) = self.peek() {
            if at != indent || !is_entry(text) {
                break;
            }
            let item = text.strip_prefix("- ")?;
            self.pos += 1;
            if is_entry(item) || item == "-" || item.starts_with(' ') {
                return None;
            }
            items.push(if split_key(item).is_some() {
                // `- key: value`: a mapping whose keys line up after the dash.
                let mut map = Map::new();
                self.mapping(indent + 2, Some(item), &mut map)?;
                Value::Object(map)
            } else {
                self.inline_value(item, indent)?
            });
        }
        self.after_block(indent)?;
        Some(Value::Array(items))
    }

    /// Mapping entries at `indent` into `map`; `first` is the text of the
    /// first entry when it sits after a sequence dash (already consumed).
    fn mapping(
        &mut self,
        indent: usize,
        first: Option<&'a str>,
        map: &mut Map<String, Value>,
    ) -> Option<()> {
        self.nested(|reader| reader.mapping_entries(indent, first, map))
    }

    /// [`Reader::mapping`], one level deeper.
    fn mapping_entries(
        &mut self,
        indent: usize,
        first: Option<&'a str>,
        map: &mut Map<String, Value>,
    ) -> Option<()> {
        let mut pending = first;
        loop {
            let text = match pending.take() {
                Some(text) => text,
                None => match self.peek() {
                    Some((at, text)) if at == indent && !is_entry(text) => {
                        self.pos += 1;
                        text
                    }
                    _ => break,
                },
            };
            let (key, rest) = split_key(text)?;
            let key = resolve_key(key)?;
            if map.contains_key(&key) {
                return None;
            }
            let value = if rest.is_empty() {
                match self.peek() {
                    Some((at, _)) if at > indent => self.block(at)?,
                    // A sequence may sit at its key's indentation (PyYAML's style).
                    Some((at, next)) if at == indent && is_entry(next) => self.sequence(indent)?,
                    _ => Value::Null,
                }
            } else {
                self.inline_value(rest, indent)?
            };
            map.insert(key, value);
        }
        self.after_block(indent)?;
        Some(())
    }

    /// After a block at `indent`: the next line must be outdented (a line
    /// indented more that belongs to nothing is an error: serde_yaml's).
    fn after_block(&mut self, indent: usize) -> Option<()> {
        match self.peek() {
            Some((at, _)) if at > indent => None,
            _ => Some(()),
        }
    }

    /// The value written after `key: ` or `- ` on a line of a block at
    /// `parent` indentation; continuation lines are indented more.
    fn inline_value(&mut self, text: &'a str, parent: usize) -> Option<Value> {
        match text {
            "[]" => return Some(Value::Array(Vec::new())),
            "{}" => return Some(Value::Object(Map::new())),
            "|" => return self.literal(parent, Chomp::Clip).map(Value::String),
            "|-" => return self.literal(parent, Chomp::Strip).map(Value::String),
            "|+" => return self.literal(parent, Chomp::Keep).map(Value::String),
            _ => {}
        }
        if let Some(quoted) = text.strip_prefix('\'') {
            return self.single_quoted(quoted, parent).map(Value::String);
        }
        if text.starts_with(|c| "\"[]{}#&*!|>%@`?,:".contains(c)) || !plain_line(text) {
            return None;
        }
        let mut scalar = String::new();
        let mut folded = false;
        let mut breaks = 0;
        // Continuation lines: indented more than the parent block.
        while let Some(line) = self.current() {
            if line.text.is_empty() {
                breaks += 1;
                self.pos += 1;
                continue;
            }
            if line.indent <= parent {
                break;
            }
            if is_entry(line.text) || line.text.starts_with('#') || !plain_line(line.text) {
                return None;
            }
            if !folded {
                scalar.push_str(text);
                folded = true;
            }
            push_folded(&mut scalar, breaks, line.text);
            breaks = 0;
            self.pos += 1;
        }
        // Blank lines after the scalar are not part of it: back up to them.
        self.pos -= breaks;
        if folded {
            Some(Value::String(scalar))
        } else {
            resolve_plain(text)
        }
    }

    /// A single-quoted scalar from after its opening quote, through lines
    /// indented more than `parent`; the closing quote ends its line.
    fn single_quoted(&mut self, first: &'a str, parent: usize) -> Option<String> {
        let mut out = String::new();
        let mut text = first;
        let mut breaks = 0;
        let mut started = false;
        loop {
            // `text` is one line of the scalar (for a continuation, trimmed).
            let mut chars = text.char_indices().peekable();
            let mut piece = String::new();
            let mut closed = None;
            while let Some((i, c)) = chars.next() {
                if c == '\'' {
                    if chars.peek().is_some_and(|&(_, n)| n == '\'') {
                        chars.next();
                        piece.push('\'');
                    } else {
                        closed = Some(i + 1);
                        break;
                    }
                } else {
                    piece.push(c);
                }
            }
            match closed {
                Some(end) => {
                    if !text[end..].is_empty() {
                        return None;
                    }
                    if started {
                        push_folded(&mut out, breaks, &piece);
                    } else {
                        out = piece;
                    }
                    return Some(out);
                }
                None => {
                    let piece = piece.trim_end_matches(' ');
                    if started {
                        push_folded(&mut out, breaks, piece);
                    } else {
                        out.push_str(piece);
                        started = true;
                    }
                    breaks = 0;
                }
            }
            // The next line of the scalar.
            loop {
                let line = self.current()?;
                self.pos += 1;
                if line.text.is_empty() {
                    breaks += 1;
                    continue;
                }
                if line.indent <= parent {
                    return None;
                }
                text = line.text;
                break;
            }
        }
    }

    /// A literal block scalar, its lines indented more than `parent`.
    fn literal(&mut self, parent: usize, chomp: Chomp) -> Option<String> {
        let start = self.pos;
        let Some(indent) = self.lines[start..]
            .iter()
            .find(|l| !l.text.is_empty())
            .map(|l| l.indent)
            .filter(|&at| at > parent)
        else {
            return (chomp != Chomp::Keep).then(String::new);
        };
        // A blank line before the first one could hold indentation of its own.
        if self.current().is_some_and(|l| l.text.is_empty()) {
            return None;
        }
        let mut out = String::new();
        while let Some(line) = self.current() {
            if !line.text.is_empty() && line.indent < indent {
                break;
            }
            out.push_str(line.raw.get(indent..).unwrap_or(""));
            out.push('\n');
            self.pos += 1;
        }
        // Trailing blank lines are line breaks of the scalar (then chomped),
        // not lines of what follows.
        let content = out.trim_end_matches('\n').len();
        match chomp {
            Chomp::Keep => {}
            Chomp::Clip => out.truncate(content + 1),
            Chomp::Strip => out.truncate(content),
        }
        Some(out)
    }
}

/// What a literal scalar does with its final line breaks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Chomp {
    /// `|`: one is kept.
    Clip,
    /// `|-`: none.
    Strip,
    /// `|+`: all.
    Keep,
}

/// A sequence entry: `- ...` (or a lone dash).
fn is_entry(text: &str) -> bool {
    text == "-" || text.starts_with("- ")
}

/// `key: rest` or `key:` (rest empty): the key's text (quotes included)
/// and the rest; `None` when the line is not a mapping entry of the subset.
fn split_key(text: &str) -> Option<(&str, &str)> {
    let end = if text.starts_with('\'') {
        let mut i = 1;
        let bytes = text.as_bytes();
        loop {
            match bytes.get(i)? {
                b'\'' if bytes.get(i + 1) == Some(&b'\'') => i += 2,
                b'\'' => break i + 1,
                _ => i += 1,
            }
        }
    } else {
        if text.starts_with(|c| "-?:,[]{}#&*!|>'\"%@`".contains(c)) {
            return None;
        }
        text.find(": ")
            .or_else(|| text.ends_with(':').then(|| text.len() - 1))?
    };
    let (key, rest) = text.split_at(end);
    let rest = rest.strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with(' ')) || key.contains(" #") || key.ends_with(' ') {
        return None;
    }
    Some((key, rest.trim_start_matches(' ')))
}

/// A line of a plain scalar in the subset: no `: ` or ` #` (a mapping or
/// a comment there is an error or not text), no `:` at its end.
fn plain_line(text: &str) -> bool {
    !text.contains(": ") && !text.contains(" #") && !text.ends_with(':')
}

/// Fold a continuation line into a scalar: one space, or one line break
/// per blank line in between.
fn push_folded(out: &mut String, breaks: usize, line: &str) {
    if breaks == 0 {
        out.push(' ');
    } else {
        out.extend(std::iter::repeat_n('\n', breaks));
    }
    out.push_str(line);
}

/// Words serde_yaml may read as something other than a string, whatever
/// their case.
fn is_keyword(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "inf", "nan", "infinity",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(text))
}

/// A decimal integer as serde_yaml reads it surely: no sign but `-`, no
/// leading zero, at most 18 digits (within `i64`).
fn plain_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let canonical = !digits.is_empty()
        && digits.len() <= 18
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && text != "-0";
    canonical.then(|| text.parse().ok()).flatten()
}

/// The value of a plain scalar: the obvious cases here, the others as
/// serde_yaml reads the scalar alone.
fn resolve_plain(text: &str) -> Option<Value> {
    match text {
        "true" => return Some(Value::Bool(true)),
        "false" => return Some(Value::Bool(false)),
        "null" | "~" => return Some(Value::Null),
        _ => {}
    }
    if let Some(n) = plain_integer(text) {
        return Some(Value::Number(Number::from(n)));
    }
    if text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '/' || c == '$')
        && !is_keyword(text)
    {
        return Some(Value::String(text.to_string()));
    }
    match serde_yaml::from_str::<Value>(text).ok()? {
        value @ (Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_)) => Some(value),
        _ => None,
    }
}

/// A mapping key: a single-quoted key's text, a plain key's string form
/// (`200` for `200:`, as serde_yaml's keys are).
fn resolve_key(key: &str) -> Option<String> {
    if let Some(quoted) = key.strip_prefix('\'') {
        return Some(quoted.strip_suffix('\'')?.replace("''", "'"));
    }
    super::yaml::key_string(resolve_plain(key)?)
}

#[cfg(test)]
mod tests {
    use super::read;
    use std::path::Path;

    /// What serde_yaml (through `yaml.rs`) reads.
    fn slow(text: &str) -> serde_json::Value {
        super::super::yaml::slow_value(Path::new("t.yaml"), text).unwrap()
    }

    /// Read here, the same as serde_yaml.
    fn same(text: &str) {
        let fast = read(text).unwrap_or_else(|| panic!("gave up on:\n{text}"));
        assert_eq!(fast, slow(text), "\n{text}");
    }

    #[test]
    fn reads_the_subset_as_serde_yaml_does() {
        same("a: 1\nb: x\n");
        same("openapi: 3.0.3\ninfo:\n  title: t\n  version: 2026.11.0-rc1\n");
        same("a:\n- x\n- y: 1\n  z: 2\n- '3'\nb: []\nc: {}\nd:\ne: ~\n");
        same("a:\n  - 1\n  - -2\n  - 0\n  - 007\n  - 1.5\n  - 1e3\n  - 0x1f\n");
        for word in [
            "true", "True", "TRUE", "false", "FALSE", "null", "Null", "NULL", "~", "yes", "No",
            "on", "off", "y", "n", ".inf", "-.inf", ".nan", "inf", "nan", "Infinity", "-x", ".5",
            "+1", "1_000", "12:30", "0o17", "0b11", "1.0", "-0", "-0.0", "2024.12",
        ] {
            same(&format!("v: {word}\nl:\n- {word}\n"));
        }
        same("'200':\n  d: ''\n'it''s': 'a ''q'' b'\n201: x\n$ref: '#/c'\n/p/{id}/: y\n");
        same("d: this is\n  folded over\n\n  lines\n\n\n  and more\ne: 1\n");
        same("d: 'quoted over\n    two lines'\ne: 'x ''y''\n\n    z'\n");
        same("- a: 1\n  b:\n  - c\n  d:\n    e: f\n- g\n");
        same("d: |-\n  line one\n    indented\n\n  three\ne: |\n  kept\n\n\nf: |-\n  x\n\n");
        same("d: |+\n  all\n\n\ne: |+\n  x\n     \n  \nf: |\n  y\n   \n");
        same("a:\n  b:\n    c: 1\n  d: 2\ne: 3\n");
        same("s: a-b_c/d$e.f\nu: https://x.y/z?q=1&r=2\n");
        same("x: é ü\n");
    }

    #[test]
    fn gives_up_where_unsure() {
        for text in [
            "# comment\na: 1\n",
            "a: 1 # comment\n",
            "a: &x 1\nb: *x\n",
            "a: !tag 1\n",
            "a: [1, 2]\n",
            "a: {b: 1}\n",
            "a: \"q\"\n",
            "a: >\n  folded\n",
            "a: |2\n  x\n",
            "a: 1\na: 2\n",
            "a:\n\tb: 1\n",
            "a: 1\r\n",
            "---\na: 1\n",
            "a: b: c\n",
            "? a\n: b\n",
            "a: 1\n  b: 2\n",
            "- - a\n",
            "-   a: 1\n",
            "a: x\n  - y\n",
            "a: 'unclosed\n",
            // Beyond u64: `yaml.rs` reads it as a float, serde_json cannot.
            "a: 99999999999999999999\n",
        ] {
            assert_eq!(read(text), None, "{text:?}");
        }
        // Nesting beyond the limit, each way a block can open inside another.
        let deep_maps: String = (0..200).map(|i| format!("{:1$}k:\n", "", 2 * i)).collect();
        let deep_seqs: String = (0..200)
            .map(|i| format!("{:1$}- k:\n", "", 2 * i))
            .collect();
        for text in [deep_maps, deep_seqs] {
            assert_eq!(read(&text), None);
        }
    }

    /// A document big enough to be read in two parts: the value is the
    /// same, and a key in both parts is a duplicate (serde_yaml's error).
    #[test]
    fn reads_a_big_document_in_two_parts() {
        let entries = super::SPLIT_LINES / 2;
        let mut text = String::new();
        for i in 0..entries {
            text.push_str(&format!("k{i}:\n  v: {i}\n"));
            if i == entries / 2 {
                // A sequence at its key's indentation, across the middle.
                text.push_str("seq:\n");
                text.push_str(&"- item\n".repeat(entries / 2));
            }
        }
        let lines: Vec<_> = text.split('\n').map(super::Line::new).collect();
        let split = super::split_point(&lines);
        // Not inside the sequence: before the key nearest the middle.
        assert_eq!(
            lines.get(split).map(|l| (l.indent, l.text)),
            Some((0, "seq:"))
        );
        same(&text);
        text.push_str("k0: again\n");
        assert_eq!(read(&text), None);
    }

    /// YAML files below `dir`, sorted.
    /// On every YAML input the project has (fixtures, quirks, the pinned
    /// authentik schemas, the other APIs' documents, authentik's
    /// blueprints): where this reader answers, serde_yaml reads the same
    /// value; and it answers on every pinned authentik schema (the fast path
    /// is the one taken).
    #[test]
    fn agrees_with_serde_yaml_on_every_input() {
        use crate::test_inputs::{env_dir, files_below, pinned_specs};
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let yaml = ["yaml", "yml"];
        let mut files = Vec::new();
        files_below(&root.join("specs/fixtures"), &yaml, &mut files);
        files.push(root.join("specs/quirks.yml"));
        let pinned = pinned_specs();
        files.extend(pinned.iter().cloned());
        for var in ["AUTHENTIK_OTHER_SPECS_DIR", "AUTHENTIK_BLUEPRINTS_DIR"] {
            if let Some(dir) = env_dir(var) {
                files_below(&dir, &yaml, &mut files);
            }
        }
        let mut answered = 0;
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let fast = read(text);
            if pinned.contains(path) {
                assert!(
                    fast.is_some(),
                    "{}: the fast reader gave up",
                    path.display()
                );
            }
            if let Some(fast) = fast {
                let slow = super::super::yaml::slow_value(path, text);
                assert!(
                    slow.as_ref().is_ok_and(|slow| *slow == fast),
                    "{}: serde_yaml reads {}",
                    path.display(),
                    slow.map_or_else(|e| e.to_string(), |_| "another value".into())
                );
                answered += 1;
            }
        }
        assert!(
            answered > 10,
            "answered on {answered} of {} files",
            files.len()
        );
        eprintln!("answered on {answered} of {} YAML files", files.len());
    }
}
