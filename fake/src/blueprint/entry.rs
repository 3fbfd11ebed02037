//! One resolved entry against the fake's store: find the object its
//! identifiers match, then create, update or delete it as its `state` says.
//!
//! New objects go through [`Fake::insert`] (seed semantics) with the
//! read-only fields of the blueprint data left out, as authentik's
//! serializers ignore them; the fake fills `meta_model_name` with the
//! entry's model and gives each policy binding model its own
//! `policybindingmodel_ptr_id`. Updates and deletes go through the
//! viewset's own `partial_update` and `destroy`. An object of a typed
//! collection is also stored in the `/X/all/` collection above it
//! (`/stages/prompt/stages/` -> `/stages/all/`), as authentik lists it
//! there.

use super::error::Problem;
use super::models::Info;
use super::python::merge;
use super::tags::field_matches;
use crate::rt::{Auth, Call, ServerError};
use crate::Fake;
use serde_json::{Map, Value};

/// An entry's `state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Create, or update the object the identifiers match (the default).
    Present,
    /// Create unless the object exists; never update.
    Created,
    /// Create; an existing object is an error.
    MustCreated,
    /// Delete the object if it exists.
    Absent,
}

impl State {
    /// The state named `text`.
    pub fn parse(text: &str) -> Option<State> {
        match text {
            "present" => Some(State::Present),
            "created" => Some(State::Created),
            "must_created" => Some(State::MustCreated),
            "absent" => Some(State::Absent),
            _ => None,
        }
    }
}

/// What applying an entry did.
#[derive(Debug)]
pub enum Outcome {
    /// A new object (the stored value).
    Created(Value),
    /// The existing object, changed.
    Updated(Value),
    /// The existing object, left as it was (`state: created`).
    Kept(Value),
    /// The object was deleted.
    Deleted,
    /// `state: absent` and no object matched.
    NothingToDelete,
}

/// The resolved parts of an entry.
pub struct Resolved<'a> {
    /// `app_label.modelname`.
    pub model: &'a str,
    /// The collection the model maps to.
    pub collection: &'a str,
    /// The viewset of that collection.
    pub info: &'a Info,
    /// Its `/X/all/` collection's viewset, if any.
    pub parent: Option<(&'a str, &'a Info)>,
    /// The state.
    pub state: State,
    /// The identifiers, tags resolved.
    pub identifiers: Map<String, Value>,
    /// The attributes, tags resolved.
    pub attrs: Map<String, Value>,
}

/// Apply one entry.
pub fn apply(fake: &Fake, entry: Resolved<'_>) -> Result<Outcome, Problem> {
    let existing = find(fake, entry.collection, entry.info, &entry.identifiers);
    let mut data = entry.attrs.clone();
    merge(&mut data, entry.identifiers.clone());
    match (entry.state, existing) {
        (State::Absent, None) => Ok(Outcome::NothingToDelete),
        (State::Absent, Some(object)) => {
            destroy(fake, entry.collection, entry.info, &object)?;
            if let Some((parent, info)) = entry.parent {
                if find_key(fake, parent, info, &object).is_some() {
                    destroy(fake, parent, info, &object)?;
                }
            }
            Ok(Outcome::Deleted)
        }
        (State::Created, Some(object)) => Ok(Outcome::Kept(object)),
        (State::MustCreated, Some(object)) => {
            Err(Problem::Exists(key_text(object.get(&entry.info.key_field))))
        }
        (State::Present, Some(object)) => {
            let updated = update(fake, &entry, &object, writable(entry.info, data))?;
            if let Some((parent, info)) = entry.parent {
                if find_key(fake, parent, info, &object).is_some() {
                    destroy(fake, parent, info, &object)?;
                }
                insert(fake, parent, updated.clone())?;
            }
            Ok(Outcome::Updated(updated))
        }
        (State::Present | State::Created | State::MustCreated, None) => {
            let mut body = writable(entry.info, data);
            if entry.info.has("meta_model_name") {
                body.insert("meta_model_name".into(), entry.model.into());
            }
            if entry.info.has("policybindingmodel_ptr_id") {
                let id = uuid::Uuid::new_v4().hyphenated().to_string();
                body.insert("policybindingmodel_ptr_id".into(), id.into());
            }
            let stored = insert(fake, entry.collection, Value::Object(body))?;
            if let Some((parent, _)) = entry.parent {
                insert(fake, parent, stored.clone())?;
            }
            Ok(Outcome::Created(stored))
        }
    }
}

