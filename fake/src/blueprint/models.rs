//! Blueprint models (`app_label.modelname`) and the fake's collections.
//!
//! authentik's models are the values of the schema's `ModelEnum`. A model
//! maps to the viewset whose object type, lower-cased, is the model name
//! (`authentik_flows.flow` -> `Flow` -> `/flows/instances/`); [`OVERRIDES`]
//! names the collection where that rule finds several. A model of
//! `ModelEnum` with no collection is known but cannot be stored (its
//! entries are skipped and reported); any other model is an error.

use crate::rt::{Api, Field, Kind, Ty};
use crate::Fake;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The collection of a model where the type-name rule is ambiguous: the
/// devices have a viewset for the requesting user and one for admins
/// (every user's devices); blueprints manage every user's.
pub const OVERRIDES: &[(&str, &str)] = &[
    (
        "authentik_stages_authenticator_duo.duodevice",
        "/authenticators/admin/duo/",
    ),
    (
        "authentik_stages_authenticator_email.emaildevice",
        "/authenticators/admin/email/",
    ),
    (
        "authentik_stages_authenticator_sms.smsdevice",
        "/authenticators/admin/sms/",
    ),
    (
        "authentik_stages_authenticator_static.staticdevice",
        "/authenticators/admin/static/",
    ),
    (
        "authentik_stages_authenticator_totp.totpdevice",
        "/authenticators/admin/totp/",
    ),
    (
        "authentik_stages_authenticator_webauthn.webauthndevice",
        "/authenticators/admin/webauthn/",
    ),
];

/// The meta model that applies another blueprint.
pub const META_APPLY: &str = "authentik_blueprints.metaapplyblueprint";

/// What the fake knows of a model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Stored in this collection.
    Collection(String),
    /// One of authentik's models without a viewset in the fake.
    NoCollection,
}

/// One viewset as the blueprint code sees it.
#[derive(Clone, Debug)]
pub struct Info {
    /// The item path parameter (`slug`, `group_uuid`).
    pub key_param: String,
    /// The object field holding the key (`slug`, `pk`).
    pub key_field: String,
    /// The object's fields.
    pub fields: &'static [Field],
    /// The `/X/all/` collection listing this one's objects too, if any.
    pub parent: Option<String>,
    /// Operation ids by role suffix (`partial_update`, `destroy`).
    pub ops: BTreeMap<&'static str, &'static str>,
}

impl Info {
    /// Whether the object has a field of this name.
    pub fn has(&self, name: &str) -> bool {
        self.fields.iter().any(|f| f.name == name)
    }

    /// The read-only field names.
    pub fn read_only(&self, name: &str) -> bool {
        self.fields.iter().any(|f| f.name == name && f.read_only)
    }
}

/// The model table of a fake.
#[derive(Debug)]
pub struct Models {
    models: BTreeMap<String, Target>,
    infos: BTreeMap<String, Info>,
}

impl Models {
    /// Build the table from the fake's viewsets and the API's `ModelEnum`.
    pub fn new(fake: &Fake) -> Models {
        let api = fake.api();
        let mut by_type: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut types: BTreeMap<String, &'static Ty> = BTreeMap::new();
        for collection in fake.collections() {
            if let Some(ty) = object_type(fake, collection) {
                if let Ty::Named(i) = api.resolve(ty) {
                    if let Some(info) = api.types.get(*i) {
                        by_type
                            .entry(info.name.to_lowercase())
                            .or_default()
                            .push(collection.to_string());
                    }
                }
                types.insert(collection.to_string(), ty);
            }
        }
        let mut models = BTreeMap::new();
        for model in model_enum(api) {
            let name = model.rsplit('.').next().unwrap_or_default();
            let overridden = OVERRIDES.iter().find(|(m, _)| *m == model);
            let target = match (overridden, by_type.get(name).map(Vec::as_slice)) {
                (Some((_, collection)), _) => Target::Collection(collection.to_string()),
                (None, Some([only])) => Target::Collection(only.clone()),
                _ => Target::NoCollection,
            };
            models.insert(model.to_string(), target);
        }
        let infos = types
            .iter()
            .map(|(collection, ty)| {
                let info = info(fake, collection, ty, &types);
                (collection.clone(), info)
            })
            .collect();
        Models { models, infos }
    }

