//! What authentik enforces that its schema does not say: fields that are
//! unique, query parameters that are required, and how it names a missing
//! object. Each rule names where a real server shows it
//! (`../shared/cassettes/real-authentik-2026.8.0-rc1/`) or the authentik
//! model it comes from.

use serde_json::{json, Map, Value};

use crate::rt::ServerError;

/// A field no two objects of a viewset may share, and DRF's message.
pub struct Unique {
    /// The schema name of the object type (`User`), or `*` for every type.
    pub ty: &'static str,
    /// Viewsets whose collection path starts with this (`/providers/`); `""`
    /// for any.
    pub under: &'static str,
    pub field: &'static str,
    /// `None`: Django's `"<model> with this <field> already exists."`,
    /// with `model` the verbose name of the model that declares the field.
    pub message: Option<&'static str>,
    pub model: &'static str,
}

/// authentik's unique fields besides each viewset's key (which the fake
/// keeps unique anyway).
pub const UNIQUE: &[Unique] = &[
    // `UserSerializer.username` has DRF's own `UniqueValidator` (errors
    // file: "POST users duplicate username").
    Unique {
        ty: "User",
        under: "",
        field: "username",
        message: Some("This field must be unique."),
        model: "user",
    },
    // `Group.name`, `Role.name`, `Brand.domain`: `unique=True` on the model.
    Unique {
        ty: "Group",
        under: "",
        field: "name",
        message: None,
        model: "group",
    },
    Unique {
        ty: "Role",
        under: "",
        field: "name",
        message: None,
        model: "role",
    },
    Unique {
        ty: "Brand",
        under: "",
        field: "domain",
        message: None,
        model: "brand",
    },
    // The base models `Provider`, `Stage`, `Policy`, `PropertyMapping`,
    // `Source` declare `name = TextField(unique=True)`.
    Unique {
        ty: "*",
        under: "/providers/",
        field: "name",
        message: None,
        model: "provider",
    },
    Unique {
        ty: "*",
        under: "/stages/",
        field: "name",
        message: None,
        model: "stage",
    },
    Unique {
        ty: "*",
        under: "/policies/",
        field: "name",
        message: None,
        model: "policy",
    },
    Unique {
        ty: "*",
        under: "/propertymappings/",
        field: "name",
        message: None,
        model: "property mapping",
    },
    Unique {
        ty: "*",
        under: "/sources/",
        field: "name",
        message: None,
        model: "source",
    },
];

/// The unique fields of a viewset at `collection` whose objects are `ty`.
pub fn unique_fields<'a>(
    collection: &'a str,
    ty: &'a str,
) -> impl Iterator<Item = &'static Unique> + 'a {
    UNIQUE
        .iter()
        .filter(move |u| (u.ty == "*" || u.ty == ty) && collection.starts_with(u.under))
}

impl Unique {
    /// The `400` for a value already taken.
    pub fn error(&self) -> ServerError {
        let message = match self.message {
            Some(message) => message.to_string(),
            None => format!("{} with this {} already exists.", self.model, self.field),
        };
        ServerError::BadRequest(json!({ self.field: [message] }))
    }
}

/// Query parameters authentik requires though the schema marks them
/// optional: operation id, parameter (get-sweep: `admin_file_used_by_list`
/// without `name` is `400 {"name": ["This field is required."]}`).
pub const REQUIRED_QUERY: &[(&str, &str)] = &[("admin_file_used_by_list", "name")];

/// The `400` for required query parameters missing from `params`.
pub fn missing_query(op: &str, params: &Map<String, Value>) -> Option<ServerError> {
    let mut errors = Map::new();
    for (_, name) in REQUIRED_QUERY.iter().filter(|(id, _)| *id == op) {
        if !params.contains_key(*name) {
            errors.insert(name.to_string(), json!(["This field is required."]));
        }
    }
    (!errors.is_empty()).then_some(ServerError::BadRequest(Value::Object(errors)))
}

/// DRF's `404` for a key no object has: `No <Model> matches the given
/// query.`, the model named as the object type is (`User`,
/// `OAuth2Provider`).
pub fn no_match(model: &str) -> ServerError {
    ServerError::Reply(crate::rt::Reply::detail(
        404,
        &format!("No {model} matches the given query."),
    ))
}
