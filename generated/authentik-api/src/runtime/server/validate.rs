//! Request values checked against the table: types, required fields,
//! `null`, enum values, lengths, bounds, patterns, item counts.
//!
//! Errors come back in the shape authentik (Django REST framework) uses:
//! a list of messages for a value, an object of field -> errors for an
//! object, an object of index -> errors for an array.

use super::table::{Api, Constraints, Kind, Ty};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Check `value` against `ty`. `None` when it is valid, else the errors.
pub fn check(api: &Api, ty: &Ty, value: &Value, c: &Constraints) -> Option<Value> {
    check_at(api, ty, value, c, 0)
}

fn messages(list: Vec<String>) -> Option<Value> {
    (!list.is_empty()).then(|| Value::Array(list.into_iter().map(Value::String).collect()))
}

fn one(message: impl Into<String>) -> Option<Value> {
    messages(vec![message.into()])
}

/// The JSON type name Python would print for `value` (DRF's messages use it).
fn kind_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

const MAX_DEPTH: usize = 64;

fn check_at(api: &Api, ty: &Ty, value: &Value, c: &Constraints, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return one("Nested too deeply.");
    }
    match ty {
        Ty::Nullable(inner) => {
            if value.is_null() {
                None
            } else {
                check_at(api, inner, value, c, depth)
            }
        }
        Ty::Versioned(inner) => check_at(api, inner, value, c, depth),
        Ty::Json => None,
        Ty::String | Ty::Binary => match value {
            Value::String(s) => string(s, c),
            _ => one("Not a valid string."),
        },
        Ty::Uuid => match value {
            Value::String(s) if is_uuid(s) => None,
            _ => one("Must be a valid UUID."),
        },
        Ty::DateTime => match value {
            Value::String(s) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => None,
            _ => one("Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."),
        },
        Ty::Date => match value {
            Value::String(s) if chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() => None,
            _ => one("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."),
        },
        Ty::Boolean => match value {
            Value::Bool(_) => None,
            _ => one("Must be a valid boolean."),
        },
        Ty::Integer(width) => match integer(value) {
            Some(n) => bounds(n as f64, c).or_else(|| width_error(n, width)),
            None => one("A valid integer is required."),
        },
        Ty::Number => match value.as_f64() {
            Some(n) => bounds(n, c),
            None => one("A valid number is required."),
        },
        Ty::Array(item) => match value {
            Value::Array(items) => {
                let n = items.len() as u64;
                if let Some(min) = c.min_items.filter(|m| n < *m) {
                    return one(format!("Ensure this field has at least {min} elements."));
                }
                if let Some(max) = c.max_items.filter(|m| n > *m) {
                    return one(format!("Ensure this field has no more than {max} elements."));
                }
                let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
                let mut errors = Map::new();
                for (i, v) in items.iter().enumerate() {
                    if let Some(e) = check_at(api, item, v, &item_constraints, depth + 1) {
                        errors.insert(i.to_string(), e);
                    }
                }
                (!errors.is_empty()).then_some(Value::Object(errors))
            }
            other => one(format!(
                "Expected a list of items but got type \"{}\".",
                kind_name(other)
            )),
        },
        Ty::Map(inner) => match value {
            Value::Object(map) => {
                let mut errors = Map::new();
                for (k, v) in map {
                    if let Some(e) = check_at(api, inner, v, &Constraints::default(), depth + 1) {
                        errors.insert(k.clone(), e);
                    }
                }
                (!errors.is_empty()).then_some(Value::Object(errors))
            }
            other => one(format!(
                "Expected a dictionary of items but got type \"{}\".",
                kind_name(other)
            )),
        },
        Ty::Named(i) => {
            let info = api.types.get(*i)?;
            match &info.kind {
                Kind::Alias { ty } => check_at(api, ty, value, c, depth),
                Kind::Enum { values } => match value {
                    Value::String(s) if values.iter().any(|v| v == s) => None,
                    Value::String(s) if s.is_empty() => one("This field may not be blank."),
                    other => one(format!("\"{}\" is not a valid choice.", display(other))),
                },
                Kind::Union {
                    discriminator,
                    variants,
                } => match (discriminator, value) {
                    (Some(tag), Value::Object(map)) => {
                        let Some(Value::String(t)) = map.get(tag) else {
                            let mut errors = Map::new();
                            errors.insert(tag.clone(), one("This field is required.")?);
                            return Some(Value::Object(errors));
                        };
                        match variants.iter().find(|v| v.tags.iter().any(|x| x == t)) {
                            Some(v) => check_at(api, &v.ty, value, c, depth + 1),
                            None => {
                                let mut errors = Map::new();
                                errors.insert(
                                    tag.clone(),
                                    one(format!("\"{t}\" is not a valid choice."))?,
                                );
                                Some(Value::Object(errors))
                            }
                        }
                    }
                    (Some(_), other) => one(format!(
                        "Invalid data. Expected a dictionary, but got {}.",
                        kind_name(other)
                    )),
                    (None, _) => {
                        let mut first = None;
                        for v in variants {
                            match check_at(api, &v.ty, value, c, depth + 1) {
                                None => return None,
                                Some(e) => {
                                    first.get_or_insert(e);
                                }
                            }
                        }
                        first
                    }
                },
                Kind::Struct { fields, additional } => {
                    let Value::Object(map) = value else {
                        return one(format!(
                            "Invalid data. Expected a dictionary, but got {}.",
                            kind_name(value)
                        ));
                    };
                    let mut errors = Map::new();
                    for field in fields {
                        if field.read_only {
                            continue;
                        }
                        let error = match map.get(&field.name) {
                            None if field.required => one("This field is required."),
                            None => None,
                            Some(Value::Null) if field.nullable => None,
                            Some(Value::Null) => one("This field may not be null."),
                            Some(v) => check_at(api, &field.ty, v, &field.constraints, depth + 1),
                        };
                        if let Some(e) = error {
                            errors.insert(field.name.clone(), e);
                        }
                    }
                    if let Some(extra) = additional {
                        for (k, v) in map {
                            if fields.iter().any(|f| f.name == *k) {
                                continue;
                            }
                            if let Some(e) =
                                check_at(api, extra, v, &Constraints::default(), depth + 1)
                            {
                                errors.insert(k.clone(), e);
                            }
                        }
                    }
                    (!errors.is_empty()).then_some(Value::Object(errors))
                }
            }
        }
    }
}

