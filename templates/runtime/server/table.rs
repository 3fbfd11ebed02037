//! The API as data: operations and types, read once from the JSON table the
//! generator writes beside the server code (`src/server/api.json`).
//!
//! The server validates requests against it ([`super::validate`],
//! `super::params`); implementations (the fake authentik) read it to find
//! CRUD viewsets and to build schema-valid example values ([`Api::example`]).
//! Keeping this as data rather than generated code is what keeps the
//! `server` feature quick to compile.

use serde::Deserialize;
use serde_json::{Map, Value};

/// The whole table.
#[derive(Debug, Deserialize)]
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
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
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
#[derive(Debug, Deserialize)]
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

impl Operation {
    /// Whether a caller without credentials may call it.
    pub fn allows_anonymous(&self) -> bool {
        self.security.is_empty() || self.security.iter().any(|alt| alt.is_empty())
    }

    /// The first documented 2xx response.
    pub fn success(&self) -> Option<&Response> {
        self.responses.iter().find(|r| r.status.starts_with('2'))
    }
}

/// Where a parameter is read from.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    Path,
    Query,
    Header,
}

/// One parameter.
#[derive(Debug, Deserialize)]
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
    #[serde(default)]
    pub deep: bool,
    #[serde(default)]
    pub constraints: Constraints,
}

fn comma() -> String {
    ",".to_string()
}

/// A request body.
#[derive(Debug, Deserialize)]
pub struct Body {
    pub required: bool,
    /// One entry per accepted media type.
    pub content: Vec<Content>,
}

/// A media type and its schema.
#[derive(Debug, Deserialize)]
pub struct Content {
    pub media_type: String,
    pub ty: Option<Ty>,
}

/// One documented response.
#[derive(Debug, Deserialize)]
pub struct Response {
    /// `200`, `204`, `400` ...
    pub status: String,
    pub content: Vec<Content>,
}

impl Response {
    /// The JSON body type, if the response has one.
    pub fn json_type(&self) -> Option<&Ty> {
        self.content
            .iter()
            .find(|c| is_json(&c.media_type))
            .and_then(|c| c.ty.as_ref())
    }
}

/// `application/json` and `*+json`.
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence == "application/json" || essence.ends_with("+json")
}

/// A named type.
#[derive(Debug, Deserialize)]
pub struct TypeInfo {
    /// The schema name.
    pub name: String,
    pub kind: Kind,
}

/// What a named type is.
#[derive(Debug, Deserialize)]
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
#[derive(Debug, Deserialize)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
    #[serde(default)]
    pub default: Option<Value>,
    #[serde(default)]
    pub constraints: Constraints,
}

/// A member of a `oneOf`.
#[derive(Debug, Deserialize)]
pub struct Variant {
    /// Tag values selecting it (discriminated unions).
    pub tags: Vec<String>,
    pub ty: Ty,
}

/// Validation keywords.
#[derive(Clone, Debug, Default, Deserialize)]
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

/// A type expression (the generator's `TypeRef`).
#[derive(Clone, Debug, Deserialize, PartialEq)]
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

/// How deep [`Api::example`] follows nested types before it stops at the
/// smallest value a type allows.
const EXAMPLE_DEPTH: usize = 6;

