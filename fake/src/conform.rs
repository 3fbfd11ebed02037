//! Making JSON values fit a response type.
//!
//! The generated server decodes every reply into the operation's typed
//! response, and a body that does not fit is a `500`. Stored objects are
//! built from example values and request bodies, whose types may differ
//! from the response type (a request's `provider: 1` is a response's
//! `provider: 1` too, but not always), so every value the fake sends goes
//! through [`conform`] first: what fits is kept, a missing required field is
//! filled with what authentik writes for it ([`defaults`]), a value of the wrong shape is
//! replaced by an example, and write-only or unknown properties are dropped.

use crate::defaults::{self, Context};
use crate::rt::{Api, Kind, Ty};
use serde_json::{Map, Value};

/// How deep [`conform`] follows nested values before it gives up and uses
/// the example value.
const MAX_DEPTH: usize = 48;

/// `value` made to fit `ty`.
pub fn conform(api: &Api, ty: &Ty, value: Value) -> Value {
    let mut exact = true;
    conform_at(api, ty, value, 0, &mut exact)
}

/// `value` made to fit `ty`, and whether it already fitted (properties the
/// type does not know about are dropped without counting as a misfit).
pub fn conform_exact(api: &Api, ty: &Ty, value: Value) -> (Value, bool) {
    let mut exact = true;
    let value = conform_at(api, ty, value, 0, &mut exact);
    (value, exact)
}

/// Whether `value` fits `ty` as it is.
#[cfg(test)]
pub fn fits(api: &Api, ty: &Ty, value: &Value) -> bool {
    conform_exact(api, ty, value.clone()).1
}

fn replace(api: &Api, ty: &Ty, exact: &mut bool) -> Value {
    *exact = false;
    api.example(ty)
}

fn conform_at(api: &Api, ty: &Ty, value: Value, depth: usize, exact: &mut bool) -> Value {
    if depth > MAX_DEPTH {
        return replace(api, ty, exact);
    }
    match ty {
        Ty::Nullable(inner) => {
            if value.is_null() {
                Value::Null
            } else {
                conform_at(api, inner, value, depth + 1, exact)
            }
        }
        Ty::Versioned(inner) => conform_at(api, inner, value, depth + 1, exact),
        Ty::Json => value,
        Ty::String | Ty::Binary => match value {
            Value::String(_) => value,
            _ => replace(api, ty, exact),
        },
        Ty::Uuid => match &value {
            Value::String(s) if uuid::Uuid::try_parse(s).is_ok() => value,
            _ => replace(api, ty, exact),
        },
        Ty::DateTime => match &value {
            Value::String(s) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => value,
            _ => replace(api, ty, exact),
        },
        Ty::Date => match &value {
            Value::String(s) if chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() => value,
            _ => replace(api, ty, exact),
        },
        Ty::Boolean => match value {
            Value::Bool(_) => value,
            _ => replace(api, ty, exact),
        },
        Ty::Integer(width) => match integer(&value) {
            Some(n) if in_width(n, width) => value,
            _ => replace(api, ty, exact),
        },
        Ty::Number => match value {
            Value::Number(_) => value,
            _ => replace(api, ty, exact),
        },
        Ty::Array(item) => match value {
            Value::Array(items) => Value::Array(
                items
                    .into_iter()
                    .map(|v| conform_at(api, item, v, depth + 1, exact))
                    .collect(),
            ),
            _ => replace(api, ty, exact),
        },
        Ty::Map(inner) => match value {
            Value::Object(map) => Value::Object(
                map.into_iter()
                    .map(|(k, v)| (k, conform_at(api, inner, v, depth + 1, exact)))
                    .collect(),
            ),
            _ => replace(api, ty, exact),
        },
        Ty::Named(i) => match api.types.get(*i).map(|t| &t.kind) {
            None => value,
            Some(Kind::Alias { ty: inner }) => conform_at(api, inner, value, depth + 1, exact),
            Some(Kind::Enum { values }) => match &value {
                Value::String(s) if values.iter().any(|v| v == s) => value,
                _ => replace(api, ty, exact),
            },
            Some(Kind::Union {
                discriminator,
                variants,
            }) => match discriminator {
                Some(tag) => {
                    let chosen = match &value {
                        Value::Object(map) => map.get(tag).and_then(Value::as_str).and_then(|t| {
                            variants
                                .iter()
                                .find(|v| v.tags.iter().any(|x| x == t))
                                .map(|v| (v, t.to_string()))
                        }),
                        _ => None,
                    };
                    match chosen {
                        Some((variant, t)) => {
                            let mut out = conform_at(api, &variant.ty, value, depth + 1, exact);
                            if let Value::Object(map) = &mut out {
                                map.insert(tag.clone(), Value::String(t));
                            }
                            out
                        }
                        None => replace(api, ty, exact),
                    }
                }
                None => {
                    for variant in variants {
                        let mut fitted = true;
                        let out =
                            conform_at(api, &variant.ty, value.clone(), depth + 1, &mut fitted);
                        if fitted {
                            return out;
                        }
                    }
                    replace(api, ty, exact)
                }
            },
            Some(Kind::Struct { fields, additional }) => {
                let Value::Object(mut map) = value else {
                    return replace(api, ty, exact);
                };
                let owner = api.types.get(*i).map_or("", |t| t.name.as_str());
                let mut out = Map::new();
                for field in fields {
                    if field.write_only {
                        continue;
                    }
                    match map.remove(&field.name) {
                        Some(Value::Null) if field.nullable => {
                            out.insert(field.name.clone(), Value::Null);
                        }
                        Some(v) if !v.is_null() => {
                            let v = conform_at(api, &field.ty, v, depth + 1, exact);
                            out.insert(field.name.clone(), v);
                        }
                        _ if field.required => {
                            *exact = false;
                            let context = Context::default();
                            let v =
                                defaults::field_default(api, owner, field, &out, &context, depth);
                            out.insert(field.name.clone(), v);
                        }
                        _ => {}
                    }
                }
                if let Some(extra) = additional {
                    for (k, v) in map {
                        let v = conform_at(api, extra, v, depth + 1, exact);
                        out.insert(k, v);
                    }
                }
                Value::Object(out)
            }
        },
    }
}

fn integer(value: &Value) -> Option<i128> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from)),
        _ => None,
    }
}

fn in_width(n: i128, width: &str) -> bool {
    let (min, max): (i128, i128) = match width {
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    };
    (min..=max).contains(&n)
}
