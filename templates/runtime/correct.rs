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

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
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
    Some((shorter, super::json_path::path_before(text, end)))
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
    corrections: Vec<Correction>,
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

/// The byte offset of `line` (1-based) and `column` in `text`, as
/// serde_json reports error positions.
fn offset_of(text: &[u8], line: usize, column: usize) -> usize {
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
fn remove_null_member(text: &[u8], end: usize) -> Option<Vec<u8>> {
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

/// What generated `Deserialize` impls need of a field's type: its zero
/// value and where structs sit inside it (for the paths of corrections).
///
/// Implemented for the types generated code uses; generated structs, enums
/// and unions implement it through the runtime's macros.
pub trait FieldType: Sized {
    /// Where struct values sit inside a value of this type.
    const SHAPE: &'static Shape = &Shape::One;
    /// Whether `null` is a value of this type (`Option`, untyped JSON).
    const NULLABLE: bool = false;

    /// The value a correction puts in place of an absent or `null` field;
    /// `None` when the type has none (it contains itself through required
    /// fields).
    fn zero() -> Option<Self>;
}

/// Where the structs inside a value of some type are, to find the JSON path
/// of a correction made inside one.
#[derive(Debug, PartialEq, Eq)]
pub enum Shape {
    /// The value itself (a struct, an enum, a scalar).
    One,
    /// The items of an array.
    Seq(&'static Shape),
    /// The values of an object with arbitrary keys.
    Map(&'static Shape),
}

/// The shapes generated structs name for their fields (`object!`'s
/// `=> 3 "results" req seq`): the generator writes them from the schema,
/// which costs the compiler less than asking each field's type.
#[allow(non_upper_case_globals)]
pub mod shapes {
    use super::Shape;

    pub const one: &Shape = &Shape::One;
    pub const seq: &Shape = &Shape::Seq(one);
    pub const map: &Shape = &Shape::Map(one);
    pub const seq_seq: &Shape = &Shape::Seq(seq);
    pub const seq_map: &Shape = &Shape::Seq(map);
    pub const map_seq: &Shape = &Shape::Map(seq);
    pub const map_map: &Shape = &Shape::Map(map);
}

macro_rules! zero_is {
    ($($ty:ty => $zero:expr),* $(,)?) => {
        $(impl FieldType for $ty {
            fn zero() -> Option<Self> {
                Some($zero)
            }
        })*
    };
}

zero_is! {
    String => String::new(),
    bool => false,
    i8 => 0,
    i16 => 0,
    i32 => 0,
    i64 => 0,
    u8 => 0,
    u16 => 0,
    u32 => 0,
    u64 => 0,
    f32 => 0.0,
    f64 => 0.0,
    ::uuid::Uuid => ::uuid::Uuid::nil(),
    ::chrono::NaiveDate => ::chrono::NaiveDate::default(),
}

impl FieldType for serde_json::Value {
    const NULLABLE: bool = true;

    fn zero() -> Option<Self> {
        Some(serde_json::Value::Null)
    }
}

impl<T: FieldType> FieldType for Option<T> {
    const SHAPE: &'static Shape = T::SHAPE;
    const NULLABLE: bool = true;

    fn zero() -> Option<Self> {
        Some(None)
    }
}

impl<T: FieldType> FieldType for Vec<T> {
    const SHAPE: &'static Shape = &Shape::Seq(T::SHAPE);

    fn zero() -> Option<Self> {
        Some(Vec::new())
    }
}

impl<T: FieldType> FieldType for BTreeMap<String, T> {
    const SHAPE: &'static Shape = &Shape::Map(T::SHAPE);

    fn zero() -> Option<Self> {
        Some(BTreeMap::new())
    }
}

/// The zero value of a struct (`object!`'s `zero(required)`): the struct
/// read from `{}` by a lenient decode that records nothing, so that every
/// required field is its own zero value. Compiles to one more read of the
/// struct rather than a constructor of its own.
pub fn zero_of<T: DeserializeOwned>() -> Option<T> {
    let mut silent = State::lenient(&Shape::One);
    silent.silent = true;
    let saved = swap_state(silent);
    let value = serde_json::from_slice::<T>(b"{}").ok();
    swap_state(saved);
    value
}

/// Make `state` the thread's decode state; the one it had.
fn swap_state(state: State) -> State {
    STATE.with(|s| std::mem::replace(&mut *s.borrow_mut(), state))
}

/// Boxes break cycles between types; the depth of nested zero values made
/// through them is bounded, so a type that contains itself through required
/// fields only has no zero value instead of an endless one.
impl<T: FieldType> FieldType for Box<T> {
    const SHAPE: &'static Shape = T::SHAPE;
    const NULLABLE: bool = T::NULLABLE;

    fn zero() -> Option<Self> {
        let _depth = ZeroDepth::enter()?;
        T::zero().map(Box::new)
    }
}

thread_local! {
    static ZERO_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// One level of [`FieldType::zero`] through a `Box`.
struct ZeroDepth;

impl ZeroDepth {
    const MAX: u32 = 16;

    fn enter() -> Option<ZeroDepth> {
        let depth = ZERO_DEPTH.with(|d| d.get());
        if depth >= Self::MAX {
            return None;
        }
        ZERO_DEPTH.with(|d| d.set(depth + 1));
        Some(ZeroDepth)
    }
}

impl Drop for ZeroDepth {
    fn drop(&mut self) {
        ZERO_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

// ---------------------------------------------------------------------------
// The decode state.

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::STRICT) };
}

/// The state of the decode running on this thread.
struct State {
    lenient: bool,
    /// Corrects without recording (making a zero value, [`zero_of`]).
    silent: bool,
    /// The structs being read, outermost first; `frames[0]` stands for the
    /// document itself. Kept only while lenient.
    frames: Vec<Frame>,
    corrections: Vec<Pending>,
}

impl State {
    const STRICT: State = State {
        lenient: false,
        silent: false,
        frames: Vec::new(),
        corrections: Vec::new(),
    };

    /// A lenient decode of a document whose type has shape `shape`.
    fn lenient(shape: &'static Shape) -> State {
        State {
            lenient: true,
            silent: false,
            frames: vec![Frame {
                ty: "",
                step: Step {
                    field: "",
                    shape,
                    ordinal: 0,
                },
                field: "",
                shape,
                children: 0,
            }],
            corrections: Vec::new(),
        }
    }
}

/// A struct being read.
struct Frame {
    /// Its Rust name.
    ty: &'static str,
    /// How it was reached: see [`Step`].
    step: Step,
    /// The field being read, its type's shape, and how many struct values
    /// have been started inside that field's value so far.
    field: &'static str,
    shape: &'static Shape,
    children: u32,
}

/// From a struct (or the document) to one struct inside it: the field (empty
/// for the document), that field type's shape, and which of the struct
/// values inside the field's value, in document order.
#[derive(Clone, Copy, Debug)]
struct Step {
    field: &'static str,
    shape: &'static Shape,
    ordinal: u32,
}

/// A correction whose path is not resolved yet.
struct Pending {
    steps: Vec<Step>,
    ty: &'static str,
    /// The corrected field; empty for a value of the document itself.
    field: Cow<'static, str>,
    kind: CorrectionKind,
}

/// Strict decoding until dropped, inside a lenient decode: for values that
/// are tried and kept only if they match (`Versioned`, untagged unions).
/// Corrections already made are kept.
#[must_use]
pub struct Scope(bool);

impl Scope {
    /// Decode strictly until the scope is dropped.
    pub fn strict() -> Scope {
        Scope(STATE.with(|s| std::mem::replace(&mut s.borrow_mut().lenient, false)))
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        if self.0 {
            STATE.with(|s| s.borrow_mut().lenient = true);
        }
    }
}

/// Whether the decode on this thread corrects (see [`decode`]).
pub fn lenient() -> bool {
    STATE.with(|s| s.borrow().lenient)
}

/// A struct named `ty` starts being read: a frame while lenient. Returns
/// whether one was pushed, for [`leave`].
pub fn enter(ty: &'static str) -> bool {
    STATE.with(|s| {
        let mut state = s.borrow_mut();
        if !state.lenient {
            return false;
        }
        let Some(parent) = state.frames.last_mut() else {
            return false;
        };
        let step = Step {
            field: parent.field,
            shape: parent.shape,
            ordinal: parent.children,
        };
        parent.children += 1;
        state.frames.push(Frame {
            ty,
            step,
            field: "",
            shape: &Shape::One,
            children: 0,
        });
        true
    })
}

/// Record that an absent required field (`fields[index]`) was filled in;
/// `false` (nothing recorded) when decoding strictly.
pub fn record_missing(fields: &'static [&'static str], index: usize) -> bool {
    match fields.get(index) {
        Some(name) => record(name, CorrectionKind::MissingField),
        None => false,
    }
}

/// The struct whose [`enter`] returned `pushed` has been read.
pub fn leave(pushed: bool) {
    if pushed {
        STATE.with(|s| {
            s.borrow_mut().frames.pop();
        });
    }
}

/// The struct being read reads field `name`, whose type has shape `shape`.
pub fn field(name: &'static str, shape: &'static Shape) {
    STATE.with(|s| {
        let mut state = s.borrow_mut();
        if !state.lenient || state.frames.len() < 2 {
            return;
        }
        if let Some(frame) = state.frames.last_mut() {
            frame.field = name;
            frame.shape = shape;
            frame.children = 0;
        }
    })
}

/// Where a lenient decode is, to go back there when a value that was only
/// tried does not fit (an untagged union's variant).
pub struct Mark {
    corrections: usize,
    frames: usize,
    children: u32,
}

/// The current [`Mark`].
pub fn mark() -> Mark {
    STATE.with(|s| {
        let state = s.borrow();
        Mark {
            corrections: state.corrections.len(),
            frames: state.frames.len(),
            children: state.frames.last().map_or(0, |f| f.children),
        }
    })
}

/// Forget the corrections and structs seen since `mark`.
pub fn rollback(mark: Mark) {
    STATE.with(|s| {
        let mut state = s.borrow_mut();
        state.corrections.truncate(mark.corrections);
        state.frames.truncate(mark.frames);
        if let Some(frame) = state.frames.last_mut() {
            frame.children = mark.children;
        }
    })
}

/// Record a correction of field `name` of the struct being read (of the
/// field being read, when `name` is empty). `false` (and nothing recorded)
/// when decoding strictly: the caller then fails.
pub fn record(name: &'static str, kind: CorrectionKind) -> bool {
    record_field(Cow::Borrowed(name), kind)
}

/// Record that the struct being read has a field `name` it does not know.
pub fn unknown_field(name: &str) {
    record_field(Cow::Owned(name.to_owned()), CorrectionKind::UnknownField);
}

fn record_field(name: Cow<'static, str>, kind: CorrectionKind) -> bool {
    STATE.with(|s| {
        let mut state = s.borrow_mut();
        if !state.lenient || state.silent {
            return state.lenient;
        }
        let (ty, field) = match state.frames.last() {
            Some(frame) if state.frames.len() > 1 => (
                frame.ty,
                if name.is_empty() {
                    Cow::Borrowed(frame.field)
                } else {
                    name
                },
            ),
            _ => ("", name),
        };
        let steps = state.frames.iter().skip(1).map(|f| f.step).collect();
        state.corrections.push(Pending {
            steps,
            ty,
            field,
            kind,
        });
        true
    })
}

// ---------------------------------------------------------------------------
// Paths: resolved after the decode, from the JSON text, only when something
// was corrected.

fn resolve_all(json: &[u8], pending: Vec<Pending>) -> Vec<Correction> {
    if pending.is_empty() {
        return Vec::new();
    }
    let tree: Option<Tree> = serde_json::from_slice(json).ok();
    pending
        .into_iter()
        .map(|p| Correction {
            path: tree
                .as_ref()
                .and_then(|tree| resolve(tree, &p))
                .unwrap_or_else(|| approximate(&p)),
            ty: p.ty,
            kind: p.kind,
        })
        .collect()
}

/// The exact path of a correction, found by following its steps through
/// the document.
fn resolve(tree: &Tree, p: &Pending) -> Option<String> {
    let mut path = Vec::new();
    let mut object = tree;
    for (i, step) in p.steps.iter().enumerate() {
        let value = if i == 0 {
            tree
        } else {
            path.push(Segment::Key(step.field));
            object.get(step.field)?
        };
        let mut count = 0;
        object = nth_struct(value, step.shape, step.ordinal, &mut count, &mut path)?;
    }
    if !p.field.is_empty() {
        path.push(Segment::Key(&p.field));
    }
    Some(render(&path))
}

/// One step of a path.
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// `a.b[2].c`, or `.` for the top level (as `json_path` writes paths).
fn render(path: &[Segment<'_>]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// The `ordinal`-th object inside `value` where structs of `shape` sit;
/// the path to it is appended to `path`.
fn nth_struct<'t>(
    value: &'t Tree,
    shape: &Shape,
    ordinal: u32,
    count: &mut u32,
    path: &mut Vec<Segment<'t>>,
) -> Option<&'t Tree> {
    match (shape, value) {
        (Shape::One, Tree::Object(_)) => {
            *count += 1;
            (*count == ordinal + 1).then_some(value)
        }
        (Shape::Seq(inner), Tree::Array(items)) => {
            items.iter().enumerate().find_map(|(i, item)| {
                path.push(Segment::Index(i));
                let found = nth_struct(item, inner, ordinal, count, path);
                if found.is_none() {
                    path.pop();
                }
                found
            })
        }
        (Shape::Map(inner), Tree::Object(entries)) => entries.iter().find_map(|(key, item)| {
            path.push(Segment::Key(key));
            let found = nth_struct(item, inner, ordinal, count, path);
            if found.is_none() {
                path.pop();
            }
            found
        }),
        _ => None,
    }
}

/// A path from the steps alone, when the document cannot be followed
/// (`items[#2].name`: the third struct inside `items`).
fn approximate(p: &Pending) -> String {
    let mut path = String::new();
    for (i, step) in p.steps.iter().enumerate() {
        if i > 0 {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(step.field);
        }
        if *step.shape != Shape::One {
            path.push_str(&format!("[#{}]", step.ordinal));
        }
    }
    if !p.field.is_empty() {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(&p.field);
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// A JSON document with object entries in document order (whatever
/// `serde_json`'s map type), scalars left out.
enum Tree {
    Object(Vec<(String, Tree)>),
    Array(Vec<Tree>),
    Scalar,
}

impl Tree {
    fn get(&self, key: &str) -> Option<&Tree> {
        match self {
            Tree::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Tree, D::Error> {
        deserializer.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Tree::Object(entries))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Tree::Array(items))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_str<E>(self, _: &str) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_unit<E>(self) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_none<E>(self) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }
}
