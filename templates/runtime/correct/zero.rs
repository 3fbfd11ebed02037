//! Zero values: what a correction puts in place of an absent or `null`
//! field ([`FieldType`]), for the types generated code uses and, through
//! [`zero_of`], for structs.

use super::shape::Shape;
use super::state::{swap_state, State};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

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
