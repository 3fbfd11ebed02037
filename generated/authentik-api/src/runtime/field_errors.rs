//! Django REST framework's validation messages for one field, nested as DRF
//! nests them.
//!
//! A `400` body of a DRF API is an object from field names to what is wrong
//! with each: a list of messages (`{"username": ["This field must be
//! unique."]}`), an object for a nested serializer (`{"flags": {"x":
//! [...]}}`), or a list with one entry per item of a list field (`[{},
//! {"url": ["Enter a valid URL."]}]`, `{}` for the valid items).

use super::correct::FieldType;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// What is wrong with one field of a request.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldErrors {
    /// Messages about the field itself.
    Messages(Vec<String>),
    /// One message, sent as a string rather than a list (`{"detail": "..."}`).
    Message(String),
    /// A nested object: its fields' errors.
    Fields(BTreeMap<String, FieldErrors>),
    /// A list: the errors of each item, in order (empty for valid items).
    Items(Vec<FieldErrors>),
    /// Any other JSON, kept verbatim.
    Other(Value),
}

impl FieldErrors {
    /// Every message, nested ones included, in order.
    pub fn messages(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            FieldErrors::Messages(messages) => out.extend(messages.iter().map(String::as_str)),
            FieldErrors::Message(message) => out.push(message),
            FieldErrors::Fields(fields) => fields.values().for_each(|f| f.collect(out)),
            FieldErrors::Items(items) => items.iter().for_each(|i| i.collect(out)),
            FieldErrors::Other(_) => {}
        }
    }

    /// The errors of a nested field (`Fields`), by name.
    pub fn field(&self, name: &str) -> Option<&FieldErrors> {
        match self {
            FieldErrors::Fields(fields) => fields.get(name),
            _ => None,
        }
    }

    /// Whether there is nothing wrong (an empty entry of a list).
    pub fn is_empty(&self) -> bool {
        match self {
            FieldErrors::Messages(messages) => messages.is_empty(),
            FieldErrors::Message(message) => message.is_empty(),
            FieldErrors::Fields(fields) => fields.values().all(FieldErrors::is_empty),
            FieldErrors::Items(items) => items.iter().all(FieldErrors::is_empty),
            FieldErrors::Other(value) => value.is_null(),
        }
    }

    fn from_value(value: Value) -> FieldErrors {
        match value {
            Value::String(message) => FieldErrors::Message(message),
            Value::Array(items) if items.iter().all(Value::is_string) => FieldErrors::Messages(
                items
                    .into_iter()
                    .filter_map(|item| match item {
                        Value::String(s) => Some(s),
                        _ => None,
                    })
                    .collect(),
            ),
            Value::Array(items) => {
                FieldErrors::Items(items.into_iter().map(FieldErrors::from_value).collect())
            }
            Value::Object(fields) => FieldErrors::Fields(
                fields
                    .into_iter()
                    .map(|(k, v)| (k, FieldErrors::from_value(v)))
                    .collect(),
            ),
            other => FieldErrors::Other(other),
        }
    }
}

impl fmt::Display for FieldErrors {
    /// The messages, separated by spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.messages().join(" "))
    }
}

impl FieldType for FieldErrors {
    fn zero() -> Option<Self> {
        Some(FieldErrors::Messages(Vec::new()))
    }
}

impl Serialize for FieldErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldErrors::Messages(messages) => messages.serialize(serializer),
            FieldErrors::Message(message) => message.serialize(serializer),
            FieldErrors::Fields(fields) => fields.serialize(serializer),
            FieldErrors::Items(items) => items.serialize(serializer),
            FieldErrors::Other(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FieldErrors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(FieldErrors::from_value)
    }
}
