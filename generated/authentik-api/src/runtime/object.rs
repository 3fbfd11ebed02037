//! Serialisation of generated structs (JSON objects), compact to compile.
//!
//! `#[derive(Serialize, Deserialize)]` writes, per struct, a field enum, a
//! field visitor, a sequence visitor and a map visitor: for the ~800 structs
//! of the authentik API that is two thirds of the crate's build time. The
//! generator instead declares each struct through one `object!`
//! invocation, each field with its index, wire name and [mode](#modes); the
//! macro expands to the struct, a `Serialize` impl, a `Deserialize` impl and
//! an [`Object`] impl whose only per-struct code is one integer `match` on
//! the key's index and one presence check of the required fields. The work
//! that does not depend on the struct (finding a key among the field names,
//! duplicate and missing field errors, skipping unknown fields) lives once
//! in the generic functions here, written to instantiate little per type.
//!
//! Behaviour matches serde's derive with the attributes the generator used to
//! write (`default`, `skip_serializing_if`, `rename`, `flatten`): unknown
//! fields are ignored (or collected by a `rest` map), a duplicate field is an
//! error, an absent required field is ``missing field `name` ``, an absent
//! `Option` field is `None`. Differences: a struct is read from a JSON
//! object only, not from an array of its fields in order (unless it has an
//! array form, below); `null` in a non-nullable field is an error; and in a
//! lenient decode (see [`super::correct`]) absent required fields and such
//! `null`s are corrected instead.
//!
//! # Modes
//!
//! | mode | field type | absent | `null` | written |
//! | --- | --- | --- | --- | --- |
//! | `req` | `T` | error (lenient: zero) | error (lenient: zero) | always |
//! | `nullable` | `Option<T>` | `None` | `None` | always (`None` as `null`) |
//! | `opt` | `Option<T>` | `None` | error (lenient: `None`) | when `Some` |
//! | `opt_null` | `Option<Option<T>>` or `Option<Value>` | `None` | `Some(None)` / `Some(Null)` | when `Some` |
//! | `urls` | `Vec<T>` | error (lenient: empty) | error (lenient: empty) | always, for the target version |
//! | `urls_opt` | `Option<Vec<T>>` | `None` | error (lenient: `None`) | when `Some`, for the target version |
//!
//! A lenient decode corrects `null` in `req` and `urls` fields by reading
//! the body again without the `null` member (`correct::decode_with`, or
//! `correct::decode_value` inside a union): it costs nothing per field
//! type, and only bodies that need it pay. `opt` and `urls_opt` fields read
//! `null` themselves.
//!
//! `req` fields of a type that has `null` among its values (untyped JSON)
//! read `null` as that value.
//!
//! `urls*` read `redirect_uris` in either wire form and write the form of the
//! target server version (see [`super::compat`]); they take the version that
//! changed the form: `pub redirect_uris: Vec<RedirectURI> => 4 "redirect_uris" urls("2024.12")`.
//!
//! # Array form
//!
//! `seq(field)` after `required(..)` lets the struct also be read from a
//! JSON array, which becomes that field's value, every other field its
//! default (DRF answers some `400`s with a bare list of messages, which is
//! `ValidationError.non_field_errors`). Such a struct derives `Default`.

use super::correct::{self, CorrectionKind, FieldType, Shape};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

/// A struct read from a JSON object by `object!`'s generated loop.
pub trait Object: Sized {
    /// The Rust name, for error messages.
    const NAME: &'static str;
    /// The wire names of the fields, in declaration order.
    const FIELDS: &'static [&'static str];
    /// The fields whose values hold structs inside arrays or maps, by index,
    /// and where (for the paths of corrections, see `correct::shapes`).
    const SHAPES: &'static [(usize, &'static Shape)];
    /// Whether keys outside [`Object::FIELDS`] are kept (a `rest` map).
    const REST: bool;

    /// Read the object's entries from `map`.
    fn visit<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;

    /// Read the struct from an array (its array form); only structs
    /// declared with `seq(field)` have one.
    fn visit_seq<'de, A: SeqAccess<'de>>(seq: A) -> Result<Self, A::Error> {
        drop(seq);
        Err(de::Error::invalid_type(de::Unexpected::Seq, &Self::NAME))
    }
}

