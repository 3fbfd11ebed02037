//! Finding the `api:` blob in a page's front matter.
//!
//! The front matter is the block between the first two lines that hold only
//! `---`. Accepted page shapes:
//! - the raw `.api.mdx` source;
//! - a copy scraped from a web code view: header lines before the front
//!   matter (`708 lines`, `31 KiB`, `Plaintext`, the file's path, ...) and
//!   every source line followed by lines holding only `|` (those are
//!   dropped wherever they are);
//! - CRLF line endings and a leading byte-order mark;
//! - the blob wrapped over several lines: continuation lines (plain or
//!   indented) that hold only base64 characters, a quoted value, or a YAML
//!   block scalar (`api: >-` followed by the lines).
//!
//! The value is the base64 blob, or (docusaurus-plugin-openapi-docs'
//! `disableCompression`, which authentik's site uses today) the operation
//! as plain JSON on the `api:` line, or any YAML mapping of it (a flow
//! mapping over several lines, a block mapping under `api:`): see
//! [`Form`].
//!
//! A page without front matter (text rendered from a page, such as the
//! seeds 001-003) or without `api:` is rejected with the reason.

use crate::Error;
use std::path::Path;

/// The form of a page's `api:` value.
#[derive(Debug, PartialEq)]
pub(super) enum Form {
    /// Base64 of the zlib-compressed JSON.
    Base64,
    /// The operation as JSON on the `api:` line (`api: {"operationId":...}`);
    /// when that line is no JSON, the page's [`front_matter`] read as YAML
    /// (a flow mapping over several lines).
    Json,
    /// The operation as some other YAML mapping, in this front matter.
    Yaml(FrontMatter),
}

/// A page's front matter: the lines between the `---` lines, joined (the
/// separator lines of a scraped copy left out), and the page line of its
/// first line.
#[derive(Debug, PartialEq)]
pub(super) struct FrontMatter {
    pub text: String,
    pub first_line: usize,
}

/// The text of a page's `api:` value and where it is in the page.
#[derive(Debug)]
pub(super) struct Blob {
    pub form: Form,
    /// The value with line breaks, indentation and quotes removed (base64),
    /// or as written (JSON; empty for YAML).
    pub text: String,
    /// `(offset in text, line, column)` where each piece of `text` starts
    /// in the page (1-based line and column, in characters).
    pieces: Vec<(usize, usize, usize)>,
}

impl Blob {
    /// Line and column in the page of the character at byte `offset` of `text`.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let index = self
            .pieces
            .partition_point(|p| p.0 <= offset)
            .saturating_sub(1);
        match self.pieces.get(index) {
            Some(&(start, line, column)) => {
                let before = self
                    .text
                    .get(start..offset)
                    .map_or(0, |s| s.chars().count());
                (line, column + before)
            }
            None => (1, 1),
        }
    }

    /// Where the value starts.
    pub fn start(&self) -> (usize, usize) {
        self.pieces.first().map_or((1, 1), |p| (p.1, p.2))
    }

    /// A syntax error at byte `offset` of the blob.
    pub fn error_at(&self, path: &Path, offset: usize, message: impl Into<String>) -> Error {
        let (line, column) = self.locate(offset);
        syntax(path, line, column, message)
    }

    /// A syntax error at the start of the blob.
    pub fn error(&self, path: &Path, message: impl Into<String>) -> Error {
        let (line, column) = self.start();
        syntax(path, line, column, message)
    }
}

pub(super) fn syntax(path: &Path, line: usize, column: usize, message: impl Into<String>) -> Error {
    Error::Syntax {
        path: path.to_path_buf(),
        line,
        column,
        message: message.into(),
    }
}

/// The line of a page's opening `---` and the front matter's lines after
/// it, up to the closing `---` (or the end), numbered from 1; `None`
/// without an opening `---`.
fn front_lines(text: &str) -> Option<(usize, Vec<(usize, &str)>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .split('\n')
        .enumerate()
        .map(|(index, line)| (index + 1, line.strip_suffix('\r').unwrap_or(line)))
        // Separator lines of a scraped copy.
        .filter(|(_, line)| line.trim() != "|");
    let (open, _) = lines.by_ref().find(|(_, line)| line.trim() == "---")?;
    Some((
        open,
        lines.take_while(|(_, line)| line.trim() != "---").collect(),
    ))
}

/// The front matter of the page `text` (empty without one).
pub(super) fn front_matter(text: &str) -> FrontMatter {
    joined(
        &front_lines(text)
            .map(|(_, front)| front)
            .unwrap_or_default(),
    )
}

fn joined(front: &[(usize, &str)]) -> FrontMatter {
    FrontMatter {
        text: front
            .iter()
            .map(|(_, line)| *line)
            .collect::<Vec<_>>()
            .join("\n"),
        first_line: front.first().map_or(1, |(number, _)| *number),
    }
}

