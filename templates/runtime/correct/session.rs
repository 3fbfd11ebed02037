//! The decode of one document ([`Session`], [`decode_with`]) and of a part
//! already read as JSON ([`decode_value`]): a `null` a lenient decode
//! corrects is taken out of the text and the document read again.

use super::null_member::{offset_of, remove_null_member};
use super::paths::resolve_all;
use super::shape::Shape;
use super::state::{lenient, mark, rollback, swap_state, Mark, Pending, State, STATE};
use super::zero::FieldType;
use super::{Correction, CorrectionKind};
use serde::de::{self, DeserializeOwned};
use std::fmt;

/// Decode `json` in `session` (lenient or strict); the corrections made
/// are added to the session's.
///
/// The one function compiled per decoded type: everything else is not
/// generic. A `null` in a non-nullable required field makes the type's own
/// decode fail; a lenient session then reads the body again without that
/// member, so the field is filled in as absent, and records the `null`
/// (at most [`Session::MAX_RETRIES`] times a body).
pub fn decode_with<T: DeserializeOwned + FieldType>(
    json: &[u8],
    session: &mut Session,
) -> serde_json::Result<T> {
    loop {
        session.begin(T::SHAPE);
        match serde_json::from_slice::<T>(session.text(json)) {
            Ok(value) => {
                session.done(json);
                return Ok(value);
            }
            Err(e) => {
                if let Some(e) = session.retry(json, e) {
                    return Err(e);
                }
            }
        }
    }
}

/// Decode `value`, a part of the document already read as JSON (a union's
/// variant), inside the running decode.
///
/// Read from a `Value`, a decode error has no position, so a `null` that a
/// lenient decode corrects cannot be found in the document: on such an
/// error the value is read again from its own text, whose errors have
/// positions, and the `null` members taken out one at a time as
/// [`decode_with`] does (at most [`Session::MAX_RETRIES`] times). Only
/// values that need it pay.
pub fn decode_value<T: DeserializeOwned>(value: &serde_json::Value) -> serde_json::Result<T> {
    let mut out = None;
    read_value(value, &mut |text| {
        out = Some(match text {
            Some(text) => serde_json::from_slice::<T>(text)?,
            None => T::deserialize(value)?,
        });
        Ok(())
    })?;
    match out {
        Some(value) => Ok(value),
        None => Err(de::Error::custom("no value was read")),
    }
}

/// [`decode_value`]'s loop, not generic: `read(None)` reads the value,
/// `read(Some(text))` a text of it.
fn read_value(
    value: &serde_json::Value,
    read: &mut dyn FnMut(Option<&[u8]>) -> serde_json::Result<()>,
) -> serde_json::Result<()> {
    // The value's text, once a read of the `Value` failed on a `null`.
    let mut text: Option<Vec<u8>> = None;
    // The keys of the `null` members taken out.
    let mut removed: Vec<String> = Vec::new();
    loop {
        let start = mark();
        let error = match read(text.as_deref()) {
            Ok(()) => {
                relabel_nulls(&start, &removed);
                return Ok(());
            }
            Err(error) => error,
        };
        rollback(start);
        if !lenient() || removed.len() >= Session::MAX_RETRIES || !is_null_error(&error) {
            return Err(error);
        }
        let shorter = match &text {
            // An error of a `Value` has no position: read its text.
            None => serde_json::to_vec(value)?,
            Some(current) => {
                let Some((shorter, path)) = without_null(current, &error) else {
                    return Err(error);
                };
                removed.push(match path.rsplit_once('.') {
                    Some((_, key)) => key.to_owned(),
                    None => path,
                });
                shorter
            }
        };
        text = Some(shorter);
    }
}

