//! The format of the server's table (`src/server/api.json`): declared once,
//! here. The generator builds these types and serialises them (it includes
//! this file as a module); the runtime deserialises them
//! ([`super::table`] adds the methods). A field added on one side is
//! added on the other, so the two cannot disagree.
//!
//! Types keep their arena index, so `{"named": 12}` is `types[12]`.
//!
//! Fields are declared in the order of their names (as serialised), so
//! that serialising a value writes its keys sorted, as `api.json` has them,
//! without going through `serde_json::Value` (the generator's
//! `every_item_serialises_with_sorted_keys` test checks it).

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The whole table.
#[derive(Debug, Deserialize, Serialize)]
pub struct Api {
    /// `info.version` of the schema.
    pub version: String,
    /// The first server's path without a trailing slash (`/api/v3`).
    pub server_path: String,
    /// Security scheme name -> how its credential is sent.
    pub schemes: Vec<(String, SchemeKind)>,
    /// Types by index ([`Ty::Named`]).
    pub types: Vec<TypeInfo>,
    /// Operations, sorted by id.
    pub operations: Vec<Operation>,
}

/// How a security scheme's credential is sent.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemeKind {
    /// `Authorization: <prefix> <credential>` (`Bearer`, `bearer+agent` ...).
    Authorization { prefix: String },
    /// A header carrying the credential as is.
    Header { name: String },
    /// A query parameter carrying the credential.
    Query { name: String },
}

/// One operation.
#[derive(Debug, Deserialize, Serialize)]
pub struct Operation {
    pub body: Option<Body>,
    pub id: String,
    /// `GET`, `POST` ...
    pub method: String,
    /// Path parameters in path order, then the others.
    pub params: Vec<Param>,
    /// The path template below the server path (`/core/users/{id}/`).
    pub path: String,
    /// Sorted by status.
    pub responses: Vec<Response>,
    /// Alternatives, each a list of scheme names that must all hold; an
    /// empty alternative allows anonymous access.
    pub security: Vec<Vec<String>>,
    pub tag: String,
}

/// Where a parameter is read from.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    Path,
    Query,
    Header,
}

/// One parameter.
#[derive(Debug, Deserialize, Serialize)]
pub struct Param {
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
    /// Style `deepObject`: an object sent as `name[key]=value` pairs.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deep: bool,
    /// Arrays: repeated keys (`true`) or one comma-separated value.
    pub explode: bool,
    #[serde(rename = "in")]
    pub location: Location,
    pub name: String,
    pub required: bool,
    /// The separator of a non-exploded array (`,`, ` `, `|`).
    #[serde(default = "comma")]
    pub separator: String,
    pub ty: Ty,
}

fn comma() -> String {
    ",".to_string()
}

fn is_false(b: &bool) -> bool {
    !b
}

/// A request body.
#[derive(Debug, Deserialize, Serialize)]
pub struct Body {
    /// One entry per accepted media type.
    pub content: Vec<Content>,
    pub required: bool,
}

/// A media type and its schema.
#[derive(Debug, Deserialize, Serialize)]
pub struct Content {
    pub media_type: String,
    pub ty: Option<Ty>,
}

/// One documented response.
#[derive(Debug, Deserialize, Serialize)]
pub struct Response {
    pub content: Vec<Content>,
    /// `200`, `204`, `400` ...
    pub status: String,
}

/// A named type.
#[derive(Debug, Deserialize, Serialize)]
pub struct TypeInfo {
    pub kind: Kind,
    /// The schema name.
    pub name: String,
}

/// What a named type is.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Struct {
        additional: Option<Ty>,
        fields: Vec<Field>,
    },
    Enum {
        values: Vec<String>,
    },
    Union {
        discriminator: Option<String>,
        variants: Vec<Variant>,
    },
    Alias {
        ty: Ty,
    },
}

/// A property of a struct.
#[derive(Debug, Deserialize, Serialize)]
pub struct Field {
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    pub name: String,
    pub nullable: bool,
    pub read_only: bool,
    pub required: bool,
    pub ty: Ty,
    pub write_only: bool,
}

/// A member of a `oneOf`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Variant {
    /// Tag values selecting it (discriminated unions).
    pub tags: Vec<String>,
    pub ty: Ty,
}

/// Validation keywords.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
pub struct Constraints {
    /// `uri` or `email`: checked on strings.
    #[serde(default)]
    pub format: Option<String>,
    /// The constraints of an array's items.
    #[serde(default)]
    pub items: Option<Box<Constraints>>,
    pub max_items: Option<u64>,
    pub max_length: Option<u64>,
    pub maximum: Option<f64>,
    pub min_items: Option<u64>,
    pub min_length: Option<u64>,
    pub minimum: Option<f64>,
    pub pattern: Option<String>,
}

impl Constraints {
    /// No keyword set.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// A type expression (the generator's `TypeRef`).
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ty {
    Named(usize),
    String,
    Binary,
    Boolean,
    /// `i32`, `i64`, `u32`, `u64`.
    Integer(String),
    Number,
    Uuid,
    DateTime,
    Date,
    Json,
    Array(Box<Ty>),
    Map(Box<Ty>),
    Nullable(Box<Ty>),
    Versioned(Box<Ty>),
}
