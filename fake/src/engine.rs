//! The stateful [`Backend`]: CRUD viewsets kept in memory, everything else
//! answered with the empty value of its response, as authentik writes it.

use crate::conform::{conform, conform_exact};
use crate::defaults::{self, Context};
use crate::query::{self, Page};
use crate::rt::{
    self, is_json, Api, Backend, Call, Field, Operation, RawBody, Reply, ServerError, Ty,
};
use crate::rules;
use crate::viewset::{Index, KeyKind, Role, Viewset};
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// A fake authentik: an in-memory implementation of the whole API.
///
/// Cloning is cheap and every clone shares the same objects, so a test can
/// keep one clone to seed or inspect the state while a server answers
/// requests with another.
#[derive(Clone)]
pub struct Fake {
    inner: Arc<Inner>,
}

struct Inner {
    api: &'static Api,
    index: Index,
    /// One collection per viewset, by viewset index.
    store: Mutex<Vec<Collection>>,
    /// Whether its server reads requests as authentik's DRF does.
    drf_input: AtomicBool,
}

#[derive(Clone, Default)]
struct Collection {
    records: Vec<Record>,
    /// The last integer primary key handed out.
    counter: u64,
    /// The values of unique fields ([`rules::UNIQUE`]) its objects hold:
    /// field name and the value's JSON text.
    taken: HashSet<(&'static str, String)>,
}

#[derive(Clone)]
struct Record {
    /// The key in its canonical text form (`"1"`, a lower-case hyphenated
    /// UUID, a slug).
    key: String,
    value: Value,
}

impl Collection {
    fn find(&self, key: &str) -> Option<usize> {
        self.records.iter().position(|r| r.key == key)
    }

    /// The next integer key not in use.
    fn next_integer(&mut self) -> u64 {
        // Bounded: at most one step past each stored record.
        for _ in 0..=self.records.len() {
            self.counter += 1;
            if self.find(&self.counter.to_string()).is_none() {
                break;
            }
        }
        self.counter
    }
}

/// The stored objects at one moment ([`Fake::snapshot`]).
pub(crate) struct Snapshot(Vec<Collection>);

impl std::fmt::Debug for Fake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fake")
            .field("api", &self.inner.api.version)
            .field("viewsets", &self.inner.index.viewsets.len())
            .finish()
    }
}

impl Default for Fake {
    fn default() -> Self {
        Fake::new()
    }
}