/// `text` without the object member whose `null` a decode `error` is at,
/// and that member's path; `None` when the `null` is not a member's value
/// (an item of a list, the whole document).
fn without_null(text: &[u8], error: &serde_json::Error) -> Option<(Vec<u8>, String)> {
    let end = offset_of(text, error.line(), error.column());
    let shorter = remove_null_member(text, end)?;
    Some((shorter, super::super::json_path::path_before(text, end)))
}

/// Whether `error` is a `null` where the type has none.
fn is_null_error(error: &serde_json::Error) -> bool {
    error.to_string().starts_with("invalid type: null")
}

/// The fields filled in since `start` that were `null` members taken out
/// (by key) were `null`, not absent.
fn relabel_nulls(start: &Mark, keys: &[String]) {
    STATE.with(|s| {
        let mut state = s.borrow_mut();
        for pending in state.corrections.iter_mut().skip(start.corrections) {
            if pending.kind == CorrectionKind::MissingField
                && keys.iter().any(|key| **key == *pending.field)
            {
                pending.kind = CorrectionKind::NullField;
            }
        }
    })
}

/// One decode: its mode, and what was corrected.
pub struct Session {
    lenient: bool,
    pub(super) corrections: Vec<Correction>,
    /// The paths of the `null` members taken out for another read.
    nulls: Vec<String>,
    /// The body without them, once one was.
    text: Option<Vec<u8>>,
    /// The decode state of the thread before this session's read began.
    saved: Option<State>,
}

impl Session {
    /// How often a body is read again to correct a `null`.
    pub const MAX_RETRIES: usize = 256;

    /// A lenient or a strict decode.
    pub fn new(lenient: bool) -> Session {
        Session {
            lenient,
            corrections: Vec::new(),
            nulls: Vec::new(),
            text: None,
            saved: None,
        }
    }

    /// Whether it corrects.
    pub fn is_lenient(&self) -> bool {
        self.lenient
    }

    /// The corrections made so far.
    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    /// The text to read: `json`, or what is left of it.
    fn text<'a>(&'a self, json: &'a [u8]) -> &'a [u8] {
        self.text.as_deref().unwrap_or(json)
    }

    /// Start a read of a document whose type has shape `shape`.
    fn begin(&mut self, shape: &'static Shape) {
        let fresh = if self.lenient {
            State::lenient(shape)
        } else {
            State::STRICT
        };
        let previous = swap_state(fresh);
        self.saved.get_or_insert(previous);
    }

    /// End a read: the thread's state as it was, and the corrections made.
    fn end(&mut self) -> Vec<Pending> {
        let previous = self.saved.take().unwrap_or(State::STRICT);
        swap_state(previous).corrections
    }

    /// After a read of `json` that succeeded: the corrections it made.
    fn done(&mut self, json: &[u8]) {
        let pending = self.end();
        let mut corrections = resolve_all(self.text(json), pending);
        for c in &mut corrections {
            if c.kind == CorrectionKind::MissingField && self.nulls.contains(&c.path) {
                c.kind = CorrectionKind::NullField;
            }
        }
        self.corrections.extend(corrections);
    }

    /// After a read of `json` that failed with `error`: `None` to read
    /// again (a `null` member was taken out), else the error.
    fn retry(&mut self, json: &[u8], error: serde_json::Error) -> Option<serde_json::Error> {
        drop(self.end());
        if !self.lenient || self.nulls.len() >= Session::MAX_RETRIES || !is_null_error(&error) {
            return Some(error);
        }
        match without_null(self.text(json), &error) {
            Some((shorter, path)) => {
                self.nulls.push(path);
                self.text = Some(shorter);
                None
            }
            // Not a member's value (an item of a list): not corrected.
            None => Some(error),
        }
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("lenient", &self.lenient)
            .field("corrections", &self.corrections)
            .finish_non_exhaustive()
    }
}

/// A session dropped mid-read (a panic) leaves the thread as it found it.
impl Drop for Session {
    fn drop(&mut self) {
        if self.saved.is_some() {
            drop(self.end());
        }
    }
}