/// The first stored object the identifiers match: `pk` if given, or
/// every other identifier (authentik's `Q(pk=..) | Q(other=.., ...)`).
pub fn find(
    fake: &Fake,
    collection: &str,
    info: &Info,
    identifiers: &Map<String, Value>,
) -> Option<Value> {
    let pk = identifiers.get("pk");
    let others: Vec<_> = identifiers.iter().filter(|(k, _)| *k != "pk").collect();
    fake.objects(collection)?.into_iter().find(|object| {
        let by_pk = pk.is_some_and(|pk| field_matches(object, &info.key_pk(), pk, true));
        let by_others = !others.is_empty()
            && others
                .iter()
                .all(|(field, wanted)| field_matches(object, field, wanted, true));
        by_pk || by_others
    })
}

impl Info {
    fn key_pk(&self) -> String {
        if self.has("pk") {
            "pk".into()
        } else {
            self.key_field.clone()
        }
    }
}

/// The stored object of `collection` with the key of `object`.
fn find_key(fake: &Fake, collection: &str, info: &Info, object: &Value) -> Option<Value> {
    let key = object.get(&info.key_field)?;
    fake.objects(collection)?
        .into_iter()
        .find(|o| field_matches(o, &info.key_field, key, true))
}

/// `data` without the fields a client cannot write (the key and `pk` are
/// kept: an entry may name them).
fn writable(info: &Info, data: Map<String, Value>) -> Map<String, Value> {
    data.into_iter()
        .filter(|(k, _)| *k == "pk" || *k == info.key_field || !info.read_only(k))
        .collect()
}

fn insert(fake: &Fake, collection: &str, object: Value) -> Result<Value, Problem> {
    fake.insert(collection, object)
        .map_err(|e| rejected(collection, e))
}

fn rejected(collection: &str, error: ServerError) -> Problem {
    let message = match error {
        ServerError::BadRequest(body) => body.to_string(),
        other => other.to_string(),
    };
    Problem::Rejected {
        collection: collection.to_string(),
        message,
    }
}

fn key_text(key: Option<&Value>) -> String {
    match key {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => "?".into(),
    }
}

/// Call one of the viewset's item operations on `object`.
fn call(
    fake: &Fake,
    collection: &str,
    info: &Info,
    role: &str,
    object: &Value,
    body: Option<Value>,
) -> Result<(), Problem> {
    let op = info
        .ops
        .get(role)
        .and_then(|id| fake.api().operation(id))
        .ok_or_else(|| Problem::Rejected {
            collection: collection.to_string(),
            message: format!("the viewset has no {role} operation"),
        })?;
    let key = object.get(&info.key_field).cloned().unwrap_or(Value::Null);
    let mut params = Map::new();
    params.insert(info.key_param.clone(), key);
    fake.answer(&Call {
        api: fake.api(),
        op,
        auth: Auth::anonymous(),
        params,
        body,
        files: Vec::new(),
        raw: None,
    })
    .map(|_| ())
    .map_err(|e| rejected(collection, e))
}

fn destroy(fake: &Fake, collection: &str, info: &Info, object: &Value) -> Result<(), Problem> {
    call(fake, collection, info, "destroy", object, None)
}

fn update(
    fake: &Fake,
    entry: &Resolved<'_>,
    object: &Value,
    body: Map<String, Value>,
) -> Result<Value, Problem> {
    let info = entry.info;
    let new_key = body.get(&info.key_field).cloned();
    call(
        fake,
        entry.collection,
        info,
        "partial_update",
        object,
        Some(Value::Object(body)),
    )?;
    // The key may have changed (a writable `slug`): find the object by the new one.
    let key = match new_key {
        Some(key) if !key.is_null() => key,
        _ => object.get(&info.key_field).cloned().unwrap_or(Value::Null),
    };
    let mut probe = Map::new();
    probe.insert(info.key_field.clone(), key);
    find_key(fake, entry.collection, info, &Value::Object(probe)).ok_or_else(|| Problem::Rejected {
        collection: entry.collection.to_string(),
        message: "the updated object is gone".into(),
    })
}
