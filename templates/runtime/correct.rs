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
    let scope = if lenient {
        Scope::lenient(T::SHAPE)
    } else {
        Scope::strict()
    };
    let result = serde_json::from_slice(json);
    let pending = scope.finish();
    // Not generic from here on.
    result.map(|value| Corrected {
        value,
        corrections: resolve_all(json, pending),
    })
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
    /// The structs being read, outermost first; `frames[0]` stands for the
    /// document itself. Kept only while lenient.
    frames: Vec<Frame>,
    corrections: Vec<Pending>,
}

impl State {
    const STRICT: State = State {
        lenient: false,
        frames: Vec::new(),
        corrections: Vec::new(),
    };
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

/// Lenient or strict decoding until dropped; the previous mode after.
#[must_use]
pub struct Scope(Restore);

enum Restore {
    Nothing,
    /// A strict scope inside a lenient decode: lenient again.
    Lenient,
    /// A lenient decode: the state before it.
    State(State),
}

impl Scope {
    /// Start a lenient decode of a document whose type has shape `shape`.
    fn lenient(shape: &'static Shape) -> Scope {
        let fresh = State {
            lenient: true,
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
        };
        let previous = STATE.with(|s| std::mem::replace(&mut *s.borrow_mut(), fresh));
        Scope(Restore::State(previous))
    }

    /// Decode strictly until the scope is dropped (for values that are
    /// tried and kept only if they match: `Versioned`, untagged unions).
    /// Corrections already made are kept.
    pub fn strict() -> Scope {
        let was = STATE.with(|s| std::mem::replace(&mut s.borrow_mut().lenient, false));
        Scope(if was {
            Restore::Lenient
        } else {
            Restore::Nothing
        })
    }

    /// End the scope: the corrections a lenient decode made (none for a
    /// strict scope).
    fn finish(mut self) -> Vec<Pending> {
        match std::mem::replace(&mut self.0, Restore::Nothing) {
            Restore::State(previous) => {
                STATE.with(|s| std::mem::replace(&mut *s.borrow_mut(), previous).corrections)
            }
            // Restored when dropped.
            other => {
                self.0 = other;
                Vec::new()
            }
        }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        match std::mem::replace(&mut self.0, Restore::Nothing) {
            Restore::Nothing => {}
            Restore::Lenient => STATE.with(|s| s.borrow_mut().lenient = true),
            Restore::State(previous) => STATE.with(|s| *s.borrow_mut() = previous),
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
        if !state.lenient {
            return false;
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