/// `Deserialize::deserialize` of every [`Object`]: a map (`deserialize_map`,
/// whose expansion in serde_json is half that of `deserialize_struct`, which
/// also accepts arrays; JSON objects are never sent as arrays).
pub fn deserialize<'de, D: Deserializer<'de>, T: Object>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// [`deserialize`] for a struct with an array form: an object or an array.
pub fn deserialize_any<'de, D: Deserializer<'de>, T: Object>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_any(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::visit(map)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        T::visit_seq(seq)
    }
}

/// A key of the object being read.
#[derive(Debug, PartialEq)]
pub enum Key {
    /// One of the struct's fields (its index in [`Object::FIELDS`]).
    Field(usize),
    /// Any other key: its text when the struct keeps a `rest` map, else empty.
    Other(String),
}

/// The next key of `map`, matched against `T`'s fields.
pub fn next_key<'de, T: Object, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key>, A::Error> {
    map.next_key_seed(KeySeed {
        fields: T::FIELDS,
        shapes: T::SHAPES,
        keep: T::REST,
    })
}

struct KeySeed {
    fields: &'static [&'static str],
    shapes: &'static [(usize, &'static Shape)],
    keep: bool,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match self.fields.iter().position(|field| *field == key) {
            Some(field) => {
                // The field whose value is read next (for correction paths).
                let shape = self
                    .shapes
                    .iter()
                    .find(|(index, _)| *index == field)
                    .map_or(&Shape::One, |(_, shape)| *shape);
                correct::field(self.fields[field], shape);
                Key::Field(field)
            }
            None if self.keep => {
                correct::field("", &Shape::One);
                Key::Other(key.to_owned())
            }
            None => {
                correct::unknown_field(key);
                Key::Other(String::new())
            }
        })
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key, E> {
        match std::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Ok(Key::Other(String::new())),
        }
    }
}

/// Skip the value of a key the struct does not know.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(drop)
}

/// Read the value of field `name` into its `slot` (`Some` once seen).
///
/// This and the other functions instantiated once per field or struct type
/// avoid `?` and closures: each would be one more function to compile per
/// type.
pub fn read<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    // Not `is_some()`: a pattern is no function to instantiate.
    #[allow(clippy::redundant_pattern_matching)]
    if let Some(_) = slot {
        return Err(de::Error::duplicate_field(name));
    }
    match map.next_value() {
        Ok(value) => {
            *slot = Some(value);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// In a lenient decode: an absent required field (`fields[index]`) gets
/// its zero value, recorded as a correction (it stays absent when the type
/// has none).
pub fn fill<T: FieldType>(slot: &mut Option<T>, fields: &'static [&'static str], index: usize) {
    // Not `is_none()`: a pattern is no function to instantiate.
    #[allow(clippy::redundant_pattern_matching)]
    if let None = slot {
        if correct::record_missing(fields, index) {
            *slot = T::zero();
        }
    }
}

/// The error for the first absent required field among `absent`
/// (`(is absent, index in fields)` pairs).
pub fn missing<E: de::Error>(fields: &'static [&'static str], absent: &[(bool, usize)]) -> E {
    E::missing_field(first_absent(fields, absent))
}

fn first_absent(fields: &'static [&'static str], absent: &[(bool, usize)]) -> &'static str {
    for (is_absent, index) in absent {
        if let (true, Some(name)) = (is_absent, fields.get(*index)) {
            return name;
        }
    }
    "?"
}

/// Where a struct's entries are written: a `SerializeStruct`, or a
/// `SerializeMap` for structs with a `rest` map (their keys are not static).
///
/// The first error is kept and later entries are skipped, so generated code
/// writes each field without a `?` and checks once at the end.
pub struct Sink<S: SerializeStruct> {
    inner: S,
    error: Option<S::Error>,
}

