//! What authentik writes for the fields a request leaves out.
//!
//! A DRF serializer writes every readable field of an object, whether the
//! request set it or not: the model's default, a value the server assigns
//! (`client_id`, `uid`, timestamps), `null` or `[]` for a relation that is
//! not there. The schema carries none of these (drf-spectacular does not
//! export model defaults), so authentik's own are written down once, in
//! [`MODEL_DEFAULTS`]; every other field gets the empty value of its kind
//! ([`empty`]): `null` when it is nullable, `[]`, `{}`, `false`, `0`, `""`,
//! an enum's first value, a new UUID, the current time.

use crate::rt::{validate, Api, Field, Kind, Ty};
use serde_json::{Map, Value};

/// How a default is made.
#[derive(Clone, Copy, Debug)]
pub enum Fill {
    /// This JSON value.
    Json(&'static str),
    /// The current time (RFC 3339, microseconds, `Z`).
    Now,
    /// A random alphanumeric string of this length (`client_id`: 40).
    Alphanumeric(usize),
    /// A random lower-case hex string of this length (`User.uid`: 64).
    Hex(usize),
    /// This text with `{field}` replaced by the object's `field`
    /// (`/api/v3/flows/instances/{slug}/export/`).
    Format(&'static str),
    /// The primary key of the user the request authenticated as (the
    /// fake's one token belongs to `akadmin`).
    RequestUser,
}

/// authentik's model defaults and server-assigned values, by schema name
/// and field, as a real authentik 2026.8.0-rc1 writes them for an object
/// created with only its required fields (`../shared/cassettes`, `crud`;
/// `admin_settings_retrieve` of `get-sweep` for `Settings`).
pub const MODEL_DEFAULTS: &[(&str, &str, Fill)] = &[
    // authentik_core.User
    ("User", "is_active", Fill::Json("true")),
    ("User", "path", Fill::Json("\"users\"")),
    ("User", "type", Fill::Json("\"internal\"")),
    ("User", "uid", Fill::Hex(64)),
    ("User", "avatar", Fill::Json(AVATAR)),
    ("User", "groups_obj", Fill::Json("[]")),
    ("User", "roles_obj", Fill::Json("[]")),
    // authentik_core.Group
    ("Group", "users_obj", Fill::Json("[]")),
    // authentik_core.Application
    ("Application", "policy_engine_mode", Fill::Json("\"any\"")),
    // authentik_core.Token
    ("Token", "user", Fill::RequestUser),
    ("Token", "expires", Fill::Now),
    // authentik_brands.Brand
    ("Brand", "branding_title", Fill::Json("\"authentik\"")),
    (
        "Brand",
        "branding_logo",
        Fill::Json("\"/static/dist/assets/icons/icon_left_brand.svg\""),
    ),
    (
        "Brand",
        "branding_favicon",
        Fill::Json("\"/static/dist/assets/icons/icon.png\""),
    ),
    (
        "Brand",
        "branding_default_flow_background",
        Fill::Json("\"/static/dist/assets/images/flow_background.jpg\""),
    ),
    // authentik_flows.Flow
    ("Flow", "policy_engine_mode", Fill::Json("\"any\"")),
    ("Flow", "layout", Fill::Json("\"stacked\"")),
    ("Flow", "denied_action", Fill::Json("\"message_continue\"")),
    ("Flow", "authentication", Fill::Json("\"none\"")),
    (
        "Flow",
        "background_url",
        Fill::Json("\"/static/dist/assets/images/flow_background.jpg\""),
    ),
    (
        "Flow",
        "export_url",
        Fill::Format("/api/v3/flows/instances/{slug}/export/"),
    ),
    // authentik_providers_oauth2.OAuth2Provider
    (
        "OAuth2Provider",
        "client_type",
        Fill::Json("\"confidential\""),
    ),
    ("OAuth2Provider", "client_id", Fill::Alphanumeric(40)),
    ("OAuth2Provider", "client_secret", Fill::Alphanumeric(128)),
    (
        "OAuth2Provider",
        "access_code_validity",
        Fill::Json("\"minutes=1\""),
    ),
    (
        "OAuth2Provider",
        "access_token_validity",
        Fill::Json("\"hours=1\""),
    ),
    (
        "OAuth2Provider",
        "refresh_token_validity",
        Fill::Json("\"days=30\""),
    ),
    (
        "OAuth2Provider",
        "refresh_token_threshold",
        Fill::Json("\"seconds=0\""),
    ),
    (
        "OAuth2Provider",
        "include_claims_in_id_token",
        Fill::Json("true"),
    ),
    (
        "OAuth2Provider",
        "logout_method",
        Fill::Json("\"backchannel\""),
    ),
    (
        "OAuth2Provider",
        "sub_mode",
        Fill::Json("\"hashed_user_id\""),
    ),
    (
        "OAuth2Provider",
        "issuer_mode",
        Fill::Json("\"per_provider\""),
    ),
    (
        "OAuth2Provider",
        "component",
        Fill::Json("\"ak-provider-oauth2-form\""),
    ),
    (
        "OAuth2Provider",
        "verbose_name",
        Fill::Json("\"OAuth2/OpenID Provider\""),
    ),
    (
        "OAuth2Provider",
        "verbose_name_plural",
        Fill::Json("\"OAuth2/OpenID Providers\""),
    ),
    (
        "OAuth2Provider",
        "meta_model_name",
        Fill::Json("\"authentik_providers_oauth2.oauth2provider\""),
    ),
    // authentik_providers_oauth2.ScopeMapping
    (
        "ScopeMapping",
        "component",
        Fill::Json("\"ak-property-mapping-provider-scope-form\""),
    ),
    (
        "ScopeMapping",
        "verbose_name",
        Fill::Json("\"Scope Mapping\""),
    ),
    (
        "ScopeMapping",
        "verbose_name_plural",
        Fill::Json("\"Scope Mappings\""),
    ),
    (
        "ScopeMapping",
        "meta_model_name",
        Fill::Json("\"authentik_providers_oauth2.scopemapping\""),
    ),
    // authentik_policies_expression.ExpressionPolicy
    (
        "ExpressionPolicy",
        "component",
        Fill::Json("\"ak-policy-expression-form\""),
    ),
    (
        "ExpressionPolicy",
        "verbose_name",
        Fill::Json("\"Expression Policy\""),
    ),
    (
        "ExpressionPolicy",
        "verbose_name_plural",
        Fill::Json("\"Expression Policies\""),
    ),
    (
        "ExpressionPolicy",
        "meta_model_name",
        Fill::Json("\"authentik_policies_expression.expressionpolicy\""),
    ),
    // authentik_stages_dummy.DummyStage
    (
        "DummyStage",
        "component",
        Fill::Json("\"ak-stage-dummy-form\""),
    ),
    ("DummyStage", "verbose_name", Fill::Json("\"Dummy Stage\"")),
    (
        "DummyStage",
        "verbose_name_plural",
        Fill::Json("\"Dummy Stages\""),
    ),
    (
        "DummyStage",
        "meta_model_name",
        Fill::Json("\"authentik_stages_dummy.dummystage\""),
    ),
    // authentik_outposts: the global default outpost config
    // (`outposts_instances_default_settings_retrieve`; `authentik_host` is
    // the server's own URL, which the fake does not know)
    (
        "OutpostDefaultConfig",
        "config",
        Fill::Json(OUTPOST_DEFAULT_CONFIG),
    ),
    // authentik_tenants.Tenant settings (`admin_settings_retrieve`)
    ("Settings", "avatars", Fill::Json("\"gravatar,initials\"")),
    ("Settings", "default_user_change_name", Fill::Json("true")),
    ("Settings", "event_retention", Fill::Json("\"days=365\"")),
    ("Settings", "reputation_lower_limit", Fill::Json("-5")),
    ("Settings", "reputation_upper_limit", Fill::Json("5")),
    ("Settings", "footer_links", Fill::Json("[]")),
    ("Settings", "gdpr_compliance", Fill::Json("true")),
    ("Settings", "impersonation", Fill::Json("true")),
    (
        "Settings",
        "impersonation_require_reason",
        Fill::Json("true"),
    ),
    (
        "Settings",
        "default_token_duration",
        Fill::Json("\"minutes=30\""),
    ),
    ("Settings", "default_token_length", Fill::Json("60")),
    ("Settings", "pagination_default_page_size", Fill::Json("20")),
    ("Settings", "pagination_max_page_size", Fill::Json("100")),
];

/// `authentik.outposts.models.OutpostConfig`'s defaults.
const OUTPOST_DEFAULT_CONFIG: &str = r#"{"authentik_host": "http://localhost:9000/", "authentik_host_insecure": false, "authentik_host_browser": "", "log_level": "info", "object_naming_template": "ak-outpost-%(name)s", "refresh_interval": "minutes=5", "container_image": null, "docker_network": null, "docker_map_ports": true, "docker_labels": null, "kubernetes_replicas": 1, "kubernetes_namespace": "default", "kubernetes_ingress_annotations": {}, "kubernetes_ingress_secret_name": "authentik-outpost-tls", "kubernetes_ingress_class_name": null, "kubernetes_ingress_path_type": null, "kubernetes_httproute_annotations": {}, "kubernetes_httproute_parent_refs": [], "kubernetes_service_type": "ClusterIP", "kubernetes_disabled_components": [], "kubernetes_image_pull_secrets": [], "kubernetes_json_patches": null, "kubernetes_disable_x509_strict": false}"#;

/// The initials avatar authentik draws for a user without one.
const AVATAR: &str = "\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI2NHB4IiBoZWlnaHQ9IjY0cHgiIHZpZXdCb3g9IjAgMCA2NCA2NCIgdmVyc2lvbj0iMS4xIj48cmVjdCBmaWxsPSIjMzc3YjM3IiBjeD0iMzIiIGN5PSIzMiIgd2lkdGg9IjY0IiBoZWlnaHQ9IjY0IiByPSIzMiIvPjwvc3ZnPg==\"";

/// How deep [`complete`] follows nested objects.
const MAX_DEPTH: usize = 12;

/// What a default may depend on besides the object itself.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The primary key of the requesting user, when the fake has one.
    pub request_user: Option<Value>,
}

/// Add every readable field `value` (of type `ty`) lacks, with the value
/// authentik writes for it, in nested objects too.
pub fn complete(api: &Api, ty: &Ty, value: &mut Value, context: &Context) {
    complete_at(api, ty, value, context, 0);
}

fn complete_at(api: &Api, ty: &Ty, value: &mut Value, context: &Context, depth: usize) {
    if depth > MAX_DEPTH || value.is_null() {
        return;
    }
    match ty {
        Ty::Nullable(inner) | Ty::Versioned(inner) => {
            complete_at(api, inner, value, context, depth + 1)
        }
        Ty::Array(item) => {
            if let Value::Array(items) = value {
                for item_value in items {
                    complete_at(api, item, item_value, context, depth + 1);
                }
            }
        }
        Ty::Named(i) => match api.types.get(*i).map(|t| (t.name.as_str(), &t.kind)) {
            Some((_, Kind::Alias { ty })) => complete_at(api, ty, value, context, depth + 1),
            Some((owner, Kind::Struct { fields, .. })) => {
                let Value::Object(map) = value else {
                    return;
                };
                for field in fields.iter().filter(|f| !f.write_only) {
                    match map.get_mut(&field.name) {
                        Some(present) => complete_at(api, &field.ty, present, context, depth + 1),
                        None => {
                            let filled = field_default(api, owner, field, map, context, depth);
                            map.insert(field.name.clone(), filled);
                        }
                    }
                }
            }
            _ => {}
        },
        _ => {}
    }
}

/// The value authentik writes for `field` of `owner` when nothing set it;
/// `object` is the rest of the object (for [`Fill::Format`]).
pub fn field_default(
    api: &Api,
    owner: &str,
    field: &Field,
    object: &Map<String, Value>,
    context: &Context,
    depth: usize,
) -> Value {
    let fill = MODEL_DEFAULTS
        .iter()
        .find(|(ty, name, _)| *ty == owner && *name == field.name)
        .map(|(_, _, fill)| *fill);
    if let Some(value) = fill.and_then(|fill| make(fill, object, context)) {
        return value;
    }
    if let Some(default) = &field.default {
        return default.clone();
    }
    if field.nullable {
        return Value::Null;
    }
    let value = empty(api, &field.ty, context, depth + 1);
    // `""` for a field with a pattern, format or length, `0` below a
    // minimum: what the schema allows instead (authentik itself sends `""`
    // for some `uri` fields; the fake's answers fit the schema).
    let scalar = !matches!(
        api.resolve(&field.ty),
        Ty::Array(_) | Ty::Map(_) | Ty::Json | Ty::Named(_) | Ty::Nullable(_)
    );
    if scalar && validate::check(api, &field.ty, &value, &field.constraints).is_some() {
        return api.example_with(&field.ty, &field.constraints);
    }
    value
}

fn make(fill: Fill, object: &Map<String, Value>, context: &Context) -> Option<Value> {
    Some(match fill {
        Fill::Json(text) => serde_json::from_str(text).ok()?,
        Fill::Now => Value::String(now()),
        Fill::Alphanumeric(n) => Value::String(random_text(n, ALPHANUMERIC)),
        Fill::Hex(n) => Value::String(random_text(n, b"0123456789abcdef")),
        Fill::Format(template) => Value::String(format_fields(template, object)),
        Fill::RequestUser => context.request_user.clone()?,
    })
}

/// The empty value of a type.
pub fn empty(api: &Api, ty: &Ty, context: &Context, depth: usize) -> Value {
    match ty {
        Ty::Nullable(_) => Value::Null,
        Ty::Versioned(inner) => empty(api, inner, context, depth),
        Ty::String | Ty::Binary => Value::String(String::new()),
        Ty::Boolean => Value::Bool(false),
        Ty::Integer(_) => Value::from(0),
        // DRF's `FloatField` writes a float.
        Ty::Number => Value::from(0.0),
        Ty::Uuid => Value::String(uuid::Uuid::new_v4().hyphenated().to_string()),
        Ty::DateTime => Value::String(now()),
        Ty::Date => Value::String(chrono::Utc::now().date_naive().to_string()),
        Ty::Json | Ty::Map(_) => Value::Object(Map::new()),
        Ty::Array(_) => Value::Array(Vec::new()),
        Ty::Named(i) => match api.types.get(*i).map(|t| &t.kind) {
            Some(Kind::Alias { ty }) => empty(api, ty, context, depth + 1),
            Some(Kind::Enum { values }) => values
                .first()
                .map(|v| Value::String(v.clone()))
                .unwrap_or(Value::Null),
            Some(Kind::Struct { .. }) if depth <= MAX_DEPTH => {
                let mut value = Value::Object(Map::new());
                complete_at(api, ty, &mut value, context, depth + 1);
                value
            }
            _ => api.example(ty),
        },
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

const ALPHANUMERIC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// `n` characters of `alphabet`, from random UUIDs' bytes.
fn random_text(n: usize, alphabet: &[u8]) -> String {
    let mut out = String::with_capacity(n);
    while out.len() < n {
        for byte in uuid::Uuid::new_v4().as_bytes() {
            if out.len() < n {
                out.push(alphabet[*byte as usize % alphabet.len()] as char);
            }
        }
    }
    out
}

/// `template` with each `{field}` replaced by the object's text for it.
fn format_fields(template: &str, object: &Map<String, Value>) -> String {
    let mut out = template.to_string();
    for (name, value) in object {
        let key = format!("{{{name}}}");
        if out.contains(&key) {
            let text = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            out = out.replace(&key, &text);
        }
    }
    out
}