fn display(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn integer(value: &Value) -> Option<i128> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
            .or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                    .map(|f| f as i128)
            }),
        _ => None,
    }
}

fn width_error(n: i128, width: &str) -> Option<Value> {
    let (min, max): (i128, i128) = match width {
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    };
    if n < min {
        one(format!(
            "Ensure this value is greater than or equal to {min}."
        ))
    } else if n > max {
        one(format!("Ensure this value is less than or equal to {max}."))
    } else {
        None
    }
}

fn bounds(n: f64, c: &Constraints) -> Option<Value> {
    if let Some(min) = c.minimum.filter(|m| n < *m) {
        return one(format!(
            "Ensure this value is greater than or equal to {}.",
            number(min)
        ));
    }
    if let Some(max) = c.maximum.filter(|m| n > *m) {
        return one(format!(
            "Ensure this value is less than or equal to {}.",
            number(max)
        ));
    }
    None
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// Length and pattern of a string.
pub(super) fn string(s: &str, c: &Constraints) -> Option<Value> {
    let len = s.chars().count() as u64;
    let mut list = Vec::new();
    if len == 0 && c.min_length.unwrap_or(0) > 0 {
        list.push("This field may not be blank.".to_string());
    } else if let Some(min) = c.min_length.filter(|m| len < *m) {
        list.push(format!("Ensure this field has at least {min} characters."));
    }
    if let Some(max) = c.max_length.filter(|m| len > *m) {
        list.push(format!(
            "Ensure this field has no more than {max} characters."
        ));
    }
    if list.is_empty() {
        match c.format.as_deref() {
            Some("uri") if !is_uri(s) => list.push("Enter a valid URL.".to_string()),
            Some("email") if !is_email(s) => list.push("Enter a valid email address.".to_string()),
            _ => {}
        }
    }
    if let Some(pattern) = &c.pattern {
        if list.is_empty() && !matches_pattern(pattern, s) {
            list.push(pattern_message(pattern).to_string());
        }
    }
    messages(list)
}

/// What DRF says when `pattern` does not match: Django's own message for
/// the patterns of its `SlugField`s, a generic one for any other.
fn pattern_message(pattern: &str) -> &'static str {
    match pattern {
        "^[-a-zA-Z0-9_]+$" => {
            "Enter a valid \u{201c}slug\u{201d} consisting of letters, numbers, underscores or hyphens."
        }
        "^[\\w.@+-]+$" => {
            "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."
        }
        _ => "This value does not match the required pattern.",
    }
}

/// An absolute URI: a scheme (`[a-zA-Z][a-zA-Z0-9+.-]*`), `:`, and a
/// rest without spaces or control characters.
fn is_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
        && !rest.is_empty()
        && !s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        })
}

/// `local@domain`, both parts non-empty, no spaces, a dot-free or dotted domain.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !local.contains('@')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'))
}

/// Whether `s` is a UUID in any of the forms Python's `uuid.UUID` accepts
/// from a JSON string (hyphenated or not, any case).
pub(super) fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}

/// `pattern` compiled once per distinct pattern. A pattern the regex engine
/// cannot compile accepts everything (the schema, not the caller, is wrong).
fn matches_pattern(pattern: &str, s: &str) -> bool {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<regex::Regex>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = match cache.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    let compiled = cache
        .entry(pattern.to_string())
        .or_insert_with(|| regex::Regex::new(pattern).ok());
    compiled.as_ref().is_none_or(|re| re.is_match(s))
}
