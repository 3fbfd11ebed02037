//! Client error correction: reading responses that do not quite match the
//! schema, and saying where they did not.
//!
//! Real servers drift from their schema (authentik leaves out fields it
//! sources through a null relation, older releases lack fields newer ones
//! require). Like Smithy's *client error correction*, a lenient decode does
//! not fail on such a response; it fills in a documented zero value and
//! records a [`Correction`] with the JSON path of the value it corrected:
//!
//! | what the response has | lenient decode | strict decode |
//! | --- | --- | --- |
//! | a required field absent | the field's zero value | ``missing field `x` `` |
//! | `null` in a required, non-nullable field | the field's zero value | `invalid type: null` |
//! | `null` in an optional, non-nullable field | `None` | `invalid type: null` |
//! | a date-time without offset (`2026-12-01T18:00:00`) | read as UTC | error |
//! | a date-time as Unix seconds (`1782230826`, `1782230826.5`) | read as such | error |
//! | a field the schema does not have | ignored, recorded | ignored |
//!
//! Zero values ([`FieldType::zero`]): `""`, `0`, `false`, an empty list or
//! map, the nil UUID, `1970-01-01T00:00:00Z`, `1970-01-01`, `null` for
//! untyped JSON, `None` for optional values, an enum's or union's `Unknown`
//! catch-all holding `""` or `null`, and for a struct the struct whose
//! required fields are their zero values (a type that contains itself
//! through required fields only has none: such a field stays an error).
//! Corrected values are written back as corrected: a filled-in field is
//! written, unlike the absent one it replaced.
//!
//! Decoding is strict unless it runs inside [`decode`] (the client decodes
//! every response that way unless built with `strict(true)`): plain
//! `serde_json::from_*` of a generated type follows the schema exactly.
//! Date-times keep the form they were received in, so writing one back
//! gives what was read (see [`super::datetime`]).
//!
//! The bookkeeping is thread-local state: a decode is synchronous, so
//! the generated `Deserialize` impls reach it without an extra argument, and
//! nothing per field is compiled for it but one non-generic call.

mod null_member;
mod paths;
mod session;
mod shape;
mod state;
mod zero;

pub use session::{decode_value, decode_with, Session};
pub use shape::{shapes, Shape};
pub use state::{
    enter, field, leave, lenient, mark, record, record_missing, rollback, unknown_field, Mark,
    Scope,
};
pub use zero::{zero_of, FieldType};

use serde::de::DeserializeOwned;
use std::fmt;

/// One place where a decoded response differed from the schema, and what
/// the decode did about it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Correction {
    /// Where, written like decode error paths: `results[3].rel_obj_model`
    /// (`.` for the top level).
    pub path: String,
    /// The Rust type holding the value (`Task`).
    pub ty: &'static str,
    pub kind: CorrectionKind,
}

/// What was corrected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum CorrectionKind {
    /// A required field was absent: its zero value was filled in.
    MissingField,
    /// A non-nullable field was `null`: its zero value (or `None`, when
    /// optional) was used.
    NullField,
    /// A date-time without a UTC offset: read as UTC.
    DateTimeWithoutOffset,
    /// A date-time given as Unix seconds (an integer or fractional number).
    DateTimeAsUnixSeconds,
    /// A field the schema does not have (a newer server's, or a subclass's
    /// of a polymorphic list): ignored, so not written back.
    UnknownField,
}

impl CorrectionKind {
    /// Whether the value read differs from what the server sent, or was
    /// made up (everything but [`CorrectionKind::UnknownField`]).
    pub fn changes_value(self) -> bool {
        !matches!(self, CorrectionKind::UnknownField)
    }
}

impl fmt::Display for CorrectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CorrectionKind::MissingField => "required field absent, zero value filled in",
            CorrectionKind::NullField => "null in a non-nullable field, zero value used",
            CorrectionKind::DateTimeWithoutOffset => "date-time without offset, read as UTC",
            CorrectionKind::DateTimeAsUnixSeconds => "date-time as Unix seconds",
            CorrectionKind::UnknownField => "field not in the schema, ignored",
        })
    }
}

impl fmt::Display for Correction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` ({}): {}", self.path, self.ty, self.kind)
    }
}

/// A value decoded leniently, and what was corrected to get it.
#[derive(Clone, Debug, PartialEq)]
pub struct Corrected<T> {
    pub value: T,
    /// In the order they were made; empty when the JSON matched the schema.
    pub corrections: Vec<Correction>,
}

/// Decode `json` leniently (see the [module documentation](self)).
///
/// Errors that correction does not cover (a string where a number belongs,
/// malformed JSON, ...) are returned as `serde_json` reports them.
///
/// ```ignore
/// let page: Corrected<PaginatedTaskList> = correct::decode(body)?;
/// for c in &page.corrections { eprintln!("{c}"); }
/// ```
pub fn decode<T: DeserializeOwned + FieldType>(json: &[u8]) -> serde_json::Result<Corrected<T>> {
    decode_as(json, true)
}

/// [`decode`] when `lenient`, else a strict decode (no corrections).
pub fn decode_as<T: DeserializeOwned + FieldType>(
    json: &[u8],
    lenient: bool,
) -> serde_json::Result<Corrected<T>> {
    let mut session = Session::new(lenient);
    let value = decode_with::<T>(json, &mut session)?;
    Ok(Corrected {
        value,
        corrections: std::mem::take(&mut session.corrections),
    })
}
