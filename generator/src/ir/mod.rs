//! The intermediate representation: the one contract between front-ends
//! (`source::*`) and back-ends (`emit::*`).
//!
//! Types live in an arena ([`Api::types`]) and refer to each other by
//! [`TypeId`]. The IR carries the *schema* names (`origin`), never Rust
//! identifiers: those are chosen when rendering, by `naming`.
//!
//! Invariants every front-end upholds (checked by `Api::validate` in debug
//! builds and by the tests):
//! - every `TypeId` stored anywhere indexes into `types`;
//! - `components` is sorted by schema name, `operations` by operation id;
//! - struct fields are sorted by wire name, enum values keep schema order;
//! - no `allOf` survives lowering: single-`$ref` wrappers are collapsed into
//!   the referencing field (keeping the wrapper's description, nullability,
//!   read-only flag and default).

mod operation;
mod outline;
mod visit;

pub use operation::*;
pub use outline::outline;

use std::collections::BTreeMap;

/// Index of a type in [`Api::types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

impl TypeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A whole API, as read from one spec (or several versions folded together).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Api {
    pub info: ApiInfo,
    /// The arena. Component schemas and hoisted inline types alike.
    pub types: Vec<TypeDef>,
    /// Component schema name -> type, sorted by name.
    pub components: BTreeMap<String, TypeId>,
    /// Operations sorted by operation id.
    pub operations: Vec<Operation>,
    /// Security schemes by name.
    pub security_schemes: BTreeMap<String, SecurityScheme>,
    /// Server URLs (the first is the default base path, e.g. `/api/v3/`).
    pub servers: Vec<String>,
    /// Where the server tells its version, if a patch says so.
    pub version_probe: Option<VersionProbe>,
    /// The versions folded into this API (`info.version` of each input),
    /// oldest first; empty for a single input.
    pub versions: Vec<String>,
    /// What the front-end read differently from what the input says, or left
    /// out (`file#/pointer: message`): reported, never silent.
    pub warnings: Vec<String>,
}

impl Api {
    /// Whether an item present in `versions` (empty: in all of them) is
    /// gone from the newest input: it is kept for older servers, deprecated.
    pub fn removed(&self, versions: &[String]) -> bool {
        !versions.is_empty()
            && self
                .versions
                .last()
                .is_some_and(|newest| !versions.contains(newest))
    }

    /// "Since 2025.6.2.", "Until 2025.6.2 (removed in 2026.11.0-rc1).",
    /// "In 2024.12.1 and 2025.6.2 only.": in which input versions an item
    /// present in `versions` exists; `None` when in all of them.
    pub fn presence_note(&self, versions: &[String]) -> Option<String> {
        let all = &self.versions;
        if versions.is_empty() || all.is_empty() || versions.len() == all.len() {
            return None;
        }
        let index = |v: &String| all.iter().position(|a| a == v);
        let mut positions: Vec<usize> = versions.iter().filter_map(index).collect();
        positions.sort_unstable();
        let (Some(&first), Some(&last)) = (positions.first(), positions.last()) else {
            return None;
        };
        let contiguous = last - first + 1 == positions.len();
        Some(if !contiguous {
            let names: Vec<&str> = positions.iter().map(|&i| all[i].as_str()).collect();
            format!("In {} only.", names.join(", "))
        } else if last == all.len() - 1 {
            format!("Since {}.", all[first])
        } else if first == 0 {
            format!("Until {} (removed in {}).", all[last], all[last + 1])
        } else if first == last {
            format!("In {} only (removed in {}).", all[first], all[last + 1])
        } else {
            format!(
                "In {} to {} only (removed in {}).",
                all[first],
                all[last],
                all[last + 1]
            )
        })
    }
}

impl Api {
    pub fn get(&self, id: TypeId) -> &TypeDef {
        &self.types[id.index()]
    }

    pub fn get_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self.types[id.index()]
    }

    /// Add a type to the arena and return its id.
    pub fn push(&mut self, def: TypeDef) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(def);
        id
    }

    /// All type ids, in arena order.
    pub fn ids(&self) -> impl Iterator<Item = TypeId> {
        (0..self.types.len() as u32).map(TypeId)
    }

    /// Every named type (components and hoisted inline types) by schema name.
    pub fn by_schema_name(&self) -> BTreeMap<&str, TypeId> {
        self.ids()
            .map(|id| (self.get(id).origin.schema_name(), id))
            .collect()
    }

    /// A readable, version-independent description of a type reference
    /// (named types by schema name), e.g. `array<RedirectURI>`. Two
    /// references from different `Api`s are the same type iff their
    /// descriptions are equal.
    pub fn describe(&self, ty: &TypeRef) -> String {
        describe_with(ty, &|id| self.get(id).origin.schema_name())
    }
}