impl<S: SerializeStruct> Sink<S> {
    /// Write one entry.
    pub fn entry<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        if self.error.is_none() {
            self.error = self.inner.serialize_field(key, value).err();
        }
    }

    /// Note a field left out.
    pub fn skip(&mut self, key: &'static str) {
        if self.error.is_none() {
            self.error = self.inner.skip_field(key).err();
        }
    }

    /// Finish the struct, or return the first error.
    pub fn end(self) -> Result<S::Ok, S::Error> {
        match self.error {
            Some(error) => Err(error),
            None => self.inner.end(),
        }
    }
}

/// A [`Sink`] writing map entries (structs with a `rest` map).
pub struct MapEntries<S>(S);

impl<S: SerializeMap> SerializeStruct for MapEntries<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_entry(key, value)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

/// Start a struct of `len` entries.
pub fn serialize_struct<S: Serializer>(
    serializer: S,
    name: &'static str,
    len: usize,
) -> Result<Sink<S::SerializeStruct>, S::Error> {
    let inner = serializer.serialize_struct(name, len)?;
    Ok(Sink { inner, error: None })
}

/// Start a struct with a `rest` map: a map whose first entries are the
/// fields; [`end_with_rest`] adds the map's entries.
pub fn serialize_map<S: Serializer>(
    serializer: S,
) -> Result<Sink<MapEntries<S::SerializeMap>>, S::Error> {
    let inner = serializer.serialize_map(None)?;
    Ok(Sink {
        inner: MapEntries(inner),
        error: None,
    })
}

/// Write the entries of the `rest` map, then finish.
pub fn end_with_rest<S: SerializeMap, V: Serialize>(
    mut sink: Sink<MapEntries<S>>,
    rest: &std::collections::BTreeMap<String, V>,
) -> Result<S::Ok, S::Error> {
    for (key, value) in rest {
        if sink.error.is_some() {
            break;
        }
        sink.error = sink.inner.0.serialize_entry(key, value).err();
    }
    sink.end()
}

/// A required field.
pub mod req {
    use super::*;

    /// Read the value (`null` as `T` reads it: an error for a
    /// non-nullable type, which a lenient decode corrects, see
    /// `correct::decode_with`).
    pub use super::read;

    /// The value (its presence was checked before).
    pub fn build<T>(value: T) -> T {
        value
    }

    /// Entries written: always one.
    pub fn count<T>(_value: &T) -> usize {
        1
    }

    /// Write the field.
    pub fn write<S: SerializeStruct, T: Serialize>(
        sink: &mut Sink<S>,
        name: &'static str,
        value: &T,
        _since: &[&str],
    ) {
        sink.entry(name, value)
    }
}

/// A required, nullable field: `Option<T>`, written as `null` when `None`:
/// read like `opt`, written like `req`.
pub mod nullable {
    pub use super::opt::build;
    pub use super::opt_null::read;
    pub use super::req::{count, write};
}

/// An optional field: `Option<T>`, left out when `None`.
pub mod opt {
    use super::*;