    /// What the fake does with `model` (`None`: not one of authentik's).
    pub fn target(&self, model: &str) -> Option<&Target> {
        self.models.get(model)
    }

    /// The viewset behind a collection.
    pub fn info(&self, collection: &str) -> Option<&Info> {
        self.infos.get(collection)
    }

    /// `{model name: app label}` of every model, the context value
    /// `goauthentik.io/rbac/models` authentik gives every blueprint.
    pub fn rbac_models(&self) -> Value {
        let map: Map<String, Value> = self
            .models
            .keys()
            .filter_map(|m| m.split_once('.'))
            .map(|(app, name)| (name.to_string(), Value::String(app.to_string())))
            .collect();
        Value::Object(map)
    }
}

/// The values of the API's `ModelEnum`.
fn model_enum(api: &'static Api) -> Vec<&'static str> {
    api.types
        .iter()
        .find(|t| t.name == "ModelEnum")
        .and_then(|t| match &t.kind {
            Kind::Enum { values } => Some(values.iter().map(String::as_str).collect()),
            _ => None,
        })
        .unwrap_or_default()
}

/// A viewset's object type: what its item operations answer, else what
/// create answers (the order the engine uses).
fn object_type(fake: &Fake, collection: &str) -> Option<&'static Ty> {
    let api = fake.api();
    let ops = fake.operations(collection)?;
    ["_retrieve", "_update", "_partial_update", "_create"]
        .iter()
        .find_map(|suffix| {
            ops.iter()
                .filter(|id| {
                    id.ends_with(suffix)
                        && !(*suffix == "_update" && id.ends_with("_partial_update"))
                })
                .filter_map(|id| api.operation(id))
                .find_map(|op| op.success().and_then(|r| r.json_type()))
        })
}

fn info(
    fake: &Fake,
    collection: &str,
    ty: &'static Ty,
    types: &BTreeMap<String, &'static Ty>,
) -> Info {
    let api = fake.api();
    let fields = api.fields(ty).unwrap_or(&[]);
    let key_param = fake.key_param(collection).unwrap_or("pk").to_string();
    let key_field = if fields.iter().any(|f| f.name == key_param) {
        key_param.clone()
    } else {
        "pk".to_string()
    };
    let mut ops = BTreeMap::new();
    for id in fake.operations(collection).unwrap_or_default() {
        for role in ["partial_update", "destroy"] {
            if id.ends_with(&format!("_{role}")) {
                ops.insert(role, id);
            }
        }
    }
    Info {
        key_param,
        key_field,
        fields,
        parent: parent(api, collection, fields, types),
        ops,
    }
}

/// The nearest `/X/all/` above `collection` whose object fields are all
/// fields of this one (`/stages/prompt/stages/` -> `/stages/all/`, but not
/// for `/stages/prompt/prompts/`: a prompt is no stage).
fn parent(
    api: &'static Api,
    collection: &str,
    fields: &[Field],
    types: &BTreeMap<String, &'static Ty>,
) -> Option<String> {
    let mut dir = collection.trim_end_matches('/');
    while let Some(cut) = dir.rfind('/') {
        dir = &dir[..cut];
        let candidate = format!("{dir}/all/");
        if candidate == collection {
            continue;
        }
        let Some(ty) = types.get(&candidate) else {
            continue;
        };
        let parent_fields = api.fields(ty).unwrap_or(&[]);
        let covered = !parent_fields.is_empty()
            && parent_fields
                .iter()
                .all(|p| fields.iter().any(|f| f.name == p.name));
        return covered.then_some(candidate);
    }
    None
}
