//! The decode state: a thread-local the generated `Deserialize` impls reach
//! without an extra argument (lenient or strict, the structs being read,
//! the corrections made so far).

use super::shape::Shape;
use super::CorrectionKind;
use std::borrow::Cow;
use std::cell::RefCell;

thread_local! {
    pub(super) static STATE: RefCell<State> = const { RefCell::new(State::STRICT) };
}

/// The state of the decode running on this thread.
pub(super) struct State {
    pub(super) lenient: bool,
    /// Corrects without recording (making a zero value, [`zero_of`](super::zero_of)).
    pub(super) silent: bool,
    /// The structs being read, outermost first; `frames[0]` stands for the
    /// document itself. Kept only while lenient.
    frames: Vec<Frame>,
    pub(super) corrections: Vec<Pending>,
}

impl State {
    pub(super) const STRICT: State = State {
        lenient: false,
        silent: false,
        frames: Vec::new(),
        corrections: Vec::new(),
    };

    /// A lenient decode of a document whose type has shape `shape`.
    pub(super) fn lenient(shape: &'static Shape) -> State {
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
pub(super) struct Step {
    pub(super) field: &'static str,
    pub(super) shape: &'static Shape,
    pub(super) ordinal: u32,
}

/// A correction whose path is not resolved yet.
pub(super) struct Pending {
    pub(super) steps: Vec<Step>,
    pub(super) ty: &'static str,
    /// The corrected field; empty for a value of the document itself.
    pub(super) field: Cow<'static, str>,
    pub(super) kind: CorrectionKind,
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

/// Whether the decode on this thread corrects (see [`decode`](super::decode)).
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
    pub(super) corrections: usize,
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

/// Make `state` the thread's decode state; the one it had.
pub(super) fn swap_state(state: State) -> State {
    STATE.with(|s| std::mem::replace(&mut *s.borrow_mut(), state))
}