    /// Read the value. `null`: `None` and a correction in a lenient decode;
    /// strictly, `T` reads it (an error, at the `null`, unless `T` has
    /// `null` among its values).
    pub fn read<'de, A: MapAccess<'de>, T: Deserialize<'de> + FieldType>(
        map: &mut A,
        slot: &mut Option<Option<T>>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        #[allow(clippy::redundant_pattern_matching)]
        if let Some(_) = slot {
            return Err(de::Error::duplicate_field(name));
        }
        let strict = !T::NULLABLE && !correct::lenient();
        *slot = Some(map.next_value_seed(OrNull::<T>(strict, PhantomData))?);
        if let (Some(None), false) = (&*slot, T::NULLABLE) {
            correct::record(name, CorrectionKind::NullField);
        }
        Ok(())
    }

    /// An optional value: `null` is `None`, unless strict (`T` reads it).
    struct OrNull<T>(bool, PhantomData<T>);

    impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for OrNull<T> {
        type Value = Option<T>;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
            if self.0 {
                match T::deserialize(deserializer) {
                    Ok(value) => Ok(Some(value)),
                    Err(e) => Err(e),
                }
            } else {
                Option::<T>::deserialize(deserializer)
            }
        }
    }

    /// The value; absent (or a corrected `null`) is `None`.
    pub fn build<T>(slot: Option<Option<T>>) -> Option<T> {
        slot.flatten()
    }

    /// Entries written: one when `Some`.
    pub fn count<T>(value: &Option<T>) -> usize {
        usize::from(value.is_some())
    }

    /// Write the field when `Some`.
    pub fn write<S: SerializeStruct, T: Serialize>(
        sink: &mut Sink<S>,
        name: &'static str,
        value: &Option<T>,
        _since: &[&str],
    ) {
        match value {
            Some(value) => sink.entry(name, value),
            None => sink.skip(name),
        }
    }
}

/// An optional field that may be `null`: absent is `None`, `null` is
/// `Some(None)` (or `Some(Value::Null)` for untyped fields). The slot is the
/// field as it is (`req`'s identity `build`), written like `opt`.
pub mod opt_null {
    pub use super::opt::{count, write};
    /// Read the value as the field's type reads it (`null` included).
    pub use super::read;
    pub use super::req::build;
}

/// `Deserialize` for a `redirect_uris` list in either wire form.
pub struct Urls<T>(pub Vec<T>);

impl<'de, T: de::DeserializeOwned> Deserialize<'de> for Urls<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::compat::deserialize_urls(deserializer).map(Urls)
    }
}

impl<T: FieldType> FieldType for Urls<T> {
    const SHAPE: &'static Shape = <Vec<T> as FieldType>::SHAPE;

    fn zero() -> Option<Self> {
        Some(Urls(Vec::new()))
    }
}

/// `Serialize` for a `redirect_uris` list in the target version's form.
struct UrlsOut<'a, T> {
    value: &'a [T],
    since: &'a str,
}

impl<T: Serialize> Serialize for UrlsOut<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::compat::serialize_urls(self.value, self.since, serializer)
    }
}

/// A required `redirect_uris` list.
pub mod urls {
    use super::*;

    /// Read the list in either form.
    pub use super::read;

    /// The list (its presence was checked before).
    pub fn build<T>(value: Urls<T>) -> Vec<T> {
        value.0
    }

    /// Entries written: always one.
    pub fn count<T>(_value: &[T]) -> usize {
        1
    }

    /// Write the list in the form of the target version (`since`: the
    /// version that changed the form).
    pub fn write<S: SerializeStruct, T: Serialize>(
        sink: &mut Sink<S>,
        name: &'static str,
        value: &[T],
        since: &[&str],
    ) {
        let since = since.first().copied().unwrap_or_default();
        sink.entry(name, &UrlsOut { value, since })
    }
}

/// An optional `redirect_uris` list.
pub mod urls_opt {
    use super::*;

    /// Read the list in either form; `null` as `opt` reads it.
    pub use super::opt::read;

    /// The list; absent (or a corrected `null`) is `None`.
    pub fn build<T>(slot: Option<Option<Urls<T>>>) -> Option<Vec<T>> {
        match slot {
            Some(Some(urls)) => Some(urls.0),
            _ => None,
        }
    }

    /// Entries written: one when `Some`.
    pub fn count<T>(value: &Option<Vec<T>>) -> usize {
        usize::from(value.is_some())
    }

    /// Write the list in the form of the target version, when `Some`.
    pub fn write<S: SerializeStruct, T: Serialize>(
        sink: &mut Sink<S>,
        name: &'static str,
        value: &Option<Vec<T>>,
        since: &[&str],
    ) {
        match value {
            Some(value) => super::urls::write(sink, name, value, since),
            None => sink.skip(name),
        }
    }
}

