//! `type: number` values that keep their form: an integer read stays an
//! integer when written (`3`, not `3.0`), a fraction stays a fraction.

use super::correct::FieldType;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A JSON number as received: a whole number (`i64` or `u64`) or a
/// floating-point value.
///
/// Equality and order are numeric (`Number::from(3) == Number::from(3.0)`);
/// serialising writes the form it holds.
#[derive(Clone, Copy)]
pub struct Number(N);

#[derive(Clone, Copy, Debug)]
enum N {
    /// Written without fraction or exponent, below zero.
    NegInt(i64),
    /// Written without fraction or exponent, zero or more.
    PosInt(u64),
    /// Any other number.
    Float(f64),
}

impl Number {
    /// The value as an `f64` (large whole numbers are rounded).
    pub fn as_f64(self) -> f64 {
        match self.0 {
            N::NegInt(i) => i as f64,
            N::PosInt(u) => u as f64,
            N::Float(f) => f,
        }
    }

    /// The value as an `i64`, when it is a whole number in range (also
    /// when written as `4.0`).
    pub fn as_i64(self) -> Option<i64> {
        match self.0 {
            N::NegInt(i) => Some(i),
            N::PosInt(u) => i64::try_from(u).ok(),
            N::Float(f) if f.fract() == 0.0 && f >= i64::MIN as f64 && f < i64::MAX as f64 => {
                Some(f as i64)
            }
            N::Float(_) => None,
        }
    }

    /// The value as a `u64`, when it is a whole number in range.
    pub fn as_u64(self) -> Option<u64> {
        match self.0 {
            N::PosInt(u) => Some(u),
            _ => self.as_i64().and_then(|i| u64::try_from(i).ok()),
        }
    }

    /// Whether it was written as a whole number (`3`, not `3.0`).
    pub fn is_integer(self) -> bool {
        !matches!(self.0, N::Float(_))
    }
}

impl Default for Number {
    /// `0`.
    fn default() -> Self {
        Number(N::PosInt(0))
    }
}

impl FieldType for Number {
    fn zero() -> Option<Self> {
        Some(Number::default())
    }
}

macro_rules! from_int {
    ($($ty:ty),*) => {
        $(impl From<$ty> for Number {
            fn from(value: $ty) -> Self {
                let value = i64::from(value);
                Number(if value < 0 { N::NegInt(value) } else { N::PosInt(value as u64) })
            }
        })*
    };
}

from_int!(i8, i16, i32, i64, u8, u16, u32);

impl From<u64> for Number {
    fn from(value: u64) -> Self {
        Number(N::PosInt(value))
    }
}

impl From<f64> for Number {
    fn from(value: f64) -> Self {
        Number(N::Float(value))
    }
}

impl From<f32> for Number {
    fn from(value: f32) -> Self {
        Number(N::Float(f64::from(value)))
    }
}

impl From<Number> for f64 {
    fn from(value: Number) -> Self {
        value.as_f64()
    }
}

impl PartialEq for Number {
    fn eq(&self, other: &Self) -> bool {
        self.partial_cmp(other) == Some(std::cmp::Ordering::Equal)
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        match (self.0, other.0) {
            (N::Float(_), _) | (_, N::Float(_)) => self.as_f64().partial_cmp(&other.as_f64()),
            (N::NegInt(a), N::NegInt(b)) => a.partial_cmp(&b),
            (N::PosInt(a), N::PosInt(b)) => a.partial_cmp(&b),
            (N::NegInt(_), N::PosInt(_)) => Some(std::cmp::Ordering::Less),
            (N::PosInt(_), N::NegInt(_)) => Some(std::cmp::Ordering::Greater),
        }
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Number({self})")
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            N::NegInt(i) => fmt::Display::fmt(&i, f),
            N::PosInt(u) => fmt::Display::fmt(&u, f),
            N::Float(x) => fmt::Debug::fmt(&x, f),
        }
    }
}

/// A JSON number's text (`3`, `-1`, `2.5`, `1e3`).
impl std::str::FromStr for Number {
    type Err = serde_json::Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        serde_json::from_str(text)
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            N::NegInt(i) => serializer.serialize_i64(i),
            N::PosInt(u) => serializer.serialize_u64(u),
            N::Float(f) => serializer.serialize_f64(f),
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NumberVisitor)
    }
}

struct NumberVisitor;

impl Visitor<'_> for NumberVisitor {
    type Value = Number;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
        Ok(Number::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
        Ok(Number::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
        Ok(Number::from(v))
    }
}
