//! The API as data: operations and types, read once from the JSON table the
//! generator writes beside the server code (`src/server/api.json`).
//!
//! The server validates requests against it ([`super::validate`],
//! `super::params`); implementations (the fake authentik) read it to find
//! CRUD viewsets and to build schema-valid example values (`Api::example`, in `example.rs`).
//! Keeping this as data rather than generated code is what keeps the
//! `server` feature quick to compile.

pub use super::table_format::{
    Api, Body, Constraints, Content, Field, Kind, Location, Operation, Param, Response, SchemeKind,
    Ty, TypeInfo, Variant,
};

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
}
