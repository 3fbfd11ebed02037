//! Date-times that are written back as they were read.
//!
//! The schema's `format: date-time` is RFC 3339, and that is what a strict
//! decode accepts. Servers also send other forms (authentik: a date-time
//! without offset in `EventVolume.time`, Unix seconds in
//! `BlueprintFile.last_m`); a lenient decode (see [`super::correct`]) reads
//! them too, as UTC, and records a correction. Either way the value keeps
//! the text (or number) it was read from, so serialising it gives exactly
//! what was received: `+02:00` stays `+02:00`, `.120000` stays `.120000`.
//! A value made in Rust is written as RFC 3339 (`Z` for UTC).

use super::correct::{self, CorrectionKind, FieldType};
use chrono::{FixedOffset, NaiveDateTime, SecondsFormat, TimeZone, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::hash::{Hash, Hasher};

/// An instant with the offset and the form it was received in. Compares,
/// orders and hashes by instant. Dereferences to
/// `chrono::DateTime<FixedOffset>`.
#[derive(Clone)]
pub struct DateTime {
    instant: chrono::DateTime<FixedOffset>,
    wire: Wire,
}

/// How a [`DateTime`] is written.
#[derive(Clone, Debug)]
enum Wire {
    /// Made in Rust: RFC 3339.
    Rfc3339,
    /// Received as this text.
    Text(Box<str>),
    /// Received as this number of Unix seconds.
    Seconds(serde_json::Number),
}

impl DateTime {
    /// The instant in UTC.
    pub fn to_utc(&self) -> chrono::DateTime<Utc> {
        self.instant.to_utc()
    }

    /// The instant with the offset it was received with (UTC for Unix
    /// seconds and date-times without offset).
    pub fn fixed_offset(&self) -> chrono::DateTime<FixedOffset> {
        self.instant
    }

    /// Parse RFC 3339 (what a strict decode accepts).
    pub fn parse_rfc3339(text: &str) -> Option<DateTime> {
        text.parse::<chrono::DateTime<FixedOffset>>()
            .ok()
            .map(|instant| DateTime {
                instant,
                wire: Wire::Text(text.into()),
            })
    }

    /// Parse RFC 3339, or a date-time without offset (read as UTC).
    fn parse_lenient(text: &str) -> Option<(DateTime, bool)> {
        if let Some(value) = DateTime::parse_rfc3339(text) {
            return Some((value, false));
        }
        let naive = text.parse::<NaiveDateTime>().ok()?;
        Some((
            DateTime {
                instant: naive.and_utc().fixed_offset(),
                wire: Wire::Text(text.into()),
            },
            true,
        ))
    }

    fn from_seconds(seconds: f64, number: serde_json::Number) -> Option<DateTime> {
        if !seconds.is_finite() {
            return None;
        }
        let whole = seconds.floor();
        let nanos = ((seconds - whole) * 1e9).round().min(999_999_999.0) as u32;
        let instant = Utc.timestamp_opt(whole as i64, nanos).single()?;
        Some(DateTime {
            instant: instant.fixed_offset(),
            wire: Wire::Seconds(number),
        })
    }
}

impl<Tz: TimeZone> From<chrono::DateTime<Tz>> for DateTime {
    fn from(value: chrono::DateTime<Tz>) -> Self {
        DateTime {
            instant: value.fixed_offset(),
            wire: Wire::Rfc3339,
        }
    }
}

impl std::ops::Deref for DateTime {
    type Target = chrono::DateTime<FixedOffset>;

    fn deref(&self) -> &Self::Target {
        &self.instant
    }
}

impl PartialEq for DateTime {
    fn eq(&self, other: &Self) -> bool {
        self.instant == other.instant
    }
}

impl Eq for DateTime {}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.instant.cmp(&other.instant)
    }
}

impl Hash for DateTime {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.instant.hash(state)
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateTime({self})")
    }
}

/// As written on the wire.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.wire {
            Wire::Rfc3339 => {
                f.write_str(&self.instant.to_rfc3339_opts(SecondsFormat::AutoSi, true))
            }
            Wire::Text(text) => f.write_str(text),
            Wire::Seconds(number) => fmt::Display::fmt(number, f),
        }
    }
}

/// RFC 3339, as a strict decode reads it.
impl std::str::FromStr for DateTime {
    type Err = chrono::ParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.parse::<chrono::DateTime<FixedOffset>>()
            .map(|instant| DateTime {
                instant,
                wire: Wire::Text(text.into()),
            })
    }
}

impl Default for DateTime {
    /// `1970-01-01T00:00:00Z`.
    fn default() -> Self {
        DateTime::from(chrono::DateTime::<Utc>::UNIX_EPOCH)
    }
}

impl FieldType for DateTime {
    fn zero() -> Option<Self> {
        Some(DateTime::default())
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.wire {
            Wire::Text(text) => serializer.serialize_str(text),
            Wire::Seconds(number) => number.serialize(serializer),
            Wire::Rfc3339 => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DateTimeVisitor { documented: false })
    }
}

/// A date-time field whose other forms (no offset, Unix seconds) are a
/// documented part of the API (a quirk of the server, see `specs/quirks.yml`):
/// read in every form, also by a strict decode, and without a correction.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LenientDateTime(pub DateTime);

impl std::ops::Deref for LenientDateTime {
    type Target = DateTime;

    fn deref(&self) -> &DateTime {
        &self.0
    }
}

impl From<DateTime> for LenientDateTime {
    fn from(value: DateTime) -> Self {
        LenientDateTime(value)
    }
}

impl fmt::Display for LenientDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FieldType for LenientDateTime {
    fn zero() -> Option<Self> {
        Some(LenientDateTime::default())
    }
}

impl Serialize for LenientDateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for LenientDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(DateTimeVisitor { documented: true })
            .map(LenientDateTime)
    }
}

struct DateTimeVisitor {
    /// The other forms are documented for this field: no correction.
    documented: bool,
}

impl DateTimeVisitor {
    /// Whether a form outside RFC 3339 may be read (recording a correction
    /// unless documented).
    fn accept(&self, kind: CorrectionKind) -> bool {
        self.documented || correct::record("", kind)
    }

    fn seconds<E: de::Error>(
        self,
        seconds: f64,
        number: serde_json::Number,
        unexpected: de::Unexpected<'_>,
    ) -> Result<DateTime, E> {
        if !self.accept(CorrectionKind::DateTimeAsUnixSeconds) {
            return Err(E::invalid_type(unexpected, &self));
        }
        DateTime::from_seconds(seconds, number)
            .ok_or_else(|| E::invalid_value(unexpected, &"Unix seconds within chrono's range"))
    }
}

impl Visitor<'_> for DateTimeVisitor {
    type Value = DateTime;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 date-time")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime, E> {
        let invalid = || E::invalid_value(de::Unexpected::Str(text), &self);
        match DateTime::parse_lenient(text) {
            Some((value, false)) => Ok(value),
            Some((value, true)) if self.accept(CorrectionKind::DateTimeWithoutOffset) => Ok(value),
            _ => Err(invalid()),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateTime, E> {
        self.seconds(v as f64, v.into(), de::Unexpected::Signed(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateTime, E> {
        self.seconds(v as f64, v.into(), de::Unexpected::Unsigned(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<DateTime, E> {
        match serde_json::Number::from_f64(v) {
            Some(number) => self.seconds(v, number, de::Unexpected::Float(v)),
            None => Err(E::invalid_type(de::Unexpected::Float(v), &self)),
        }
    }
}