/// A struct, and `Serialize`, `Deserialize` and [`Object`] for it:
///
/// ```text
/// object! {
///     /// Docs and attributes of the struct.
///     #[derive(Clone, Debug, PartialEq)]
///     pub struct Name {
///         /// Docs of the field.
///         pub field: String => 0 "wire" req,
///         pub other: Vec<Url> => 1 "other" urls("2024.12"),
///         pub more: Option<i64> => 2 "more" opt,
///     }
///     required(0 field, 1 other)
///     rest(additional_properties: BTreeMap<String, Value>)
///     shapes(1 seq)
/// }
/// ```
///
/// After `=>`: the field's index, wire name and mode (see the [module
/// documentation](self)). The optional `shapes` lists the fields whose
/// values hold structs inside arrays or maps, and where (`seq`, `map`,
/// `seq_map`, ...: see `correct::shapes`; for the paths of corrections). `required` lists the `req` and `urls` fields;
/// the optional `rest` adds a map field that keeps every other key, the
/// optional `seq(field)` an [array form](self#array-form). The generator
/// writes the indices and the `required` list, which keeps the expansion
/// small: one integer `match` and one presence check (and, in a lenient
/// decode that misses a required field, one fill per required field).
///
/// The struct also gets [`FieldType`]. With `zero(required)` last (the
/// generator writes it for the structs held by value in required fields),
/// its zero value has every required field's zero value and every optional
/// field `None`; without, it has none (a lenient decode never asks for it).
///
/// Paths in the expansion start with `super::runtime`: invoke it from a
/// module beside `runtime` (the generated `models`).
// A schema without objects leaves the macro unused.
#[allow(unused_macros)]
#[cfg_attr(runtime_crate, macro_export)]
macro_rules! object {
    (@has_rest) => { false };
    (@has_rest $rest:ident) => { true };
    (@serialize $name:ident { $($field:ident $wire:literal $mode:ident $(($since:literal))?),* }) => {
        impl super::runtime::deps::serde::Serialize for $name {
            fn serialize<S: super::runtime::deps::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                #[allow(unused_mut)]
                let mut sink = super::runtime::object::serialize_struct(
                    serializer,
                    stringify!($name),
                    0 $(+ super::runtime::object::$mode::count(&self.$field))*,
                )?;
                $(super::runtime::object::$mode::write(&mut sink, $wire, &self.$field, &[$($since)?]);)*
                sink.end()
            }
        }
    };
    (@serialize $name:ident { $($field:ident $wire:literal $mode:ident $(($since:literal))?),* } $rest:ident) => {
        impl super::runtime::deps::serde::Serialize for $name {
            fn serialize<S: super::runtime::deps::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                let mut sink = super::runtime::object::serialize_map(serializer)?;
                $(super::runtime::object::$mode::write(&mut sink, $wire, &self.$field, &[$($since)?]);)*
                super::runtime::object::end_with_rest(sink, &self.$rest)
            }
        }
    };
    (@deserialize $name:ident) => {
        impl<'de> super::runtime::deps::serde::Deserialize<'de> for $name {
            fn deserialize<D: super::runtime::deps::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                super::runtime::object::deserialize(deserializer)
            }
        }
    };
    (@deserialize $name:ident $seq:ident) => {
        impl<'de> super::runtime::deps::serde::Deserialize<'de> for $name {
            fn deserialize<D: super::runtime::deps::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                super::runtime::object::deserialize_any(deserializer)
            }
        }
    };
    (@zero $name:ident { $($field:ident)* } { $($rest:ident)? }) => {
        impl super::runtime::correct::FieldType for $name {
            #[inline]
            fn zero() -> ::core::option::Option<Self> {
                ::core::option::Option::None
            }
        }
    };
    (@zero $name:ident { $($field:ident)* } { $($rest:ident)? } required) => {
        impl super::runtime::correct::FieldType for $name {
            #[inline]
            fn zero() -> ::core::option::Option<Self> {
                super::runtime::correct::zero_of::<Self>()
            }
        }
    };
    (@visit_seq) => {};
    (@visit_seq $seq:ident) => {
        fn visit_seq<'de, A: super::runtime::deps::serde::de::SeqAccess<'de>>(seq: A) -> ::core::result::Result<Self, A::Error> {
            super::runtime::deps::serde::Deserialize::deserialize(super::runtime::deps::serde::de::value::SeqAccessDeserializer::new(seq)).map(|value| Self {
                $seq: ::core::option::Option::Some(value),
                ..::core::default::Default::default()
            })
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: $ty:ty => $index:literal $wire:literal $mode:ident $(($since:literal))?
            ),* $(,)?
        }
        required($($req_index:literal $req:ident),* $(,)?)
        $(rest($rest:ident: $rest_ty:ty))?
        $(seq($seq:ident))?
        $(zero($zero:ident))?
        $(shapes($($shape_index:literal $shape:ident),* $(,)?))?
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: $ty,
            )*
            $(
                /// Properties beyond the ones listed above.
                pub $rest: $rest_ty,
            )?
        }

        super::runtime::object!(@serialize $name { $($field $wire $mode $(($since))?),* } $($rest)?);
        super::runtime::object!(@deserialize $name $($seq)?);

        super::runtime::object!(@zero $name { $($field)* } { $($rest)? } $($zero)?);

        impl super::runtime::object::Object for $name {
            const NAME: &'static str = stringify!($name);
            const FIELDS: &'static [&'static str] = &[$($wire),*];
            const SHAPES: &'static [(usize, &'static super::runtime::correct::Shape)] =
                &[$($(($shape_index, super::runtime::correct::shapes::$shape)),*)?];
            const REST: bool = super::runtime::object!(@has_rest $($rest)?);

            // The fields' values are locals named like the fields.
            #[allow(clippy::disallowed_names, clippy::many_single_char_names)]
            fn visit<'de, A: super::runtime::deps::serde::de::MapAccess<'de>>(mut map: A) -> ::core::result::Result<Self, A::Error> {
                // A frame for the paths of corrections (lenient decodes
                // only; one that fails is discarded with its decode).
                let pushed = super::runtime::correct::enter(Self::NAME);
                $(let mut $field = ::core::option::Option::None;)*
                $(let mut $rest = ::std::collections::BTreeMap::new();)?
                while let ::core::option::Option::Some(key) = super::runtime::object::next_key::<Self, A>(&mut map)? {
                    match key {
                        $(super::runtime::object::Key::Field($index) => super::runtime::object::$mode::read(&mut map, &mut $field, $wire),)*
                        $(super::runtime::object::Key::Other(key) => {
                            super::runtime::deps::serde::de::MapAccess::next_value(&mut map).map(|value| {
                                $rest.insert(key, value);
                            })
                        })?
                        #[allow(unreachable_patterns)]
                        _ => super::runtime::object::skip(&mut map),
                    }?;
                }
                // A lenient decode (the one that pushed a frame) fills
                // absent required fields in.
                if pushed {
                    $(super::runtime::object::fill(&mut $req, Self::FIELDS, $req_index);)*
                }
                #[allow(unreachable_patterns)]
                let ($($req,)*) = match ($($req,)*) {
                    ($(::core::option::Option::Some($req),)*) => ($($req,)*),
                    ($($req,)*) => {
                        return ::core::result::Result::Err(super::runtime::object::missing::<A::Error>(Self::FIELDS, &[$(($req.is_none(), $req_index)),*]));
                    }
                };
                super::runtime::correct::leave(pushed);
                ::core::result::Result::Ok(Self {
                    $($field: super::runtime::object::$mode::build($field),)*
                    $($rest,)?
                })
            }

            super::runtime::object!(@visit_seq $($seq)?);
        }
    };
}

#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use object;
