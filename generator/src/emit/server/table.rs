//! `src/server/api.json`: the operations and types as data, read once by
//! the server runtime. The format's types are the runtime's own
//! (`templates/runtime/server/table_format.rs`, included here as
//! [`format`](mod@format)): this module fills them in from the IR, so a field the
//! runtime expects and the generator does not write is a compile error.

#[path = "../../../../templates/runtime/server/table_format.rs"]
#[allow(dead_code)]
mod format;

use crate::emit::error::EmitError;
use crate::ir::{
    Api, Constraints, Content, IntWidth, ParamLocation, ParamStyle, SecurityScheme, TypeKind,
    TypeRef,
};
use serde_json::Value;

/// The table as JSON text: one line per type and per operation (readable
/// diffs, few lines), every object's keys sorted. The format's fields are
/// declared in sorted order, so each item is serialised straight to text.
pub(crate) fn render(api: &Api, server_path: &str) -> Result<String, EmitError> {
    let table = table(api, server_path);
    Ok(format!(
        "{{\n\"version\": {},\n\"server_path\": {},\n\"schemes\": {},\n\
         \"types\": [\n{}\n],\n\"operations\": [\n{}\n]\n}}\n",
        json(&table.version)?,
        json(&table.server_path)?,
        json(&table.schemes)?,
        lines(&table.types)?,
        lines(&table.operations)?,
    ))
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, EmitError> {
    serde_json::to_string(value).map_err(EmitError::Table)
}

/// One item per line.
fn lines<T: serde::Serialize>(items: &[T]) -> Result<String, EmitError> {
    Ok(items
        .iter()
        .map(json)
        .collect::<Result<Vec<_>, _>>()?
        .join(",\n"))
}

fn table(api: &Api, server_path: &str) -> format::Api {
    format::Api {
        version: api.info.version.clone(),
        server_path: server_path.to_string(),
        schemes: api
            .security_schemes
            .iter()
            .filter_map(|(name, scheme)| Some((name.clone(), scheme_kind(scheme)?)))
            .collect(),
        types: api
            .types
            .iter()
            .map(|def| format::TypeInfo {
                name: def.origin.schema_name().to_string(),
                kind: match &def.kind {
                    TypeKind::Struct(s) => format::Kind::Struct {
                        fields: s
                            .fields
                            .iter()
                            .map(|f| format::Field {
                                name: f.name.clone(),
                                ty: ty(&f.ty),
                                required: f.required,
                                nullable: f.nullable,
                                read_only: f.read_only,
                                write_only: f.write_only,
                                default: f.default.clone().map(sorted),
                                constraints: constraints(&f.constraints),
                            })
                            .collect(),
                        additional: s.additional.as_deref().map(ty),
                    },
                    TypeKind::Enum(e) => format::Kind::Enum {
                        values: e.values.clone(),
                    },
                    TypeKind::Union(u) => format::Kind::Union {
                        discriminator: u.discriminator.clone(),
                        variants: u
                            .variants
                            .iter()
                            .map(|v| format::Variant {
                                tags: v.tags.clone(),
                                ty: ty(&v.ty),
                            })
                            .collect(),
                    },
                    TypeKind::Alias(t) => format::Kind::Alias { ty: ty(t) },
                },
            })
            .collect(),
        operations: api
            .operations
            .iter()
            .map(|op| format::Operation {
                id: op.id.clone(),
                tag: op.tag.clone(),
                method: op.method.as_str().to_string(),
                path: op.path.clone(),
                security: op.security.clone(),
                params: op
                    .parameters
                    .iter()
                    .filter_map(|p| {
                        let location = match p.location {
                            ParamLocation::Path => format::Location::Path,
                            ParamLocation::Query => format::Location::Query,
                            ParamLocation::Header => format::Location::Header,
                            ParamLocation::Cookie => return None,
                        };
                        let separator = match p.style {
                            ParamStyle::SpaceDelimited => " ",
                            ParamStyle::PipeDelimited => "|",
                            _ => ",",
                        };
                        Some(format::Param {
                            name: p.name.clone(),
                            location,
                            ty: ty(&p.ty),
                            required: p.required || p.location == ParamLocation::Path,
                            explode: p.explode,
                            separator: separator.to_string(),
                            deep: p.style == ParamStyle::DeepObject
                                && p.location == ParamLocation::Query,
                            constraints: constraints(&p.constraints),
                        })
                    })
                    .collect(),
                body: op.request_body.as_ref().map(|b| format::Body {
                    required: b.required,
                    content: b.content.iter().map(content).collect(),
                }),
                responses: op
                    .responses
                    .iter()
                    .map(|r| format::Response {
                        status: r.status.clone(),
                        content: r.content.iter().map(content).collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn scheme_kind(scheme: &SecurityScheme) -> Option<format::SchemeKind> {
    let bearer = || format::SchemeKind::Authorization {
        prefix: "Bearer".to_string(),
    };
    Some(match scheme {
        SecurityScheme::ApiKey { name, location } => match location {
            ParamLocation::Header if name.eq_ignore_ascii_case("authorization") => bearer(),
            ParamLocation::Header => format::SchemeKind::Header {
                name: name.to_ascii_lowercase(),
            },
            ParamLocation::Query => format::SchemeKind::Query { name: name.clone() },
            ParamLocation::Cookie | ParamLocation::Path => return None,
        },
        SecurityScheme::Http { scheme } => format::SchemeKind::Authorization {
            prefix: scheme.clone(),
        },
        SecurityScheme::Other { .. } => bearer(),
    })
}

fn content(c: &Content) -> format::Content {
    format::Content {
        media_type: c.media_type.clone(),
        ty: c.ty.as_ref().map(ty),
    }
}

fn constraints(c: &Constraints) -> format::Constraints {
    format::Constraints {
        min_length: c.min_length,
        max_length: c.max_length,
        minimum: c.minimum,
        maximum: c.maximum,
        pattern: c.pattern.clone(),
        min_items: c.min_items,
        max_items: c.max_items,
        format: c.format.clone(),
        items: c
            .items
            .as_deref()
            .map(constraints)
            .filter(|items| !items.is_empty())
            .map(Box::new),
    }
}

fn ty(t: &TypeRef) -> format::Ty {
    use format::Ty;
    let boxed = |t: &TypeRef| Box::new(ty(t));
    match t {
        TypeRef::Named(id) => Ty::Named(id.index()),
        TypeRef::String => Ty::String,
        TypeRef::Binary => Ty::Binary,
        TypeRef::Boolean => Ty::Boolean,
        TypeRef::Integer(w) => Ty::Integer(
            match w {
                IntWidth::I32 => "i32",
                IntWidth::I64 => "i64",
                IntWidth::U32 => "u32",
                IntWidth::U64 => "u64",
            }
            .to_string(),
        ),
        TypeRef::Number => Ty::Number,
        TypeRef::Uuid => Ty::Uuid,
        TypeRef::DateTime | TypeRef::LenientDateTime => Ty::DateTime,
        TypeRef::Date => Ty::Date,
        TypeRef::Json | TypeRef::FieldErrors => Ty::Json,
        TypeRef::Array(item) => Ty::Array(boxed(item)),
        TypeRef::Map(value) => Ty::Map(boxed(value)),
        TypeRef::Nullable(inner) => Ty::Nullable(boxed(inner)),
        TypeRef::Versioned(inner) => Ty::Versioned(boxed(inner)),
    }
}

/// `value` with every object's keys sorted, whatever map `serde_json` was
/// built with (`preserve_order` keeps insertion order): stable output.
fn sorted(mut value: Value) -> Value {
    fn sort_keys(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.sort_keys();
                map.values_mut().for_each(sort_keys);
            }
            Value::Array(items) => items.iter_mut().for_each(sort_keys),
            _ => {}
        }
    }
    sort_keys(&mut value);
    value
}

#[cfg(test)]
mod tests {
    use super::format::*;
    use super::{json, sorted};
    use serde_json::json;

    /// Serialised straight to text, an item has its keys sorted: the same
    /// text as through `serde_json::Value` with every object sorted. Checked
    /// on values with every optional field set, every kind of type, and
    /// on every fixture spec's table.
    #[test]
    fn every_item_serialises_with_sorted_keys() {
        fn check<T: serde::Serialize>(item: &T) {
            let direct = json(item).unwrap();
            let through_value = sorted(serde_json::to_value(item).unwrap()).to_string();
            assert_eq!(direct, through_value);
        }
        let constraints = Constraints {
            format: Some("uri".into()),
            items: Some(Box::new(Constraints {
                min_length: Some(1),
                ..Constraints::default()
            })),
            max_items: Some(3),
            max_length: Some(4),
            maximum: Some(5.5),
            min_items: Some(1),
            min_length: Some(2),
            minimum: Some(-1.0),
            pattern: Some("^a$".into()),
        };
        let content = Content {
            media_type: "application/json".into(),
            ty: Some(Ty::Array(Box::new(Ty::Named(0)))),
        };
        check(&Operation {
            body: Some(Body {
                content: vec![content],
                required: true,
            }),
            id: "a_list".into(),
            method: "GET".into(),
            params: vec![Param {
                constraints: constraints.clone(),
                deep: true,
                explode: false,
                location: Location::Query,
                name: "q".into(),
                required: false,
                separator: "|".into(),
                ty: Ty::Nullable(Box::new(Ty::String)),
            }],
            path: "/a/".into(),
            responses: vec![Response {
                content: Vec::new(),
                status: "204".into(),
            }],
            security: vec![vec!["token".into()], Vec::new()],
            tag: "a".into(),
        });
        let kinds = [
            Kind::Struct {
                additional: Some(Ty::Json),
                fields: vec![Field {
                    constraints,
                    // As `table` stores it: sorted (with serde_json's
                    // `preserve_order`, which a workspace build may enable,
                    // `json!` keeps the order written).
                    default: Some(sorted(json!({"b": 1, "a": [{"d": 2, "c": 3}]}))),
                    name: "f".into(),
                    nullable: true,
                    read_only: true,
                    required: true,
                    ty: Ty::Map(Box::new(Ty::Integer("i64".into()))),
                    write_only: true,
                }],
            },
            Kind::Enum {
                values: vec!["x".into()],
            },
            Kind::Union {
                discriminator: Some("type".into()),
                variants: vec![Variant {
                    tags: vec!["x".into()],
                    ty: Ty::Named(1),
                }],
            },
            Kind::Alias { ty: Ty::DateTime },
        ];
        for kind in kinds {
            check(&TypeInfo {
                kind,
                name: "T".into(),
            });
        }
        check(&SchemeKind::Authorization {
            prefix: "Bearer".into(),
        });

        for spec in crate::test_inputs::fixture_specs() {
            let api = crate::Config::new().spec(&spec).load().unwrap();
            let table = super::table(&api, "/api");
            table.types.iter().for_each(check);
            table.operations.iter().for_each(check);
            check(&table.schemes);
        }
    }
}
