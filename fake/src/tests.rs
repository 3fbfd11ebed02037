//! Engine tests against the generated operation table: classification, key
//! assignment, CRUD, list queries, and a sweep over every operation.

use crate::conform::fits;
use crate::rt::{self, Api, Auth, Call, Operation, Reply, ReplyBody, ServerError};
use crate::viewset::{Index, KeyKind};
use crate::Fake;
use serde_json::{json, Map, Value};

fn api() -> &'static Api {
    rt::api()
}

fn op(id: &str) -> &'static Operation {
    api()
        .operation(id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

fn call(fake: &Fake, id: &str, params: Value, body: Option<Value>) -> Result<Reply, ServerError> {
    let params = match params {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    fake.answer(&Call {
        api: api(),
        op: op(id),
        auth: Auth::anonymous(),
        params,
        body,
        files: Vec::new(),
        raw: None,
    })
}

/// Status and JSON body of a call, errors turned into their replies.
fn send(fake: &Fake, id: &str, params: Value, body: Option<Value>) -> (u16, Value) {
    let reply = call(fake, id, params, body).unwrap_or_else(ServerError::into_reply);
    let body = match reply.body {
        ReplyBody::Json(v) => v,
        ReplyBody::Empty => Value::Null,
        ReplyBody::Raw(raw) => Value::String(String::from_utf8_lossy(&raw.bytes).into_owned()),
    };
    (reply.status, body)
}

fn response_fits(id: &str, status: u16, body: &Value) -> bool {
    let op = op(id);
    let Some(response) = op.responses.iter().find(|r| r.status == status.to_string()) else {
        return false;
    };
    match response.json_type() {
        Some(ty) => fits(api(), ty, body),
        None => true,
    }
}

#[test]
fn viewsets_are_found() {
    let index = Index::new(api());
    assert!(index.viewsets.len() > 100, "{}", index.viewsets.len());
    let find = |c: &str| {
        index
            .viewsets
            .iter()
            .find(|v| v.collection == c)
            .unwrap_or_else(|| panic!("no viewset {c}"))
    };
    let groups = find("/core/groups/");
    assert_eq!(groups.key_param, "group_uuid");
    assert_eq!(groups.key_kind, KeyKind::Uuid);
    assert_eq!(groups.key_field.as_deref(), Some("pk"));
    assert_eq!(groups.ops.len(), 6);
    assert_eq!(
        Fake::new().operations("/core/groups/").map(|ops| ops.len()),
        Some(6)
    );
    let users = find("/core/users/");
    assert_eq!(
        (users.key_param.as_str(), users.key_kind),
        ("id", KeyKind::Integer)
    );
    assert_eq!(users.key_field.as_deref(), Some("pk"));
    let apps = find("/core/applications/");
    assert_eq!(apps.key_kind, KeyKind::Text);
    assert_eq!(apps.key_field.as_deref(), Some("slug"));
    let bindings = find("/policies/bindings/");
    assert_eq!(bindings.key_param, "policy_binding_uuid");
    // Actions on items are not CRUD.
    assert!(index.role("core_users_set_password_create").is_none());
    assert!(index.role("core_users_me_retrieve").is_none());
}

#[test]
fn group_crud() {
    let fake = Fake::new();
    let (status, created) = send(
        &fake,
        "core_groups_create",
        json!({}),
        Some(json!({"name": "admins", "is_superuser": true, "attributes": {"a": 1}})),
    );
    assert_eq!(status, 201, "{created}");
    assert!(response_fits("core_groups_create", 201, &created));
    assert_eq!(created["name"], "admins");
    assert_eq!(created["is_superuser"], true);
    assert_eq!(created["attributes"], json!({"a": 1}));
    let pk = created["pk"].as_str().expect("pk").to_string();
    let parsed = uuid::Uuid::parse_str(&pk).expect("uuid pk");
    assert_eq!(parsed.get_version_num(), 4);

    let (status, got) = send(
        &fake,
        "core_groups_retrieve",
        json!({"group_uuid": pk}),
        None,
    );
    assert_eq!((status, &got), (200, &created));
    // Upper case and unhyphenated UUIDs name the same object.
    let upper = parsed.simple().to_string().to_uppercase();
    let (status, _) = send(
        &fake,
        "core_groups_retrieve",
        json!({"group_uuid": upper}),
        None,
    );
    assert_eq!(status, 200);

    let (status, patched) = send(
        &fake,
        "core_groups_partial_update",
        json!({"group_uuid": pk}),
        Some(json!({"name": "renamed", "pk": "00000000-0000-4000-8000-000000000001"})),
    );
    assert_eq!(status, 200);
    assert_eq!(patched["name"], "renamed");
    assert_eq!(patched["is_superuser"], true, "PATCH keeps other fields");
    assert_eq!(patched["pk"], pk.as_str(), "read-only pk is kept");

    let (status, put) = send(
        &fake,
        "core_groups_update",
        json!({"group_uuid": pk}),
        Some(json!({"name": "put", "is_superuser": false})),
    );
    assert_eq!(status, 200);
    assert_eq!(
        (put["name"].as_str(), put["is_superuser"].as_bool()),
        (Some("put"), Some(false))
    );
    assert!(response_fits("core_groups_update", 200, &put));

    let (status, list) = send(&fake, "core_groups_list", json!({}), None);
    assert_eq!(status, 200);
    assert!(response_fits("core_groups_list", 200, &list));
    assert_eq!(list["results"], json!([put]));
    assert_eq!(list["pagination"]["count"], 1);

    let (status, body) = send(
        &fake,
        "core_groups_destroy",
        json!({"group_uuid": pk}),
        None,
    );
    assert_eq!((status, body), (204, Value::Null));
    let (status, body) = send(
        &fake,
        "core_groups_retrieve",
        json!({"group_uuid": pk}),
        None,
    );
    assert_eq!(
        (status, body),
        (404, json!({"detail": "No Group matches the given query."}))
    );
    let (status, _) = send(
        &fake,
        "core_groups_destroy",
        json!({"group_uuid": pk}),
        None,
    );
    assert_eq!(status, 404);
    let (status, _) = send(
        &fake,
        "core_groups_partial_update",
        json!({"group_uuid": pk}),
        Some(json!({})),
    );
    assert_eq!(status, 404);
    assert_eq!(fake.objects("/core/groups/"), Some(vec![]));
}

#[test]
fn integer_keys_count_up() {
    let fake = Fake::new();
    let mut pks = Vec::new();
    for name in ["a", "b", "c"] {
        let (status, user) = send(
            &fake,
            "core_users_create",
            json!({}),
            Some(json!({"username": name, "name": name, "password": "secret"})),
        );
        assert_eq!(status, 201, "{user}");
        assert!(
            user.get("password").is_none(),
            "write-only fields are not stored"
        );
        assert!(response_fits("core_users_create", 201, &user));
        pks.push(user["pk"].clone());
    }
    assert_eq!(pks, vec![json!(1), json!(2), json!(3)]);
    let (status, _) = send(&fake, "core_users_destroy", json!({"id": 3}), None);
    assert_eq!(status, 204);
    let (_, user) = send(
        &fake,
        "core_users_create",
        json!({}),
        Some(json!({"username": "d", "name": "d"})),
    );
    assert_eq!(user["pk"], 4, "keys are not reused");
    let (status, got) = send(&fake, "core_users_retrieve", json!({"id": 2}), None);
    assert_eq!((status, got["username"].as_str()), (200, Some("b")));
}

#[test]
fn text_keys_come_from_the_body() {
    let fake = Fake::new();
    let body = json!({"name": "App", "slug": "app"});
    let (status, app) = send(
        &fake,
        "core_applications_create",
        json!({}),
        Some(body.clone()),
    );
    assert_eq!(status, 201, "{app}");
    assert_eq!(app["slug"], "app");
    assert!(
        uuid::Uuid::parse_str(app["pk"].as_str().unwrap()).is_ok(),
        "pk is a uuid"
    );

    let (status, error) = send(&fake, "core_applications_create", json!({}), Some(body));
    assert_eq!(status, 400);
    assert_eq!(
        error,
        json!({"slug": ["application with this slug already exists."]})
    );
    let (status, error) = send(
        &fake,
        "core_applications_create",
        json!({}),
        Some(json!({"name": "x"})),
    );
    assert_eq!(
        (status, error),
        (400, json!({"slug": ["This field is required."]}))
    );

    // Changing the slug moves the object.
    let (status, moved) = send(
        &fake,
        "core_applications_partial_update",
        json!({"slug": "app"}),
        Some(json!({"slug": "moved"})),
    );
    assert_eq!((status, moved["slug"].as_str()), (200, Some("moved")));
    assert_eq!(
        send(
            &fake,
            "core_applications_retrieve",
            json!({"slug": "app"}),
            None
        )
        .0,
        404
    );
    assert_eq!(
        send(
            &fake,
            "core_applications_retrieve",
            json!({"slug": "moved"}),
            None
        )
        .0,
        200
    );
    assert_eq!(moved["pk"], app["pk"]);

    // ... but not onto another object.
    send(
        &fake,
        "core_applications_create",
        json!({}),
        Some(json!({"name": "B", "slug": "b"})),
    );
    let (status, _) = send(
        &fake,
        "core_applications_partial_update",
        json!({"slug": "b"}),
        Some(json!({"slug": "moved"})),
    );
    assert_eq!(status, 400);
}

#[test]
fn list_queries() {
    let fake = Fake::new();
    for i in 0..45 {
        let name = format!("group-{i:02}");
        let (status, _) = send(
            &fake,
            "core_groups_create",
            json!({}),
            Some(json!({"name": name, "is_superuser": i % 3 == 0})),
        );
        assert_eq!(status, 201);
    }
    let list = |params: Value| send(&fake, "core_groups_list", params, None);

    let (status, page) = list(json!({"page": 3, "page_size": 20}));
    assert_eq!(status, 200);
    assert_eq!(
        page["pagination"],
        json!({"next": 0, "previous": 2, "count": 45, "current": 3,
            "total_pages": 3, "start_index": 41, "end_index": 45})
    );
    assert_eq!(page["results"].as_array().map(Vec::len), Some(5));
    assert_eq!(page["results"][0]["name"], "group-40");
    assert!(response_fits("core_groups_list", 200, &page));

    let (status, body) = list(json!({"page": 4, "page_size": 20}));
    assert_eq!((status, body), (404, json!({"detail": "Invalid page."})));

    let (_, all) = list(json!({}));
    assert_eq!(all["pagination"]["count"], 45);
    assert_eq!(all["pagination"]["total_pages"], 1);

    let (_, ordered) = list(json!({"ordering": "-name", "page_size": 2}));
    assert_eq!(ordered["results"][0]["name"], "group-44");
    assert_eq!(ordered["results"][1]["name"], "group-43");
    assert_eq!(ordered["pagination"]["next"], 2);

    let (_, found) = list(json!({"search": "GROUP-1"}));
    assert_eq!(found["pagination"]["count"], 10);

    let (_, supers) = list(json!({"is_superuser": true}));
    assert_eq!(supers["pagination"]["count"], 15);

    let (_, named) = list(json!({"name": "group-07"}));
    assert_eq!(named["pagination"]["count"], 1);

    // Parameters that are not fields do not filter.
    let (_, unfiltered) = list(json!({"include_users": false}));
    assert_eq!(unfiltered["pagination"]["count"], 45);
}

#[test]
fn seeding_keeps_read_only_fields() {
    let fake = Fake::new();
    let user = fake
        .insert(
            "/core/users/",
            json!({"pk": 42, "username": "akadmin", "is_superuser": true}),
        )
        .unwrap();
    assert_eq!(user["pk"], 42);
    assert_eq!(user["is_superuser"], true);
    let (status, got) = send(&fake, "core_users_retrieve", json!({"id": 42}), None);
    assert_eq!((status, got["username"].as_str()), (200, Some("akadmin")));
    let (_, next) = send(
        &fake,
        "core_users_create",
        json!({}),
        Some(json!({"username": "x", "name": "x"})),
    );
    assert_eq!(next["pk"], 43);
    assert!(fake.insert("/not/a/viewset/", json!({})).is_err());
    fake.reset();
    assert_eq!(fake.objects("/core/users/"), Some(vec![]));
}

/// Every viewset: create from the example request body, read it back,
/// delete it.
#[test]
fn every_viewset_round_trips() {
    let fake = Fake::new();
    let index = Index::new(api());
    let mut created = 0;
    for viewset in &index.viewsets {
        let id_of = |role| {
            viewset
                .ops
                .iter()
                .find(|(_, r)| **r == role)
                .map(|(id, _)| *id)
        };
        let Some(create) = id_of(crate::viewset::Role::Create) else {
            continue;
        };
        let body = op(create)
            .body
            .as_ref()
            .and_then(|b| b.content.first())
            .and_then(|c| c.ty.as_ref())
            .map(|ty| api().example(ty));
        let (status, reply) = send(&fake, create, json!({}), body);
        assert!((200..300).contains(&status), "{create}: {status} {reply}");
        assert!(response_fits(create, status, &reply), "{create}: {reply}");
        created += 1;
        let Some(key_field) = &viewset.key_field else {
            continue;
        };
        let stored = fake.objects(&viewset.collection).unwrap_or_default();
        assert_eq!(stored.len(), 1, "{create}");
        let object = &stored[0];
        if let Some(ty) = &viewset.object_ty {
            assert!(fits(api(), ty, object), "{create}: {object}");
        }
        let key = object[key_field].clone();
        let params = json!({ viewset.key_param.clone(): key });
        if let Some(retrieve) = id_of(crate::viewset::Role::Retrieve) {
            let (status, got) = send(&fake, retrieve, params.clone(), None);
            assert_eq!(status, 200, "{retrieve}: {got}");
            assert!(response_fits(retrieve, 200, &got), "{retrieve}: {got}");
        }
        if let Some(list) = id_of(crate::viewset::Role::List) {
            let (status, page) = send(&fake, list, json!({}), None);
            assert_eq!(status, 200, "{list}: {page}");
            assert!(response_fits(list, 200, &page), "{list}: {page}");
            assert_eq!(page["pagination"]["count"], 1, "{list}");
        }
        if let Some(destroy) = id_of(crate::viewset::Role::Destroy) {
            assert_eq!(
                send(&fake, destroy, params.clone(), None).0,
                204,
                "{destroy}"
            );
            if let Some(retrieve) = id_of(crate::viewset::Role::Retrieve) {
                assert_eq!(send(&fake, retrieve, params, None).0, 404, "{retrieve}");
            }
        }
    }
    assert!(created > 80, "{created}");
}

/// Every operation, with example parameters: no panic, and a documented
/// 2xx body that fits, or a 404 for an unknown key.
#[test]
fn every_operation_answers() {
    let fake = Fake::new();
    for op in &api().operations {
        let mut params = Map::new();
        for p in &op.params {
            if p.required {
                params.insert(p.name.clone(), api().example(&p.ty));
            }
        }
        let body = op
            .body
            .as_ref()
            .and_then(|b| b.content.first())
            .and_then(|c| c.ty.as_ref())
            .map(|ty| api().example(ty));
        let (status, reply) = send(&fake, &op.id, Value::Object(params), body);
        match status {
            404 => {}
            s if (200..300).contains(&s) => {
                assert!(response_fits(&op.id, status, &reply), "{}: {reply}", op.id);
            }
            // Creating the same text key twice across operations.
            400 => {}
            other => panic!("{}: {other} {reply}", op.id),
        }
    }
}

/// Every entry of the model-defaults table names a field of a type of the
/// API, and its value fits that field (a stale entry fails here).
#[test]
fn model_defaults_name_real_fields_and_fit_them() {
    use crate::defaults::{field_default, Context, Fill, MODEL_DEFAULTS};
    let api = api();
    let context = Context {
        request_user: Some(json!(1)),
    };
    for (ty, name, fill) in MODEL_DEFAULTS {
        let index = api
            .types
            .iter()
            .position(|t| t.name == *ty)
            .unwrap_or_else(|| panic!("no type {ty}"));
        let owner = rt::Ty::Named(index);
        let field = api
            .fields(&owner)
            .and_then(|fields| fields.iter().find(|f| f.name == *name))
            .unwrap_or_else(|| panic!("{ty} has no field {name}"));
        let object = Map::from_iter([("slug".to_string(), json!("s"))]);
        let value = field_default(api, ty, field, &object, &context, 0);
        if let Fill::Json(text) = fill {
            assert_eq!(
                value,
                serde_json::from_str::<Value>(text).unwrap(),
                "{ty}.{name}"
            );
        }
        assert!(fits(api, &field.ty, &value), "{ty}.{name} = {value}");
    }
}

/// A created object has every field the real serializer writes: the
/// model's defaults, server-assigned values, `null`/`[]` for relations.
#[test]
fn created_objects_have_every_field_with_authentik_defaults() {
    let fake = Fake::new();
    let (status, admin) = send(
        &fake,
        "core_users_create",
        json!({}),
        Some(json!({"username": "akadmin", "name": "admin"})),
    );
    assert_eq!(status, 201, "{admin}");
    for (key, want) in [
        ("is_active", json!(true)),
        ("path", json!("users")),
        ("type", json!("internal")),
        ("last_login", Value::Null),
        ("groups", json!([])),
        ("attributes", json!({})),
    ] {
        assert_eq!(admin[key], want, "{key}: {admin}");
    }
    assert_eq!(admin["uid"].as_str().map(str::len), Some(64), "{admin}");
    // authentik writes `""` for an unset email, which its schema's `format:
    // email` forbids; the fake's answers fit the schema.
    assert_eq!(admin["email"], "user@example.com");

    let (status, provider) = send(
        &fake,
        "providers_oauth2_create",
        json!({}),
        Some(json!({
            "name": "p",
            "authorization_flow": "00000000-0000-4000-8000-000000000001",
            "invalidation_flow": "00000000-0000-4000-8000-000000000002",
            "redirect_uris": []
        })),
    );
    assert_eq!(status, 201, "{provider}");
    assert_eq!(provider["client_type"], "confidential");
    assert_eq!(provider["sub_mode"], "hashed_user_id");
    assert_eq!(provider["client_id"].as_str().map(str::len), Some(40));
    assert_eq!(provider["client_secret"].as_str().map(str::len), Some(128));
    assert_eq!(provider["assigned_application_slug"], Value::Null);

    // A token's user is the requesting user (the fake's admin).
    let (status, token) = send(
        &fake,
        "core_tokens_create",
        json!({}),
        Some(json!({"identifier": "t", "intent": "api"})),
    );
    assert_eq!(status, 201, "{token}");
    assert_eq!(token["user"], admin["pk"]);

    // Usernames are unique, with DRF's message.
    let (status, body) = send(
        &fake,
        "core_users_create",
        json!({}),
        Some(json!({"username": "akadmin", "name": "again"})),
    );
    assert_eq!(
        (status, body),
        (400, json!({"username": ["This field must be unique."]}))
    );
}

/// Unique values are checked on create and update, and freed by update
/// and destroy.
#[test]
fn unique_names_follow_updates_and_deletes() {
    let fake = Fake::new();
    let create = |name: &str| {
        send(
            &fake,
            "core_groups_create",
            json!({}),
            Some(json!({ "name": name })),
        )
    };
    let (_, a) = create("a");
    let (_, b) = create("b");
    let taken = (
        400,
        json!({"name": ["group with this name already exists."]}),
    );
    assert_eq!(create("a"), taken);
    let patch = |group: &Value, name: &str| {
        send(
            &fake,
            "core_groups_partial_update",
            json!({"group_uuid": group["pk"]}),
            Some(json!({ "name": name })),
        )
        .0
    };
    assert_eq!(patch(&b, "a"), 400);
    assert_eq!(patch(&b, "b"), 200);
    assert_eq!(patch(&b, "c"), 200);
    assert_eq!(create("b").0, 201);
    let (status, _) = send(
        &fake,
        "core_groups_destroy",
        json!({"group_uuid": a["pk"]}),
        None,
    );
    assert_eq!(status, 204);
    assert_eq!(create("a").0, 201);
}
