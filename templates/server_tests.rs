//! Tests of the server runtime on a small hand-written table: parameter
//! parsing (styles, coercion, errors), body validation messages, examples.

use crate::runtime::server::table::{Api, Constraints, Ty};
use crate::runtime::server::validate::check;
use serde_json::{json, Value};

fn api() -> Api {
    let table = json!({
        "version": "1",
        "server_path": "/api/v3",
        "schemes": [["authentik", {"authorization": {"prefix": "bearer"}}]],
        "types": [
            {"name": "Mode", "kind": {"enum": {"values": ["strict", "regex"]}}},
            {"name": "Thing", "kind": {"struct": {"additional": null, "fields": [
                {"name": "name", "ty": "string", "required": true, "nullable": false,
                 "read_only": false, "write_only": false,
                 "constraints": {"min_length": 1, "max_length": 5, "pattern": "^[a-z]+$"}},
                {"name": "pk", "ty": {"integer": "i32"}, "required": true, "nullable": false,
                 "read_only": true, "write_only": false},
                {"name": "mode", "ty": {"named": 0}, "required": false, "nullable": true,
                 "read_only": false, "write_only": false},
                {"name": "tags", "ty": {"array": "uuid"}, "required": false, "nullable": false,
                 "read_only": false, "write_only": false, "constraints": {"max_items": 2}},
                {"name": "size", "ty": {"integer": "u32"}, "required": false, "nullable": false,
                 "read_only": false, "write_only": false, "constraints": {"minimum": 1, "maximum": 10}}
            ]}}}
        ],
        "operations": []
    });
    serde_json::from_value(table).expect("the test table parses")
}

fn errors(value: Value) -> Option<Value> {
    check(&api(), &Ty::Named(1), &value, &Constraints::default())
}

#[test]
fn valid_bodies_pass_and_read_only_fields_are_ignored() {
    assert_eq!(errors(json!({"name": "abc"})), None);
    assert_eq!(
        errors(json!({"name": "abc", "pk": "ignored", "mode": null})),
        None
    );
    assert_eq!(
        errors(json!({"name": "abc", "mode": "regex", "size": 10})),
        None
    );
}

#[test]
fn invalid_bodies_get_drf_shaped_messages() {
    assert_eq!(
        errors(json!({})),
        Some(json!({"name": ["This field is required."]}))
    );
    assert_eq!(
        errors(json!({"name": ""})),
        Some(json!({"name": ["This field may not be blank."]}))
    );
    assert_eq!(
        errors(json!({"name": "abcdef"})),
        Some(json!({"name": ["Ensure this field has no more than 5 characters."]}))
    );
    assert_eq!(
        errors(json!({"name": "ABC"})),
        Some(json!({"name": ["This value does not match the required pattern."]}))
    );
    assert_eq!(
        errors(json!({"name": "abc", "mode": "fuzzy", "size": 0})),
        Some(json!({
            "mode": ["\"fuzzy\" is not a valid choice."],
            "size": ["Ensure this value is greater than or equal to 1."]
        }))
    );
    assert_eq!(
        errors(json!({"name": "abc", "tags": ["x"]})),
        Some(json!({"tags": {"0": ["Must be a valid UUID."]}}))
    );
    assert_eq!(
        errors(json!({"name": "abc", "tags": [
            "00000000-0000-0000-0000-000000000001",
            "00000000-0000-0000-0000-000000000002",
            "00000000-0000-0000-0000-000000000003"
        ]})),
        Some(json!({"tags": ["Ensure this field has no more than 2 elements."]}))
    );
    assert_eq!(
        errors(json!("abc")),
        Some(json!(["Invalid data. Expected a dictionary, but got str."]))
    );
}

#[test]
fn examples_are_valid() {
    let api = api();
    let example = api.example(&Ty::Named(1));
    assert_eq!(example["name"], json!("strin"));
    assert_eq!(
        check(&api, &Ty::Named(1), &example, &Constraints::default()),
        None
    );
    assert_eq!(api.example(&Ty::Named(0)), json!("strict"));
}

#[test]
fn nesting_is_bounded() {
    let api = api();
    let mut value = json!("x");
    for _ in 0..200 {
        value = json!([value]);
    }
    let deep = Ty::Array(Box::new(Ty::Json));
    let mut ty = deep.clone();
    for _ in 0..200 {
        ty = Ty::Array(Box::new(ty));
    }
    // Deeply nested input is refused with a message, not a stack overflow.
    assert!(check(&api, &ty, &value, &Constraints::default()).is_some());
}

/// Form bodies and `deepObject` parameters: pairs typed by the schema's
/// fields, arrays from repeated keys, brackets for nesting.
#[test]
fn form_pairs_are_typed_by_the_fields() {
    use crate::runtime::server::form::object;
    let api = api();
    let pairs = [
        ("name", "abc"),
        ("size", "3"),
        ("tags", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        ("tags", "4fa85f64-5717-4562-b3fc-2c963f66afa6"),
        ("other[deep][er]", "x"),
        ("a[b][c][d][e][f][g][h][i]", "too deep"),
    ];
    let value = object(
        &api,
        Some(&Ty::Named(1)),
        pairs.map(|(k, v)| (k, v.to_string())),
    );
    assert_eq!(
        value,
        json!({
            "name": "abc", "size": 3,
            "tags": ["3fa85f64-5717-4562-b3fc-2c963f66afa6", "4fa85f64-5717-4562-b3fc-2c963f66afa6"],
            "other": {"deep": {"er": "x"}}
        })
    );
    // What does not read as the field's type stays text, for validation.
    let value = object(&api, Some(&Ty::Named(1)), [("size", "big".to_string())]);
    assert_eq!(value, json!({"size": "big"}));
    assert!(errors(json!({"name": "abc", "size": "big"})).is_some());
    // A deepObject parameter's pairs, its name stripped: `[key]`.
    let value = object(&api, Some(&Ty::Named(1)), [("[size]", "4".to_string())]);
    assert_eq!(value, json!({"size": 4}));
}
