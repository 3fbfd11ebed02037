//! The hand reading of the model against serde's, on constructs one by one
//! and on every input the project has.

use super::{components, document};
use serde_json::Value;
use std::path::Path;

/// Both readings of `value`: the hand reader's (`None`: it gave up), and
/// serde's (`None`: an error). The components are read apart, as `parse`
/// reads them.
fn both(mut value: Value) -> (Option<openapiv3::OpenAPI>, Option<openapiv3::OpenAPI>) {
    let slow = openapiv3::OpenAPI::deserialize(&value).ok();
    let parts = value.as_object_mut().and_then(|d| d.remove("components"));
    let fast = document(&value).and_then(|mut doc| {
        doc.components = match &parts {
            Some(c) => components(c)?,
            None => None,
        };
        Some(doc)
    });
    (fast, slow)
}

use serde::Deserialize as _;

/// Where the hand reader answers, serde reads the same; where serde
/// fails, the hand reader does not answer.
fn check(what: &str, value: Value) -> bool {
    let (fast, slow) = both(value);
    match (&fast, &slow) {
        (Some(fast), Some(slow)) => assert!(fast == slow, "{what}: the readings differ"),
        (Some(_), None) => panic!("{what}: serde rejects what the hand reader read"),
        (None, _) => {}
    }
    fast.is_some()
}

fn doc(yaml: &str) -> Value {
    let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{yaml}");
    serde_yaml::from_str(&text).unwrap()
}