impl Api {
    /// Parse the table (the generated `api.json`).
    pub fn from_json(text: &str) -> Result<Api, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The operation with this id.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations
            .binary_search_by(|op| op.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.operations[i])
    }

    /// The named type behind a (possibly aliased) type expression.
    pub fn resolve<'a>(&'a self, ty: &'a Ty) -> &'a Ty {
        let mut ty = ty;
        for _ in 0..16 {
            match ty {
                Ty::Named(i) => match &self.types.get(*i).map(|t| &t.kind) {
                    Some(Kind::Alias { ty: inner }) => ty = inner,
                    _ => return ty,
                },
                Ty::Versioned(inner) => ty = inner,
                _ => return ty,
            }
        }
        ty
    }

    /// The fields of a struct type (after aliases), if it is one.
    pub fn fields(&self, ty: &Ty) -> Option<&[Field]> {
        match self.resolve(ty) {
            Ty::Named(i) => match &self.types.get(*i)?.kind {
                Kind::Struct { fields, .. } => Some(fields),
                _ => None,
            },
            _ => None,
        }
    }

    /// A value of type `ty` that the schema accepts: every required field
    /// (and every field with a default) filled, strings as long as
    /// `minLength` asks, numbers inside their bounds, the first value of an
    /// enum, the first variant of a union (its tag set).
    pub fn example(&self, ty: &Ty) -> Value {
        self.example_at(ty, &Constraints::default(), 0)
    }

    /// [`Api::example`] of a value that must also meet `constraints` (a
    /// field's: length, bounds, pattern, format).
    pub fn example_with(&self, ty: &Ty, constraints: &Constraints) -> Value {
        self.example_at(ty, constraints, 0)
    }

    fn example_at(&self, ty: &Ty, c: &Constraints, depth: usize) -> Value {
        if depth > 4 * EXAMPLE_DEPTH {
            // Only a schema whose required fields recurse without end gets here.
            return Value::Null;
        }
        match ty {
            Ty::String if c.format.as_deref() == Some("uri") => {
                Value::String("https://example.com/".into())
            }
            Ty::String if c.format.as_deref() == Some("email") => {
                Value::String("user@example.com".into())
            }
            Ty::String | Ty::Binary => {
                let mut s = String::from("string");
                let min = c.min_length.unwrap_or(0) as usize;
                while s.len() < min {
                    s.push('s');
                }
                if let Some(max) = c.max_length {
                    s.truncate(max as usize);
                }
                Value::String(s)
            }
            Ty::Boolean => Value::Bool(false),
            Ty::Integer(width) => {
                let mut n: i64 = 0;
                if let Some(min) = c.minimum {
                    n = n.max(min.ceil() as i64);
                }
                if let Some(max) = c.maximum {
                    n = n.min(max.floor() as i64);
                }
                if width.starts_with('u') {
                    n = n.max(0);
                }
                Value::from(n)
            }
            Ty::Number => {
                let mut n = 0.0f64;
                if let Some(min) = c.minimum {
                    n = n.max(min);
                }
                if let Some(max) = c.maximum {
                    n = n.min(max);
                }
                serde_json::Number::from_f64(n)
                    .map(Value::Number)
                    .unwrap_or(Value::from(0))
            }
            Ty::Uuid => Value::String("00000000-0000-4000-8000-000000000000".into()),
            Ty::DateTime => Value::String("2026-01-01T00:00:00Z".into()),
            Ty::Date => Value::String("2026-01-01".into()),
            Ty::Json => Value::Object(Map::new()),
            Ty::Array(item) => {
                let n = c.min_items.unwrap_or(0).min(2) as usize;
                let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
                Value::Array(
                    (0..n)
                        .map(|_| self.example_at(item, &item_constraints, depth + 1))
                        .collect(),
                )
            }
            Ty::Map(_) => Value::Object(Map::new()),
            Ty::Nullable(inner) | Ty::Versioned(inner) => self.example_at(inner, c, depth),
            Ty::Named(i) => match self.types.get(*i).map(|t| &t.kind) {
                None => Value::Null,
                Some(Kind::Alias { ty }) => self.example_at(ty, c, depth),
                Some(Kind::Enum { values }) => values
                    .first()
                    .map(|v| Value::String(v.clone()))
                    .unwrap_or(Value::Null),
                Some(Kind::Union {
                    discriminator,
                    variants,
                }) => {
                    // The first variant whose example no other variant
                    // accepts (JSON Schema's `oneOf` ignores the tag), else
                    // the first variant.
                    let examples: Vec<Value> = variants
                        .iter()
                        .map(|variant| {
                            let mut value = self.example_at(&variant.ty, c, depth + 1);
                            if let (Some(tag), Some(first), Value::Object(map)) =
                                (discriminator, variant.tags.first(), &mut value)
                            {
                                map.insert(tag.clone(), Value::String(first.clone()));
                            }
                            value
                        })
                        .collect();
                    let unique = examples.iter().enumerate().position(|(i, value)| {
                        variants.iter().enumerate().all(|(j, other)| {
                            i == j
                                || super::validate::check(
                                    self,
                                    &other.ty,
                                    value,
                                    &Constraints::default(),
                                )
                                .is_some()
                        })
                    });
                    examples
                        .into_iter()
                        .nth(unique.unwrap_or(0))
                        .unwrap_or(Value::Null)
                }
                Some(Kind::Struct { fields, .. }) => {
                    let mut map = Map::new();
                    for field in fields {
                        if !field.required && field.default.is_none() {
                            continue;
                        }
                        let value = match (&field.default, depth >= EXAMPLE_DEPTH) {
                            (Some(default), _) if !default.is_null() || field.nullable => {
                                default.clone()
                            }
                            (_, true) if field.nullable => Value::Null,
                            _ => self.example_at(&field.ty, &field.constraints, depth + 1),
                        };
                        map.insert(field.name.clone(), value);
                    }
                    Value::Object(map)
                }
            },
        }
    }
}