/// Find the `api:` value of a page.
pub(super) fn find_blob(path: &Path, text: &str) -> Result<Blob, Error> {
    let Some((open, front)) = front_lines(text) else {
        return Err(syntax(
            path,
            1,
            1,
            "no front matter (no `---` line): this is not a docusaurus-plugin-openapi-docs \
             `.api.mdx` page (text rendered from a page has no `api:` blob)",
        ));
    };
    let mut lines = front.iter().copied();
    let mut blob = Blob {
        form: Form::Base64,
        text: String::new(),
        pieces: Vec::new(),
    };
    let mut found = None;
    let mut quote = None;
    let mut closed = false;
    for (number, line) in lines.by_ref() {
        let body = line.trim_start();
        let Some(value) = body.strip_prefix("api:") else {
            continue;
        };
        let indent = line.chars().count() - body.chars().count();
        let value_indent = value.chars().count() - value.trim_start().chars().count();
        let mut value = value.trim();
        let mut column = indent + "api:".len() + value_indent + 1;
        if let Some(form) = mapping_form(value, &front, number) {
            if form == Form::Json {
                blob.pieces.push((0, number, column));
                blob.text.push_str(value);
            }
            blob.form = form;
            return Ok(blob);
        }
        if is_block_indicator(value) {
            value = "";
        }
        if let Some(first) = value.chars().next().filter(|c| *c == '"' || *c == '\'') {
            quote = Some(first);
            value = &value[1..];
            column += 1;
        }
        if push_piece(&mut blob, value, quote, number, column) {
            quote = None;
            closed = true;
        }
        found = Some(number);
        break;
    }
    let Some(api_line) = found else {
        return Err(syntax(
            path,
            open,
            1,
            "the front matter has no `api:` field (the base64 blob of the operation)",
        ));
    };

    if !closed {
        continuation(&mut blob, lines, quote);
    }
    if blob.text.is_empty() {
        return Err(syntax(path, api_line, 1, "`api:` has no value"));
    }
    Ok(blob)
}

/// The form of an `api:` value that is a mapping (`None`: a blob):
/// JSON when the value starts a flow mapping (`{`), YAML when it is empty
/// with an indented `key:` line next (a block mapping).
fn mapping_form(value: &str, front: &[(usize, &str)], api_line: usize) -> Option<Form> {
    if value.starts_with('{') {
        return Some(Form::Json);
    }
    if !value.is_empty() {
        return None;
    }
    let next = front
        .iter()
        .find(|(number, line)| *number > api_line && !line.trim().is_empty())?;
    let indented = next.1.starts_with([' ', '\t']);
    (indented && is_key(next.1.trim())).then(|| Form::Yaml(joined(front)))
}

/// Continuation lines of the value: up to the next `key:` line, the
/// closing `---` or the end (base64 has no `:`, so no blob line looks like a
/// key). Other characters are kept, to be reported where they are.
fn continuation<'t>(
    blob: &mut Blob,
    lines: impl Iterator<Item = (usize, &'t str)>,
    quote: Option<char>,
) {
    for (number, line) in lines {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let content = match quote {
            Some(q) => trimmed.strip_suffix(q).unwrap_or(trimmed),
            None => trimmed,
        };
        if content.is_empty() || trimmed == "---" || is_key(trimmed) {
            break;
        }
        let column = line.chars().count() - line.trim_start().chars().count() + 1;
        push_piece(blob, content, None, number, column);
        if content.len() != trimmed.len() {
            break; // the closing quote ends the value
        }
    }
}

/// Append one line's part of the value; `true` when it ends with the
/// closing quote (which is removed).
fn push_piece(
    blob: &mut Blob,
    value: &str,
    quote: Option<char>,
    line: usize,
    column: usize,
) -> bool {
    let (value, closed) = match quote.and_then(|q| value.strip_suffix(q)) {
        Some(inner) => (inner, true),
        None => (value, false),
    };
    if !value.is_empty() {
        blob.pieces.push((blob.text.len(), line, column));
        blob.text.push_str(value);
    }
    closed
}

/// `name:` (or `name: value`): the next front matter field.
fn is_key(line: &str) -> bool {
    let name_end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len());
    name_end > 0 && line[name_end..].trim_start().starts_with(':')
}

/// `|`, `>`, `|-`, `>+2`, ...: a YAML block scalar whose text follows.
fn is_block_indicator(value: &str) -> bool {
    let mut chars = value.chars();
    matches!(chars.next(), Some('|' | '>'))
        && chars.all(|c| c == '-' || c == '+' || c.is_ascii_digit())
}

pub(super) fn is_base64_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'=')
}
