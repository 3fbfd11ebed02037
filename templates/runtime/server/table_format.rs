//! The format of the server's table (`src/server/api.json`): declared once,
//! here. The generator builds these types and serialises them (it includes
//! this file as a module); the runtime deserialises them
//! ([`super::table`] adds the methods). A field added on one side is
//! added on the other, so the two cannot disagree.
//!
//! Types keep their arena index, so `{"named": 12}` is `types[12]`.

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
    pub id: String,
    pub tag: String,
    /// `GET`, `POST` ...
    pub method: String,
    /// The path template below the server path (`/core/users/{id}/`).
    pub path: String,
    /// Alternatives, each a list of scheme names that must all hold; an
    /// empty alternative allows anonymous access.
    pub security: Vec<Vec<String>>,
    /// Path parameters in path order, then the others.
    pub params: Vec<Param>,
    pub body: Option<Body>,
    /// Sorted by status.
    pub responses: Vec<Response>,
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
    pub name: String,
    #[serde(rename = "in")]
    pub location: Location,
    pub ty: Ty,
    pub required: bool,
    /// Arrays: repeated keys (`true`) or one comma-separated value.
    pub explode: bool,
    /// The separator of a non-exploded array (`,`, ` `, `|`).
    #[serde(default = "comma")]
    pub separator: String,
    /// Style `deepObject`: an object sent as `name[key]=value` pairs.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deep: bool,
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
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
    pub required: bool,
    /// One entry per accepted media type.
    pub content: Vec<Content>,
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
    /// `200`, `204`, `400` ...
    pub status: String,
    pub content: Vec<Content>,
}

/// A named type.
#[derive(Debug, Deserialize, Serialize)]
pub struct TypeInfo {
    /// The schema name.
    pub name: String,
    pub kind: Kind,
}

/// What a named type is.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Struct {
        fields: Vec<Field>,
        additional: Option<Ty>,
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
    pub name: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
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
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub pattern: Option<String>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    /// `uri` or `email`: checked on strings.
    #[serde(default)]
    pub format: Option<String>,
    /// The constraints of an array's items.
    #[serde(default)]
    pub items: Option<Box<Constraints>>,
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