/// [`Api::describe`]'s words for a type reference, with named types as
/// `name` calls them (the IR outline tells apart types that share a schema
/// name).
pub(crate) fn describe_with<'a>(ty: &TypeRef, name: &dyn Fn(TypeId) -> &'a str) -> String {
    let inner = |ty: &TypeRef| describe_with(ty, name);
    match ty {
        TypeRef::Named(id) => name(*id).to_string(),
        TypeRef::String => "string".into(),
        TypeRef::Binary => "binary".into(),
        TypeRef::Boolean => "boolean".into(),
        TypeRef::Integer(w) => format!("integer({w:?})").to_lowercase(),
        TypeRef::Number => "number".into(),
        TypeRef::Uuid => "uuid".into(),
        TypeRef::DateTime => "date-time".into(),
        TypeRef::LenientDateTime => "date-time (lenient)".into(),
        TypeRef::FieldErrors => "field-errors".into(),
        TypeRef::Date => "date".into(),
        TypeRef::Json => "any".into(),
        TypeRef::Array(item) => format!("array<{}>", inner(item)),
        TypeRef::Map(value) => format!("map<{}>", inner(value)),
        TypeRef::Nullable(value) => format!("{}?", inner(value)),
        TypeRef::Versioned(value) => format!("versioned<{}>", inner(value)),
    }
}

/// `info` of the spec.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApiInfo {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
}

/// Where a type comes from. Used for naming and for messages.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// `#/components/schemas/<name>`.
    Component(String),
    /// An inline schema that needs a name of its own (an object or an enum
    /// nested in a property, a parameter or a body). `hint` is a readable
    /// schema-style name built from the path, e.g. `AuthenticatedSessionUserAgent`.
    Inline { hint: String },
}

impl Origin {
    /// The schema-level name this type is known by.
    pub fn schema_name(&self) -> &str {
        match self {
            Origin::Component(n) => n,
            Origin::Inline { hint } => hint,
        }
    }
}

/// One named type.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    pub origin: Origin,
    pub description: Option<String>,
    pub kind: TypeKind,
    /// Other schema names that are the same type (kept as Rust type aliases).
    pub aliases: Vec<String>,
    /// The input versions that have this component schema (set by
    /// `normalize::fold`); empty when every one does.
    pub versions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enum),
    Union(Union),
    /// A named schema that is just another type (`type: string`, an array, a map ...).
    Alias(TypeRef),
}

/// An object with known properties.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Struct {
    /// Sorted by wire name.
    pub fields: Vec<Field>,
    /// `additionalProperties` beside the known properties, if any.
    pub additional: Option<Box<TypeRef>>,
    /// Set by a patch: the struct may also arrive as a JSON array, which is
    /// the value of this field (by wire name); every other field is then
    /// absent (DRF's list-form `ValidationError`).
    pub array_form: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The JSON property name.
    pub name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub description: Option<String>,
    pub default: Option<serde_json::Value>,
    pub constraints: Constraints,
    pub deprecated: bool,
    /// Set by `normalize::cycles`: the field must be boxed to break a
    /// by-value cycle between types.
    pub boxed: bool,
    /// Set by `normalize::fold`: an older wire form this field still reads
    /// (and writes when the target server predates the change).
    pub legacy: Option<LegacyForm>,
    /// Set by `normalize::fold`: how this field differs across the input
    /// versions, one line each (for the docs).
    pub history: Vec<String>,
}

/// An older wire form of a field, kept readable and writable.
#[derive(Clone, Debug, PartialEq)]
pub enum LegacyForm {
    /// A newline-separated string of URLs, before it became an array of
    /// `{matching_mode, url}` objects (`redirect_uris`, authentik 2024.12).
    /// `since` is the first version with the array form.
    NewlineSeparatedUrls { since: String },
}

/// Validation keywords carried for docs and server-side validation.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Constraints {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub pattern: Option<String>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    /// A string `format` the Rust type does not carry (`uri`, `email`),
    /// checked by the generated server.
    pub format: Option<String>,
    /// The constraints of an array's items.
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// A closed set of string values (rendered forward compatible: unknown
/// values are kept, not rejected).
#[derive(Clone, Debug, PartialEq)]
pub struct Enum {
    /// Wire values in schema order, deduplicated.
    pub values: Vec<String>,
}

/// A `oneOf` of named types.
#[derive(Clone, Debug, PartialEq)]
pub struct Union {
    /// `Some` for a discriminated union: the tag property and, for each
    /// variant, its tag value. `None`: untagged, tried in order.
    pub discriminator: Option<String>,
    pub variants: Vec<Variant>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// Tag values that select this variant (discriminated unions; the first
    /// is written when serialising). Empty for untagged unions.
    pub tags: Vec<String>,
    pub ty: TypeRef,
}

/// A use-site type expression.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeRef {
    Named(TypeId),
    String,
    /// `format: binary`.
    Binary,
    Boolean,
    Integer(IntWidth),
    /// `type: number` (`f64`; `float` format still maps to `f64`).
    Number,
    Uuid,
    DateTime,
    /// Set by a patch (`normalize::patch`): a date-time whose other wire
    /// forms (without offset, Unix seconds) are a documented quirk of the
    /// server, read without a correction.
    LenientDateTime,
    Date,
    /// Set by a patch: Django REST framework's validation messages for one
    /// field (a list of messages, or nested per field or item).
    FieldErrors,
    /// Any JSON value (no type, or `{}`).
    Json,
    Array(Box<TypeRef>),
    /// A JSON object with string keys and values of one type.
    Map(Box<TypeRef>),
    /// A nullable item inside an array or map (fields carry nullability themselves).
    Nullable(Box<TypeRef>),
    /// Set by `normalize::fold`: the newest version's type, or (from an
    /// older server whose schema had another type here) the raw JSON.
    Versioned(Box<TypeRef>),
}

/// Integer width, picked from `format` and `minimum`/`maximum`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum IntWidth {
    I32,
    I64,
    U32,
    U64,
}
