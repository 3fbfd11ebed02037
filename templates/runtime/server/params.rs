//! Path, query and header parameters: raw strings in, a JSON object out
//! (one property per parameter, typed as the schema says), or the
//! validation errors keyed by parameter name.
//!
//! `deepObject` parameters are read from their `name[key]=value` pairs
//! (`form.rs`). Arrays follow the parameter's `explode`: repeated keys
//! (`?type=a&type=b`) or one separated value (`?type=a,b`); their items'
//! errors are one list of messages, as django-filter writes them. Unknown
//! query parameters are ignored, as authentik does; with `drf` set
//! ([`Server::drf_input`](super::Server::drf_input)), so is a boolean whose
//! value Django cannot read.

use super::table::{Api, Kind, Location, Param, Ty};
use super::{coerce, validate};
use serde_json::{Map, Value};

/// Raw parameter values of one request.
#[derive(Debug, Default)]
pub struct RawParams<'a> {
    /// Path parameters by name (already percent-decoded).
    pub path: Vec<(&'a str, &'a str)>,
    /// Query pairs in order (percent-decoded).
    pub query: Vec<(String, String)>,
    /// Header values by lower-case name.
    pub headers: Vec<(String, String)>,
}

/// Convert and check every parameter of an operation.
pub fn read(
    api: &Api,
    params: &[Param],
    raw: &RawParams<'_>,
    drf: bool,
) -> Result<Map<String, Value>, Map<String, Value>> {
    let mut out = Map::new();
    let mut errors = Map::new();
    for param in params {
        if param.deep && param.location == Location::Query {
            match deep(api, param, raw) {
                Ok(Some(value)) => {
                    out.insert(param.name.clone(), value);
                }
                Ok(None) if param.required => {
                    errors.insert(
                        param.name.clone(),
                        Value::Array(vec![Value::String("This field is required.".into())]),
                    );
                }
                Ok(None) => {}
                Err(e) => {
                    errors.insert(param.name.clone(), e);
                }
            }
            continue;
        }
        let values: Vec<&str> = match param.location {
            Location::Path => raw
                .path
                .iter()
                .filter(|(k, _)| *k == param.name)
                .map(|(_, v)| *v)
                .collect(),
            Location::Query => raw
                .query
                .iter()
                .filter(|(k, _)| *k == param.name)
                .map(|(_, v)| v.as_str())
                .collect(),
            Location::Header => raw
                .headers
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case(&param.name))
                .map(|(_, v)| v.as_str())
                .collect(),
        };
        match convert(api, param, &values, drf) {
            Ok(Some(value)) => {
                out.insert(param.name.clone(), value);
            }
            Ok(None) if param.required => {
                errors.insert(
                    param.name.clone(),
                    Value::Array(vec![Value::String("This field is required.".into())]),
                );
            }
            Ok(None) => {}
            Err(e) => {
                errors.insert(param.name.clone(), e);
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A `deepObject` parameter: the `name[key]=value` pairs as an object
/// (`Ok(None)` when there are none).
fn deep(api: &Api, param: &Param, raw: &RawParams<'_>) -> Result<Option<Value>, Value> {
    let pairs: Vec<(&str, String)> = raw
        .query
        .iter()
        .filter_map(|(k, v)| {
            let rest = k.strip_prefix(param.name.as_str())?;
            rest.starts_with('[').then(|| (rest, v.clone()))
        })
        .collect();
    if pairs.is_empty() {
        return Ok(None);
    }
    let value = super::form::object(api, Some(&param.ty), pairs);
    match validate::check(api, &param.ty, &value, &param.constraints) {
        None => Ok(Some(value)),
        Some(e) => Err(e),
    }
}

/// `Ok(None)` when the parameter is absent.
fn convert(api: &Api, param: &Param, values: &[&str], drf: bool) -> Result<Option<Value>, Value> {
    let ty = api.resolve(&param.ty);
    let ty = match ty {
        Ty::Nullable(inner) => api.resolve(inner),
        other => other,
    };
    if let Ty::Array(item) = ty {
        let parts: Vec<&str> = if param.explode {
            values.to_vec()
        } else {
            values
                .iter()
                .flat_map(|v| v.split(param.separator.as_str()))
                .filter(|s| !s.is_empty())
                .collect()
        };
        if parts.is_empty() {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(parts.len());
        let mut messages: Vec<Value> = Vec::new();
        for part in &parts {
            match scalar(api, item, part, param) {
                Ok(v) => items.push(v),
                Err(Value::Array(list)) => {
                    for message in list {
                        if !messages.contains(&message) {
                            messages.push(message);
                        }
                    }
                }
                Err(other) => messages.push(other),
            }
        }
        if !messages.is_empty() {
            return Err(Value::Array(messages));
        }
        let value = Value::Array(items);
        return match validate::check(api, ty, &value, &param.constraints) {
            None => Ok(Some(value)),
            Some(e) => Err(e),
        };
    }
    // A scalar given several times: the last one counts (as in Django).
    let Some(raw) = values.last() else {
        return Ok(None);
    };
    if drf && param.location == Location::Query && ty == &Ty::Boolean {
        // django-filter's `BooleanFilter` reads what it cannot parse as "no filter".
        return Ok(coerce::boolean_text(raw).map(Value::Bool));
    }
    scalar(api, ty, raw, param).map(Some)
}

fn scalar(api: &Api, ty: &Ty, raw: &str, param: &Param) -> Result<Value, Value> {
    let ty = api.resolve(ty);
    let value = match ty {
        Ty::Nullable(inner) => return scalar(api, inner, raw, param),
        Ty::Boolean => match raw {
            "true" | "True" | "1" | "yes" | "on" => Value::Bool(true),
            "false" | "False" | "0" | "no" | "off" => Value::Bool(false),
            _ => return Err(msg("Must be a valid boolean.")),
        },
        Ty::Integer(_) => match raw.trim().parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => match raw.trim().parse::<u64>() {
                Ok(n) => Value::from(n),
                Err(_) => return Err(msg("A valid integer is required.")),
            },
        },
        Ty::Number => match raw.trim().parse::<f64>().ok().filter(|f| f.is_finite()) {
            Some(f) => serde_json::Number::from_f64(f)
                .map(Value::Number)
                .ok_or_else(|| msg("A valid number is required."))?,
            None => return Err(msg("A valid number is required.")),
        },
        // Django's form field message (django-filter reads query parameters).
        Ty::Uuid if !validate::is_uuid(raw) => {
            return Err(msg(&format!("\u{201c}{raw}\u{201d} is not a valid UUID.")))
        }
        Ty::Json => serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string())),
        Ty::Named(i)
            if matches!(
                api.types.get(*i).map(|t| &t.kind),
                Some(Kind::Struct { .. })
            ) =>
        {
            serde_json::from_str(raw).map_err(|_| msg("Value must be valid JSON."))?
        }
        _ => Value::String(raw.to_string()),
    };
    match validate::check(api, ty, &value, &param.constraints) {
        None => Ok(value),
        Some(e) => Err(e),
    }
}

fn msg(text: &str) -> Value {
    Value::Array(vec![Value::String(text.to_string())])
}
