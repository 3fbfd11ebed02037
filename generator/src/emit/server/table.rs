//! `src/server/api.json`: the operations and types as data, read once by
//! the server runtime (`runtime/server/table.rs` is the reading side; the
//! two must agree, which every test that starts a generated server checks).
//!
//! Types keep their arena index, so `{"named": 12}` is `api.types[12]`.

use crate::ir::{
    Api, Constraints, Content, IntWidth, ParamLocation, ParamStyle, SecurityScheme, TypeKind,
    TypeRef,
};
use serde_json::{json, Map, Value};

/// The table as JSON.
pub fn render(api: &Api, server_path: &str) -> String {
    let schemes: Vec<Value> = api
        .security_schemes
        .iter()
        .filter_map(|(name, scheme)| Some(json!([name, scheme_kind(scheme)?])))
        .collect();
    let types: Vec<Value> = api
        .types
        .iter()
        .map(|def| {
            let kind = match &def.kind {
                TypeKind::Struct(s) => json!({ "struct": {
                    "fields": s.fields.iter().map(|f| {
                        let mut field = Map::new();
                        field.insert("name".into(), json!(f.name));
                        field.insert("ty".into(), ty(&f.ty));
                        field.insert("required".into(), json!(f.required));
                        field.insert("nullable".into(), json!(f.nullable));
                        field.insert("read_only".into(), json!(f.read_only));
                        field.insert("write_only".into(), json!(f.write_only));
                        if let Some(default) = &f.default {
                            field.insert("default".into(), default.clone());
                        }
                        if let Some(c) = constraints(&f.constraints) {
                            field.insert("constraints".into(), c);
                        }
                        Value::Object(field)
                    }).collect::<Vec<_>>(),
                    "additional": s.additional.as_deref().map(ty),
                }}),
                TypeKind::Enum(e) => json!({ "enum": { "values": e.values } }),
                TypeKind::Union(u) => json!({ "union": {
                    "discriminator": u.discriminator,
                    "variants": u.variants.iter().map(|v| json!({
                        "tags": v.tags,
                        "ty": ty(&v.ty),
                    })).collect::<Vec<_>>(),
                }}),
                TypeKind::Alias(t) => json!({ "alias": { "ty": ty(t) } }),
            };
            json!({ "name": def.origin.schema_name(), "kind": kind })
        })
        .collect();
    let operations: Vec<Value> = api
        .operations
        .iter()
        .map(|op| {
            let params: Vec<Value> = op
                .parameters
                .iter()
                .filter_map(|p| {
                    let location = match p.location {
                        ParamLocation::Path => "path",
                        ParamLocation::Query => "query",
                        ParamLocation::Header => "header",
                        ParamLocation::Cookie => return None,
                    };
                    let separator = match p.style {
                        ParamStyle::SpaceDelimited => " ",
                        ParamStyle::PipeDelimited => "|",
                        _ => ",",
                    };
                    let mut param = json!({
                        "name": p.name,
                        "in": location,
                        "ty": ty(&p.ty),
                        "required": p.required || p.location == ParamLocation::Path,
                        "explode": p.explode,
                        "separator": separator,
                    });
                    if p.style == ParamStyle::DeepObject && p.location == ParamLocation::Query {
                        param["deep"] = json!(true);
                    }
                    if let Some(c) = constraints(&p.constraints) {
                        param["constraints"] = c;
                    }
                    Some(param)
                })
                .collect();
            let body = op.request_body.as_ref().map(|b| {
                json!({
                    "required": b.required,
                    "content": b.content.iter().map(content).collect::<Vec<_>>(),
                })
            });
            let responses: Vec<Value> = op
                .responses
                .iter()
                .map(|r| {
                    json!({
                        "status": r.status,
                        "content": r.content.iter().map(content).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "id": op.id,
                "tag": op.tag,
                "method": op.method.as_str(),
                "path": op.path,
                "security": op.security,
                "params": params,
                "body": body,
                "responses": responses,
            })
        })
        .collect();
    // One line per type and per operation: readable diffs, few lines.
    let mut text = String::from("{\n");
    let head = [
        ("version", json!(api.info.version)),
        ("server_path", json!(server_path)),
        ("schemes", Value::Array(schemes)),
    ];
    for (key, value) in head {
        text.push_str(&format!("{}: {},\n", json!(key), sorted(&value)));
    }
    for (i, (key, items)) in [("types", types), ("operations", operations)]
        .into_iter()
        .enumerate()
    {
        text.push_str(&format!("{}: [\n", json!(key)));
        let lines: Vec<String> = items.iter().map(|v| sorted(v).to_string()).collect();
        text.push_str(&lines.join(",\n"));
        text.push_str(if i == 0 { "\n],\n" } else { "\n]\n" });
    }
    text.push_str("}\n");
    text
}

fn scheme_kind(scheme: &SecurityScheme) -> Option<Value> {
    Some(match scheme {
        SecurityScheme::ApiKey { name, location } => match location {
            ParamLocation::Header if name.eq_ignore_ascii_case("authorization") => {
                json!({ "authorization": { "prefix": "Bearer" } })
            }
            ParamLocation::Header => json!({ "header": { "name": name.to_ascii_lowercase() } }),
            ParamLocation::Query => json!({ "query": { "name": name } }),
            ParamLocation::Cookie | ParamLocation::Path => return None,
        },
        SecurityScheme::Http { scheme } => json!({ "authorization": { "prefix": scheme } }),
        SecurityScheme::Other { .. } => json!({ "authorization": { "prefix": "Bearer" } }),
    })
}

fn content(c: &Content) -> Value {
    json!({ "media_type": c.media_type, "ty": c.ty.as_ref().map(ty) })
}

fn constraints(c: &Constraints) -> Option<Value> {
    if c.is_empty() {
        return None;
    }
    Some(json!({
        "min_length": c.min_length,
        "max_length": c.max_length,
        "minimum": c.minimum,
        "maximum": c.maximum,
        "pattern": c.pattern,
        "min_items": c.min_items,
        "max_items": c.max_items,
        "format": c.format,
        "items": c.items.as_deref().and_then(constraints),
    }))
}

fn ty(t: &TypeRef) -> Value {
    match t {
        TypeRef::Named(id) => json!({ "named": id.0 }),
        TypeRef::String => json!("string"),
        TypeRef::Binary => json!("binary"),
        TypeRef::Boolean => json!("boolean"),
        TypeRef::Integer(w) => json!({ "integer": match w {
            IntWidth::I32 => "i32",
            IntWidth::I64 => "i64",
            IntWidth::U32 => "u32",
            IntWidth::U64 => "u64",
        }}),
        TypeRef::Number => json!("number"),
        TypeRef::Uuid => json!("uuid"),
        TypeRef::DateTime | TypeRef::LenientDateTime => json!("date_time"),
        TypeRef::Date => json!("date"),
        TypeRef::Json | TypeRef::FieldErrors => json!("json"),
        TypeRef::Array(item) => json!({ "array": ty(item) }),
        TypeRef::Map(value) => json!({ "map": ty(value) }),
        TypeRef::Nullable(inner) => json!({ "nullable": ty(inner) }),
        TypeRef::Versioned(inner) => json!({ "versioned": ty(inner) }),
    }
}

/// `value` with every object's keys sorted, whatever map `serde_json` was
/// built with (`preserve_order` keeps insertion order): stable output.
fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for k in keys {
                out.insert(k.clone(), sorted(&map[k]));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}
