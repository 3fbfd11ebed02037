//! Request scalars coerced as Django REST framework's fields coerce them,
//! for servers that read requests as authentik does ([`Server::drf_input`]):
//! a number sent for a string field becomes its text (`5` -> `"5"`,
//! DRF's `CharField`), a numeric string for an integer or number field
//! becomes the number (`"5"` -> `5`), and DRF's boolean words (`"yes"`,
//! `"off"`, `1`, `0` ...) become booleans. What does not coerce is left as
//! it is, for validation to refuse.
//!
//! [`Server::drf_input`]: super::Server::drf_input

use super::table::{Api, Kind, Ty};
use serde_json::Value;

const MAX_DEPTH: usize = 64;

/// `value`, a request body of type `ty`, with its scalars coerced.
pub fn drf(api: &Api, ty: &Ty, value: &mut Value) {
    coerce_at(api, ty, value, 0);
}

fn coerce_at(api: &Api, ty: &Ty, value: &mut Value, depth: usize) {
    if depth > MAX_DEPTH || value.is_null() {
        return;
    }
    match ty {
        Ty::Nullable(inner) | Ty::Versioned(inner) => coerce_at(api, inner, value, depth + 1),
        Ty::String => {
            // `CharField` takes `int` and `float` (not `bool`) as their text.
            if let Value::Number(n) = value {
                *value = Value::String(n.to_string());
            }
        }
        Ty::Integer(_) => {
            if let Value::String(s) = value {
                if let Some(n) = integer_text(s) {
                    *value = n;
                }
            }
        }
        Ty::Number => {
            if let Value::String(s) = value {
                if let Some(n) = s
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .and_then(serde_json::Number::from_f64)
                {
                    *value = Value::Number(n);
                }
            }
        }
        Ty::Boolean => {
            if let Some(b) = boolean(value) {
                *value = Value::Bool(b);
            }
        }
        Ty::Array(item) => {
            if let Value::Array(items) = value {
                for item_value in items {
                    coerce_at(api, item, item_value, depth + 1);
                }
            }
        }
        Ty::Map(inner) => {
            if let Value::Object(map) = value {
                for entry in map.values_mut() {
                    coerce_at(api, inner, entry, depth + 1);
                }
            }
        }
        Ty::Named(i) => match api.types.get(*i).map(|t| &t.kind) {
            Some(Kind::Alias { ty }) => coerce_at(api, ty, value, depth + 1),
            Some(Kind::Struct { fields, .. }) => {
                if let Value::Object(map) = value {
                    for field in fields.iter().filter(|f| !f.read_only) {
                        if let Some(field_value) = map.get_mut(&field.name) {
                            coerce_at(api, &field.ty, field_value, depth + 1);
                        }
                    }
                }
            }
            // Enums take strings only; a union's member is not known before
            // validation picks it.
            _ => {}
        },
        Ty::Binary | Ty::Uuid | Ty::DateTime | Ty::Date | Ty::Json => {}
    }
}

/// DRF's `IntegerField` text: digits with an optional sign and an optional
/// all-zero fraction (`"5"`, `"-3"`, `"7.0"`).
fn integer_text(s: &str) -> Option<Value> {
    let s = s.trim();
    let whole = match s.split_once('.') {
        Some((whole, fraction)) if fraction.chars().all(|c| c == '0') => whole,
        Some(_) => return None,
        None => s,
    };
    whole
        .parse::<i64>()
        .map(Value::from)
        .ok()
        .or_else(|| whole.parse::<u64>().ok().map(Value::from))
}

/// DRF's `BooleanField` values.
pub(super) fn boolean(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_i64() {
            Some(1) => Some(true),
            Some(0) => Some(false),
            _ => None,
        },
        Value::String(s) => boolean_text(s),
        _ => None,
    }
}

/// DRF's boolean words (`TRUE_VALUES` / `FALSE_VALUES`).
pub(super) fn boolean_text(s: &str) -> Option<bool> {
    match s {
        "t" | "T" | "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On"
        | "ON" | "1" => Some(true),
        "f" | "F" | "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off"
        | "Off" | "OFF" | "0" => Some(false),
        _ => None,
    }
}