/// A request body or seed object as a JSON object (anything else is empty).
fn object_of(value: Option<Value>) -> Map<String, Value> {
    match value {
        Some(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn bad_request(field: &str, message: String) -> ServerError {
    ServerError::BadRequest(json!({ field: [message] }))
}

fn invalid_page() -> ServerError {
    ServerError::Reply(Reply::detail(404, "Invalid page."))
}

/// The key in canonical text form, if `value` is a valid key of `kind`.
fn normalize_key(kind: KeyKind, value: &Value) -> Option<String> {
    match (kind, value) {
        (KeyKind::Integer, Value::Number(n)) => n
            .as_i64()
            .map(|n| n.to_string())
            .or_else(|| n.as_u64().map(|n| n.to_string())),
        (KeyKind::Integer, Value::String(s)) => s.trim().parse::<i64>().ok().map(|n| n.to_string()),
        (KeyKind::Uuid, Value::String(s)) => uuid::Uuid::try_parse(s.trim())
            .ok()
            .map(|u| u.hyphenated().to_string()),
        (KeyKind::Text, Value::String(s)) => Some(s.clone()),
        (KeyKind::Text, Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// `key` as a value of `field`'s type.
fn key_value(api: &Api, field: Option<&Field>, key: &str) -> Value {
    if let Some(field) = field {
        if let Ty::Integer(_) = api.resolve(&field.ty) {
            if let Ok(n) = key.parse::<i64>() {
                return Value::from(n);
            }
        }
    }
    Value::String(key.to_string())
}

fn new_uuid() -> String {
    uuid::Uuid::new_v4().hyphenated().to_string()
}

/// The status and JSON type of an operation's first documented 2xx response.
fn success(op: &Operation) -> (u16, Option<&Ty>) {
    match op.success() {
        Some(r) => (r.status.parse().unwrap_or(200), r.json_type()),
        None => (200, None),
    }
}

/// Copy the fields of `body` that `fields` lets a client write (all of
/// them for `seed`) onto `object`, when they fit the field's type.
fn overlay(
    api: &Api,
    fields: &[Field],
    object: &mut Map<String, Value>,
    body: &Map<String, Value>,
    skip: Option<&str>,
    seed: bool,
) {
    for field in fields {
        if field.write_only || (field.read_only && !seed) || Some(field.name.as_str()) == skip {
            continue;
        }
        let Some(value) = body.get(&field.name) else {
            continue;
        };
        if value.is_null() {
            if field.nullable {
                object.insert(field.name.clone(), Value::Null);
            }
            continue;
        }
        let (value, exact) = conform_exact(api, &field.ty, value.clone());
        if exact {
            object.insert(field.name.clone(), value);
        }
    }
}

impl Fake {
    /// A fake of the API of the generated crate, with no objects.
    pub fn new() -> Fake {
        Fake::with_api(rt::api())
    }

    /// A fake of the API described by `api`, with no objects.
    pub fn with_api(api: &'static Api) -> Fake {
        let index = Index::new(api);
        let store = (0..index.viewsets.len())
            .map(|_| Collection::default())
            .collect();
        Fake {
            inner: Arc::new(Inner {
                api,
                index,
                store: Mutex::new(store),
                drf_input: AtomicBool::new(true),
            }),
        }
    }

    /// The API this fake implements.
    pub fn api(&self) -> &'static Api {
        self.inner.api
    }

    /// How a server made afterwards ([`router_with`](crate::router_with),
    /// [`spawn_with`](crate::spawn_with)) reads requests: as authentik's
    /// Django REST framework does (`true`, the default: `{"name": 5}` is
    /// `"5"`, an unreadable boolean filter is ignored, an unparsable key or
    /// page is `404`; see `Server::drf_input`), or strictly as the schema
    /// says (`false`: what checks the generated server's validation).
    pub fn set_drf_input(&self, on: bool) {
        self.inner.drf_input.store(on, Ordering::Relaxed);
    }

    /// Whether servers of this fake read requests as DRF does.
    pub fn drf_input(&self) -> bool {
        self.inner.drf_input.load(Ordering::Relaxed)
    }

    /// The collection paths of every CRUD viewset (`/core/groups/` ...).
    pub fn collections(&self) -> Vec<&str> {
        self.inner
            .index
            .viewsets
            .iter()
            .map(|v| v.collection.as_str())
            .collect()
    }

    /// The key parameter of a viewset (`/core/groups/` -> `group_uuid`).
    pub fn key_param(&self, collection: &str) -> Option<&str> {
        let index = &self.inner.index;
        let n = index.by_collection(collection)?;
        Some(index.viewsets[n].key_param.as_str())
    }

    /// The ids of a viewset's CRUD operations (`core_groups_list`,
    /// `core_groups_create` ...).
    pub fn operations(&self, collection: &str) -> Option<Vec<&'static str>> {
        let index = &self.inner.index;
        let n = index.by_collection(collection)?;
        Some(index.viewsets[n].ops.keys().copied().collect())
    }

    /// The stored objects of a viewset, in insertion order (`None` for a
    /// path that is not a viewset's collection).
    pub fn objects(&self, collection: &str) -> Option<Vec<Value>> {
        let n = self.inner.index.by_collection(collection)?;
        let store = self.lock();
        Some(
            store
                .get(n)?
                .records
                .iter()
                .map(|r| r.value.clone())
                .collect(),
        )
    }

    /// Store an object in a viewset as if it had been created, except that
    /// read-only fields of `object` are kept too (`pk`, `username` of a
    /// user ...). Missing fields get example values and the key is assigned
    /// when `object` has none. Returns the stored object.
    pub fn insert(&self, collection: &str, object: Value) -> Result<Value, ServerError> {
        let n = self
            .inner
            .index
            .by_collection(collection)
            .ok_or(ServerError::NotFound)?;
        self.create(n, object_of(Some(object)), true)
    }

    /// Every stored object, to [`Fake::restore`] later (blueprints are
    /// applied all or nothing).
    pub(crate) fn snapshot(&self) -> Snapshot {
        Snapshot(self.lock().clone())
    }

    /// The objects as they were at `snapshot`.
    pub(crate) fn restore(&self, snapshot: Snapshot) {
        *self.lock() = snapshot.0;
    }

    /// Forget every stored object.
    pub fn reset(&self) {
        let mut store = self.lock();
        for collection in store.iter_mut() {
            *collection = Collection::default();
        }
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Collection>> {
        self.inner
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn viewset(&self, n: usize) -> &Viewset {
        &self.inner.index.viewsets[n]
    }

    fn object_fields(&self, viewset: &Viewset) -> &'static [Field] {
        let api = self.inner.api;
        match &viewset.object_ty {
            Some(ty) => match api.fields(ty) {
                Some(fields) => fields,
                None => &[],
            },
            None => &[],
        }
    }

    /// Answer one call (what [`Backend::handle`] does, synchronously).
    pub fn answer(&self, call: &Call) -> Result<Reply, ServerError> {
        let op = call.op;
        if let Some(error) = rules::missing_query(&op.id, &call.params) {
            return Err(error);
        }
        let Some((n, role)) = self.inner.index.role(&op.id) else {
            return Ok(example_reply(self.inner.api, op));
        };
        match role {
            Role::List => self.list(n, call),
            Role::Create => {
                let (status, ty) = success(op);
                let stored = self.create(n, object_of(call.body.clone()), false)?;
                Ok(self.object_reply(n, status, ty, stored))
            }
            Role::Retrieve => {
                let key = self.key(n, call)?;
                let store = self.lock();
                let collection = &store[n];
                let i = collection.find(&key).ok_or_else(|| self.no_match(n))?;
                let value = collection.records[i].value.clone();
                drop(store);
                let (status, ty) = success(op);
                Ok(self.object_reply(n, status, ty, value))
            }
            Role::Update | Role::PartialUpdate => {
                let key = self.key(n, call)?;
                let stored = self.update(n, &key, object_of(call.body.clone()))?;
                let (status, ty) = success(op);
                Ok(self.object_reply(n, status, ty, stored))
            }
            Role::Destroy => {
                let key = self.key(n, call)?;
                let mut store = self.lock();
                let collection = &mut store[n];
                let i = collection.find(&key).ok_or_else(|| self.no_match(n))?;
                let removed = collection.records.remove(i);
                for entry in self.unique_values(n, &removed.value) {
                    collection.taken.remove(&entry);
                }
                let (status, _) = success(op);
                Ok(Reply::empty(status))
            }
        }
    }

    /// The name of a viewset's objects' type (`User`), `object` if it has none.
    fn type_name(&self, n: usize) -> &'static str {
        let api = self.inner.api;
        match &self.viewset(n).object_ty {
            Some(Ty::Named(i)) => api.types.get(*i).map_or("object", |t| t.name.as_str()),
            _ => "object",
        }
    }

    /// DRF's `404` for a key of viewset `n` that no object has.
    fn no_match(&self, n: usize) -> ServerError {
        rules::no_match(self.type_name(n))
    }

    /// What defaults depend on: the requesting user is `akadmin` (the
    /// fake's one token is the admin's), when `/core/users/` holds it.
    fn context(&self) -> Context {
        let request_user = self
            .inner
            .index
            .by_collection("/core/users/")
            .and_then(|n| {
                let store = self.lock();
                store.get(n)?.records.iter().find_map(|r| {
                    (r.value.get("username")? == "akadmin").then(|| r.value.get("pk").cloned())?
                })
            });
        Context { request_user }
    }

    /// The unique fields' values of `object`, an object of viewset `n`.
    fn unique_values(&self, n: usize, object: &Value) -> Vec<(&'static str, String)> {
        let viewset = self.viewset(n);
        rules::unique_fields(&viewset.collection, self.type_name(n))
            .filter_map(|rule| {
                let value = object.get(rule.field).filter(|v| !v.is_null())?;
                Some((rule.field, value.to_string()))
            })
            .collect()
    }

    /// Record `object`'s unique values in `collection`, or the `400` if
    /// another object holds one of them (nothing is recorded then).
    fn take_unique(
        &self,
        n: usize,
        collection: &mut Collection,
        object: &Value,
    ) -> Result<(), ServerError> {
        let values = self.unique_values(n, object);
        if let Some((field, _)) = values
            .iter()
            .find(|entry| collection.taken.contains(*entry))
        {
            let viewset = self.viewset(n);
            let rule = rules::unique_fields(&viewset.collection, self.type_name(n))
                .find(|rule| rule.field == *field);
            if let Some(rule) = rule {
                return Err(rule.error());
            }
        }
        collection.taken.extend(values);
        Ok(())
    }

    /// The key named by the call's path parameter (`404` if it cannot be one).
    fn key(&self, n: usize, call: &Call) -> Result<String, ServerError> {
        let viewset = self.viewset(n);
        call.params
            .get(&viewset.key_param)
            .and_then(|v| normalize_key(viewset.key_kind, v))
            .ok_or(ServerError::NotFound)
    }

    /// A stored object as the body of a response of type `ty`: the object
    /// itself, or, when the response wraps it (`AgentCreated {agent,
    /// token}`), an example of the wrapper holding it.
    fn object_reply(&self, n: usize, status: u16, ty: Option<&Ty>, value: Value) -> Reply {
        let api = self.inner.api;
        let Some(ty) = ty else {
            return Reply::json(status, &value);
        };
        let object_ty = self.viewset(n).object_ty.as_ref().map(|t| api.resolve(t));
        if object_ty.is_some() && object_ty != Some(api.resolve(ty)) {
            let wrapper = api.fields(ty).and_then(|fields| {
                fields
                    .iter()
                    .find(|f| Some(api.resolve(&f.ty)) == object_ty)
            });
            if let (Some(field), Value::Object(mut body)) = (wrapper, api.example(ty)) {
                body.insert(field.name.clone(), value);
                return Reply::json(status, &conform(api, ty, Value::Object(body)));
            }
        }
        Reply::json(status, &conform(api, ty, value))
    }

    /// Whether `create` requires the key field in its body.
    fn key_required(&self, viewset: &Viewset) -> bool {
        let api = self.inner.api;
        let (Some(ty), Some(key)) = (&viewset.create_ty, &viewset.key_field) else {
            return false;
        };
        api.fields(ty)
            .and_then(|fields| fields.iter().find(|f| &f.name == key))
            .is_some_and(|f| f.required)
    }

    /// "`<type> with this <field> already exists.`"
    fn duplicate(&self, viewset: &Viewset, field: &str) -> ServerError {
        let api = self.inner.api;
        let name = match &viewset.object_ty {
            Some(Ty::Named(i)) => api
                .types
                .get(*i)
                .map(|t| t.name.to_lowercase())
                .unwrap_or_else(|| "object".into()),
            _ => "object".into(),
        };
        bad_request(field, format!("{name} with this {field} already exists."))
    }

    fn create(&self, n: usize, body: Map<String, Value>, seed: bool) -> Result<Value, ServerError> {
        let api = self.inner.api;
        let viewset = self.viewset(n);
        let fields = self.object_fields(viewset);
        let context = self.context();
        let mut object = Map::new();
        let key_field = viewset.key_field.as_deref();
        overlay(api, fields, &mut object, &body, key_field, seed);

        let key_def = key_field.and_then(|k| fields.iter().find(|f| f.name == k));
        let key_writable = key_def.is_some_and(|f| seed || !f.read_only);
        let error_field = key_field.unwrap_or(&viewset.key_param);

        let mut store = self.lock();
        let collection = &mut store[n];
        let given = match key_field.and_then(|k| body.get(k)).filter(|v| !v.is_null()) {
            Some(value) if key_writable => Some(
                normalize_key(viewset.key_kind, value)
                    .ok_or_else(|| bad_request(error_field, "Invalid value.".into()))?,
            ),
            _ => None,
        };
        let key = match given {
            Some(key) => {
                if let Ok(number) = key.parse::<u64>() {
                    if viewset.key_kind == KeyKind::Integer {
                        collection.counter = collection.counter.max(number);
                    }
                }
                key
            }
            None => match viewset.key_kind {
                KeyKind::Integer => collection.next_integer().to_string(),
                KeyKind::Uuid => new_uuid(),
                KeyKind::Text if key_writable && !seed && self.key_required(viewset) => {
                    return Err(bad_request(error_field, "This field is required.".into()))
                }
                // An optional text key defaults to a random value, as
                // authentik's `default=uuid4` string keys do.
                KeyKind::Text => new_uuid(),
            },
        };
        if collection.find(&key).is_some() {
            drop(store);
            return Err(self.duplicate(viewset, error_field));
        }
        if let Some(k) = key_field {
            object.insert(k.to_string(), key_value(api, key_def, &key));
        }
        // `pk` and a read-only `id` follow the key when they are not it.
        for name in ["pk", "id"] {
            if Some(name) == key_field {
                continue;
            }
            let Some(field) = fields.iter().find(|f| f.name == name) else {
                continue;
            };
            if !field.read_only && name != "pk" {
                continue;
            }
            if seed && body.get(name).is_some_and(|v| !v.is_null()) {
                continue;
            }
            let value = match api.resolve(&field.ty) {
                Ty::Integer(_) => match viewset.key_kind {
                    KeyKind::Integer => key_value(api, Some(field), &key),
                    _ => Value::from(collection.next_integer()),
                },
                Ty::Uuid => match viewset.key_kind {
                    KeyKind::Uuid => Value::String(key.clone()),
                    _ => Value::String(new_uuid()),
                },
                _ => Value::String(key.clone()),
            };
            object.insert(name.to_string(), value);
        }
        let value = match &viewset.object_ty {
            Some(ty) => {
                let mut value = Value::Object(object);
                defaults::complete(api, ty, &mut value, &context);
                conform(api, ty, value)
            }
            None => Value::Object(object),
        };
        self.take_unique(n, collection, &value)?;
        collection.records.push(Record {
            key,
            value: value.clone(),
        });
        Ok(value)
    }

    fn update(&self, n: usize, key: &str, body: Map<String, Value>) -> Result<Value, ServerError> {
        let api = self.inner.api;
        let viewset = self.viewset(n);
        let fields = self.object_fields(viewset);
        let key_field = viewset.key_field.as_deref();
        let key_def = key_field.and_then(|k| fields.iter().find(|f| f.name == k));
        let context = self.context();

        let mut store = self.lock();
        let collection = &mut store[n];
        let i = collection.find(key).ok_or_else(|| self.no_match(n))?;
        let mut object = match &collection.records[i].value {
            Value::Object(map) => map.clone(),
            _ => Map::new(),
        };
        overlay(api, fields, &mut object, &body, key_field, false);

        // A writable key (`slug`) may change: the object moves.
        let mut new_key = key.to_string();
        if let (Some(k), Some(def)) = (key_field, key_def) {
            if !def.read_only {
                if let Some(value) = body.get(k).filter(|v| !v.is_null()) {
                    let given = normalize_key(viewset.key_kind, value)
                        .ok_or_else(|| bad_request(k, "Invalid value.".into()))?;
                    if given != key {
                        if collection.find(&given).is_some() {
                            drop(store);
                            return Err(self.duplicate(viewset, k));
                        }
                        object.insert(k.to_string(), key_value(api, Some(def), &given));
                        new_key = given;
                    }
                }
            }
        }
        let value = match &viewset.object_ty {
            Some(ty) => {
                let mut value = Value::Object(object);
                defaults::complete(api, ty, &mut value, &context);
                conform(api, ty, value)
            }
            None => Value::Object(object),
        };
        let old = self.unique_values(n, &collection.records[i].value);
        for entry in &old {
            collection.taken.remove(entry);
        }
        if let Err(error) = self.take_unique(n, collection, &value) {
            collection.taken.extend(old);
            drop(store);
            return Err(error);
        }
        collection.records[i] = Record {
            key: new_key,
            value: value.clone(),
        };
        Ok(value)
    }

    fn list(&self, n: usize, call: &Call) -> Result<Reply, ServerError> {
        let api = self.inner.api;
        let viewset = self.viewset(n);
        let (status, ty) = success(call.op);
        let Some(ty) = ty else {
            return Ok(example_reply(api, call.op));
        };
        let fields: Vec<&str> = self
            .object_fields(viewset)
            .iter()
            .filter(|f| !f.write_only)
            .map(|f| f.name.as_str())
            .collect();

        // Filtered and ordered by reference: only the page is copied.
        let store = self.lock();
        let mut objects: Vec<&Value> = store[n]
            .records
            .iter()
            .map(|r| &r.value)
            .filter(|object| {
                call.params.iter().all(|(name, value)| {
                    query::RESERVED.contains(&name.as_str())
                        || query::filter(object, &fields, name, value)
                })
            })
            .filter(|object| match call.params.get("search") {
                Some(Value::String(term)) => query::search(object, term),
                _ => true,
            })
            .collect();
        if let Some(Value::String(ordering)) = call.params.get("ordering") {
            query::order(&mut objects, ordering);
        }

        match list_shape(api, ty) {
            ListShape::Paginated { pagination, .. } => {
                let page = Page::new(
                    objects.len(),
                    call.params.get("page").and_then(Value::as_i64),
                    call.params.get("page_size").and_then(Value::as_i64),
                )
                .ok_or_else(invalid_page)?;
                let items: Vec<Value> = objects[page.start..page.end]
                    .iter()
                    .map(|o| (*o).clone())
                    .collect();
                drop(store);
                let mut body = Map::new();
                body.insert(
                    "pagination".into(),
                    conform(api, pagination, page.pagination()),
                );
                // The wrapper's other fields (`autocomplete`), then the page.
                let mut body = Value::Object(body);
                defaults::complete(api, ty, &mut body, &Context::default());
                body["results"] = Value::Array(items);
                Ok(Reply::json(status, &conform(api, ty, body)))
            }
            ListShape::Array => {
                let items: Vec<Value> = objects.into_iter().cloned().collect();
                drop(store);
                Ok(Reply::json(status, &conform(api, ty, Value::Array(items))))
            }
            ListShape::Other => Ok(example_reply(api, call.op)),
        }
    }
}

enum ListShape<'a> {
    /// `{pagination, results: [item], ...}`.
    Paginated {
        pagination: &'a Ty,
    },
    /// `[item]`.
    Array,
    Other,
}

fn list_shape<'a>(api: &'a Api, ty: &'a Ty) -> ListShape<'a> {
    if let Ty::Array(_) = api.resolve(ty) {
        return ListShape::Array;
    }
    let Some(fields) = api.fields(ty) else {
        return ListShape::Other;
    };
    let pagination = fields.iter().find(|f| f.name == "pagination");
    let results =
        fields
            .iter()
            .find(|f| f.name == "results")
            .and_then(|f| match api.resolve(&f.ty) {
                Ty::Array(item) => Some(&**item),
                _ => None,
            });
    match (pagination, results) {
        (Some(p), Some(_)) => ListShape::Paginated { pagination: &p.ty },
        _ => ListShape::Other,
    }
}

/// The answer of an operation that is not CRUD: its first documented 2xx
/// status with the empty value of its body, every field as authentik
/// writes it when there is nothing to say (`defaults::empty`: `null`,
/// `[]`, model defaults; a paginated body is an empty first page).
pub fn example_reply(api: &Api, op: &Operation) -> Reply {
    let Some(response) = op.success() else {
        return Reply::empty(204);
    };
    let status = response.status.parse().unwrap_or(200);
    if let Some(ty) = response.json_type() {
        let mut value = defaults::empty(api, ty, &Context::default(), 0);
        if let ListShape::Paginated { pagination, .. } = list_shape(api, ty) {
            if let (Value::Object(map), Some(page)) = (&mut value, Page::new(0, None, None)) {
                map.insert(
                    "pagination".into(),
                    conform(api, pagination, page.pagination()),
                );
            }
        }
        return Reply::json(status, &conform(api, ty, value));
    }
    let Some(content) = response.content.first() else {
        return Reply::empty(status);
    };
    if is_json(&content.media_type) {
        return Reply::json(status, &json!({}));
    }
    let essence = content
        .media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let bytes: &[u8] = if essence.ends_with("xml") {
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fake/>\n"
    } else if essence.ends_with("yaml") || essence == "application/vnd.oai.openapi" {
        b"{}\n"
    } else {
        b""
    };
    Reply::raw(
        status,
        RawBody {
            content_type: content.media_type.clone(),
            bytes: bytes.to_vec(),
        },
    )
}

impl Backend for Fake {
    fn handle(&self, call: Call) -> impl Future<Output = Result<Reply, ServerError>> + Send {
        std::future::ready(self.answer(&call))
    }
}