/// Constructs one by one, each in a component schema, a parameter or a
/// response, with the values serde reads in unexpected ways (`null`,
/// fractions for integers, mixtures openapiv3 reads as `AnySchema`).
#[test]
fn reads_as_serde_does() {
    let schemas = [
        "{type: string, format: date-time, pattern: '^a', minLength: 1, maxLength: 5}",
        "{type: string, format: uuid, enum: [a, b, null], nullable: true}",
        "{type: string, enum: [a, 1]}",
        "{type: string, minimum: 1}",
        "{type: string, minLength: -1}",
        "{type: string, minLength: 1.5}",
        "{type: string, format: null}",
        "{type: integer, format: int64, minimum: 0, maximum: 10, multipleOf: 2}",
        "{type: integer, minimum: 0.5}",
        "{type: integer, maximum: 18446744073709551615}",
        "{type: integer, enum: [1, 2.5]}",
        "{type: integer, exclusiveMinimum: true, minimum: 1}",
        "{type: number, format: double, minimum: -1.5, maximum: 3, enum: [1, 2.5, null]}",
        "{type: number, pattern: x}",
        "{type: boolean, enum: [true]}",
        "{type: boolean, format: x}",
        "{type: object, properties: {a: {type: string, readOnly: true}, b: {$ref: '#/components/schemas/S0'}}, required: [a], additionalProperties: false}",
        "{type: object, additionalProperties: {type: integer}, minProperties: 1}",
        "{type: object, additionalProperties: {$ref: '#/components/schemas/S0'}}",
        "{type: object, additionalProperties: 5}",
        "{type: object, items: {type: string}}",
        "{type: array, items: {type: string}, minItems: 1, maxItems: 3, uniqueItems: true}",
        "{type: array}",
        "{type: [string, 'null']}",
        "{type: 5}",
        "{type: null}",
        "{type: file}",
        "{allOf: [{$ref: '#/components/schemas/S0'}], description: d, title: t}",
        "{oneOf: [{type: string}, {type: integer}], discriminator: {propertyName: k}}",
        "{anyOf: [{type: string}]}",
        "{allOf: [{type: string}], properties: {a: {type: string}}}",
        "{oneOf: [{type: string}], anyOf: [{type: string}]}",
        "{not: {type: string}}",
        "{}",
        "{description: only docs, example: 3, default: null}",
        "{type: string, default: x, example: null, deprecated: true, writeOnly: true}",
        "{type: string, x-ext: 1, x-other: [a], unknown: ignored}",
        "{type: string, nullable: null}",
        "{type: string, title: 5}",
        "{$ref: '#/components/schemas/S0', description: a sibling}",
        "{$ref: 5}",
        "{type: string, externalDocs: {url: 'https://e.x'}}",
        "5",
        "{minimum: 1}",
        "{enum: [a]}",
    ];
    let mut answered = 0;
    for (i, schema) in schemas.iter().enumerate() {
        let value = doc(&format!(
            "paths: {{}}\ncomponents: {{schemas: {{S0: {{type: string}}, S{}: {schema}}}}}\n",
            i + 1
        ));
        answered += usize::from(check(schema, value));
    }
    assert!(answered > schemas.len() / 2, "{answered}");

    let parameters = [
        "{name: a, in: query, schema: {type: string}, required: true, description: d}",
        "{name: a, in: query, schema: {type: array, items: {type: string}}, style: form, explode: false}",
        "{name: a, in: query, schema: {type: object}, style: deepObject, allowReserved: true, allowEmptyValue: true}",
        "{name: a, in: query, schema: {type: string}, style: simple}",
        "{name: a, in: path, schema: {type: string, format: uuid}, required: true, style: label}",
        "{name: a, in: header, schema: {type: string}, deprecated: true}",
        "{name: a, in: header, schema: {type: string}, style: form}",
        "{name: a, in: cookie, schema: {type: string}}",
        "{name: a, in: body, schema: {type: string}}",
        "{name: a, in: query, content: {application/json: {schema: {type: object}}}}",
        "{name: a, in: query}",
        "{in: query, schema: {type: string}}",
        "{name: a, in: query, schema: {type: string}, example: x, examples: {e: {value: 1}}, x-p: 1}",
        "{name: a, in: query, schema: {type: string}, required: null}",
        "{$ref: '#/components/parameters/P'}",
    ];
    for parameter in parameters {
        let value = doc(&format!(
            "paths: {{/a: {{get: {{parameters: [{parameter}], responses: {{'200': {{description: ok}}}}}}}}}}\n\
             components: {{parameters: {{P: {{name: p, in: query, schema: {{type: integer}}}}}}}}\n"
        ));
        check(parameter, value);
    }

    let operations = [
        "{operationId: o, tags: [a, b], summary: s, description: d, deprecated: true, security: [{k: []}], responses: {'200': {description: ok, content: {application/json: {schema: {type: string}, example: x}}}}}",
        "{responses: {default: {description: d}, '404': {$ref: '#/components/responses/R'}}}",
        "{responses: {'2XX': {description: ok}}}",
        "{responses: {'200': {description: ok}, x-r: 1}}",
        "{responses: {'099': {description: ok}}}",
        "{responses: {'200': {content: {}}}}",
        "{responses: {'200': {description: ok, headers: {X-A: {schema: {type: string}}}, links: {}}}}",
        "{requestBody: {required: true, description: b, content: {multipart/form-data: {schema: {type: object}, encoding: {f: {contentType: image/png}}}}}, responses: {}}",
        "{requestBody: {$ref: '#/components/requestBodies/B'}, responses: {}}",
        "{callbacks: {}, servers: [{url: 'https://s.x'}], externalDocs: {url: 'https://e.x'}, x-o: 1, responses: {}}",
        "{security: null, responses: {}}",
        "{tags: [1], responses: {}}",
        "{}",
    ];
    for operation in operations {
        let value = doc(&format!(
            "paths: {{/a: {{post: {operation}, summary: p, parameters: [], x-p: 1}}, x-paths: 1, not-a-path: 2}}\n\
             components:\n  responses: {{R: {{description: r}}}}\n  requestBodies: {{B: {{content: {{}}}}}}\n  securitySchemes: {{k: {{type: http, scheme: bearer}}}}\n  x-c: 1\n\
             tags: [{{name: a}}]\nservers: [{{url: /api}}]\nsecurity: [{{k: []}}]\nx-top: 1\n"
        ));
        check(operation, value);
    }

    assert!(check("no components", doc("paths: {}\n")));
    assert!(check(
        "null components",
        doc("paths: {}\ncomponents: null\n")
    ));
    assert!(!check("no paths", doc("")));
    assert!(!check("a list", serde_json::json!([1])));
}

/// On every OpenAPI document the project has (fixtures, the pinned
/// authentik schemas, the other APIs' documents), read as `parse` reads
/// them: where the hand reader answers, serde reads the same; and it
/// answers on every pinned schema (the fast path is the one taken).
#[test]
fn agrees_with_serde_on_every_input() {
    use crate::test_inputs::{env_dir, files_below, fixture_specs, pinned_specs};
    let mut files = fixture_specs();
    let pinned = pinned_specs();
    files.extend(pinned.iter().cloned());
    if let Some(dir) = env_dir("AUTHENTIK_OTHER_SPECS_DIR") {
        files_below(&dir, &["yaml", "yml", "json"], &mut files);
    }
    let mut answered = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let Ok((value, _)) = super::super::parse_json(Path::new(path), &bytes) else {
            continue;
        };
        let fast = check(&path.display().to_string(), value);
        assert!(
            fast || !pinned.contains(path),
            "{}: the hand reader gave up",
            path.display()
        );
        answered += usize::from(fast);
    }
    assert!(answered > 10, "answered on {answered} of {}", files.len());
    eprintln!("answered on {answered} of {} documents", files.len());
}
