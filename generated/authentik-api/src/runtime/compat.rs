//! Compatibility with servers of other authentik versions.
//!
//! A crate generated from several schema versions has the newest version's
//! surface; where a field's wire form changed, it still reads the older
//! forms, and writes them when told that the target server predates the
//! change:
//!
//! - [`Versioned`]: a field whose type changed: the current type, or the raw
//!   JSON an older server sent;
//! - `*_urls`: `redirect_uris`, a newline-separated string before
//!   authentik 2024.12 and an array of `{matching_mode, url}` objects since;
//! - [`with_target_version`]: serialise for a given server version
//!   (default: the newest form).

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::ser::{self, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::cell::RefCell;

/// A value whose schema type changed between authentik versions: the newest
/// version's type, or the JSON an older server sent in its place (for
/// example a whole `source` object where newer servers send its uuid).
/// Serialises back to whatever it holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Versioned<T> {
    /// The form of the newest schema version.
    Current(T),
    /// An older form, kept verbatim.
    Legacy(Value),
}

impl<T> Versioned<T> {
    /// The current form, if that is what the server sent.
    pub fn current(&self) -> Option<&T> {
        match self {
            Versioned::Current(value) => Some(value),
            Versioned::Legacy(_) => None,
        }
    }

    /// The older form, if that is what the server sent.
    pub fn legacy(&self) -> Option<&Value> {
        match self {
            Versioned::Current(_) => None,
            Versioned::Legacy(value) => Some(value),
        }
    }
}

impl<T> From<T> for Versioned<T> {
    fn from(value: T) -> Self {
        Versioned::Current(value)
    }
}

impl<T: Default> Default for Versioned<T> {
    fn default() -> Self {
        Versioned::Current(T::default())
    }
}

impl<T: Serialize> Serialize for Versioned<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Versioned::Current(value) => value.serialize(serializer),
            Versioned::Legacy(value) => value.serialize(serializer),
        }
    }
}

/// The current form is tried strictly (no corrections, see
/// `super::correct`): an older form that needs them is kept verbatim
/// instead.
impl<'de, T: DeserializeOwned> Deserialize<'de> for Versioned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let _strict = super::correct::Scope::strict();
        Ok(match T::deserialize(&value) {
            Ok(current) => Versioned::Current(current),
            Err(_) => Versioned::Legacy(value),
        })
    }
}

/// Any JSON reads as a `Versioned` value (an unknown form is `Legacy`),
/// `null` included.
impl<T: super::correct::FieldType> super::correct::FieldType for Versioned<T> {
    const SHAPE: &'static super::correct::Shape = T::SHAPE;
    const NULLABLE: bool = true;

    fn zero() -> Option<Self> {
        T::zero().map(Versioned::Current)
    }
}

thread_local! {
    static TARGET: RefCell<Option<Version>> = const { RefCell::new(None) };
}

/// An authentik version (`2024.12.1`, `2026.11.0-rc1`), compared numerically;
/// a pre-release sorts before its release.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    year: u32,
    minor: u32,
    patch: u32,
    release: bool,
}

impl Version {
    /// Parse `YEAR.MINOR[.PATCH][-PRERELEASE]`; `None` if it is not one.
    pub fn parse(text: &str) -> Option<Version> {
        let (numbers, pre) = match text.trim().split_once('-') {
            Some((numbers, pre)) => (numbers, Some(pre)),
            None => (text.trim(), None),
        };
        let mut parts = numbers.split('.').map(str::parse::<u32>);
        let year = parts.next()?.ok()?;
        let minor = parts.next()?.ok()?;
        let patch = match parts.next() {
            Some(p) => p.ok()?,
            None => 0,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Version {
            year,
            minor,
            patch,
            release: pre.is_none(),
        })
    }
}

/// Run `f` (typically a serialisation) for a server of version `version`:
/// fields whose wire form changed after that version are written in their
/// older form. An unparsable version means "newest".
pub fn with_target_version<R>(version: &str, f: impl FnOnce() -> R) -> R {
    let _guard = TargetGuard::set(version);
    f()
}

/// The target version of [`with_target_version`] while the guard lives; the
/// previous one when it is dropped. Not generic, unlike
/// `with_target_version`, so generic callers stay small.
pub struct TargetGuard(Option<Version>);

impl TargetGuard {
    /// Target `version` until the guard is dropped.
    pub fn set(version: &str) -> TargetGuard {
        let previous =
            TARGET.with(|t| std::mem::replace(&mut *t.borrow_mut(), Version::parse(version)));
        TargetGuard(previous)
    }
}

impl Drop for TargetGuard {
    fn drop(&mut self) {
        TARGET.with(|t| *t.borrow_mut() = self.0);
    }
}

/// Whether the current target server predates version `since`.
pub fn target_predates(since: &str) -> bool {
    let Some(since) = Version::parse(since) else {
        return false;
    };
    TARGET.with(|t| t.borrow().is_some_and(|target| target < since))
}

/// Read a list of `{matching_mode, url}` objects, or the legacy
/// newline-separated string (one `strict` entry per non-empty line).
///
/// Read as it comes (not through a `Value`), so that a decode error inside
/// the list has the position, and so the path, of the failing entry.
pub fn deserialize_urls<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    deserializer.deserialize_any(UrlsVisitor(std::marker::PhantomData))
}

struct UrlsVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: DeserializeOwned> de::Visitor<'de> for UrlsVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of redirect URIs or a newline-separated string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Vec<T>, E> {
        text.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|url| {
                T::deserialize(&serde_json::json!({"matching_mode": "strict", "url": url}))
                    .map_err(de::Error::custom)
            })
            .collect()
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Vec<T>, A::Error> {
        Vec::<T>::deserialize(de::value::SeqAccessDeserializer::new(seq))
    }
}

/// Write the list, or for a target server older than `since`, the legacy
/// newline-separated string of the entries' `url`s.
pub fn serialize_urls<S, T>(value: &[T], since: &str, serializer: S) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    T: Serialize,
{
    if !target_predates(since) {
        return value.serialize(serializer);
    }
    let mut lines = Vec::with_capacity(value.len());
    for entry in value {
        let entry = serde_json::to_value(entry).map_err(ser::Error::custom)?;
        match entry.get("url").and_then(Value::as_str) {
            Some(url) => lines.push(url.to_owned()),
            None => return Err(ser::Error::custom("redirect URI entry without a `url`")),
        }
    }
    serializer.serialize_str(&lines.join("\n"))
}
