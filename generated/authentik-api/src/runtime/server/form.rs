//! Text pairs as typed JSON: the fields of `application/x-www-form-urlencoded`
//! and `multipart/form-data` bodies, and `deepObject` query parameters.
//!
//! A pair's key names a field (`color`), or a nested one with brackets
//! (`filter[color]`, `metadata[a][b]`); a key given again adds an item
//! when the field is an array. Each text is converted to its field's type
//! where it reads as one (`1` for an integer, `true` for a boolean, JSON
//! text for arrays, maps and untyped fields) and left a string otherwise,
//! for validation to report.

use super::table::{Api, Ty};
use serde_json::{Map, Value};

/// `text` as a value of `ty` (unknown: a string).
pub(crate) fn text_value(api: &Api, ty: Option<&Ty>, text: String) -> Value {
    let ty = ty.map(|ty| match api.resolve(ty) {
        Ty::Nullable(inner) => api.resolve(inner),
        other => other,
    });
    match ty {
        Some(Ty::Boolean) => match text.as_str() {
            "true" | "True" | "1" => Value::Bool(true),
            "false" | "False" | "0" => Value::Bool(false),
            _ => Value::String(text),
        },
        Some(Ty::Integer(_)) | Some(Ty::Number) => serde_json::from_str(&text)
            .ok()
            .filter(Value::is_number)
            .unwrap_or(Value::String(text)),
        Some(Ty::Json) | Some(Ty::Map(_)) | Some(Ty::Array(_)) => {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        }
        _ => Value::String(text),
    }
}

/// The segments of a key: `a[b][c]` -> `a`, `b`, `c`; `[b]` -> `b`.
fn segments(key: &str) -> Vec<&str> {
    let (head, mut rest) = key.split_once('[').map_or((key, ""), |(h, r)| (h, r));
    let mut out = Vec::new();
    if !head.is_empty() {
        out.push(head);
    }
    while let Some((inner, after)) = rest.split_once(']') {
        out.push(inner);
        rest = after.strip_prefix('[').unwrap_or(after);
    }
    out
}

/// How deep bracketed keys nest at most (deeper keys are dropped).
const MAX_DEPTH: usize = 8;

/// `pairs` as an object typed by the fields of `ty` (an untyped object
/// when `ty` is `None` or not a struct).
pub(crate) fn object<'a>(
    api: &Api,
    ty: Option<&Ty>,
    pairs: impl IntoIterator<Item = (&'a str, String)>,
) -> Value {
    let mut root = Map::new();
    for (key, text) in pairs {
        let path = segments(key);
        if path.is_empty() || path.len() > MAX_DEPTH {
            continue;
        }
        insert(api, ty, &mut root, &path, text);
    }
    Value::Object(root)
}

fn insert(api: &Api, ty: Option<&Ty>, map: &mut Map<String, Value>, path: &[&str], text: String) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let field_ty = ty.and_then(|ty| {
        let fields = api.fields(ty)?;
        Some(&fields.iter().find(|f| f.name == *first)?.ty)
    });
    // A map's values, or an untyped object's: no field to look up.
    let field_ty = field_ty.or_else(|| match ty.map(|ty| api.resolve(ty)) {
        Some(Ty::Map(value)) => Some(&**value),
        _ => None,
    });
    if rest.is_empty() {
        let item_ty = field_ty.and_then(|t| match api.resolve(t) {
            Ty::Array(item) => Some(&**item),
            _ => None,
        });
        match (item_ty, map.get_mut(*first)) {
            (Some(item), Some(Value::Array(items))) => {
                items.push(text_value(api, Some(item), text))
            }
            (Some(item), _) => {
                let value = text_value(api, Some(item), text);
                map.insert(first.to_string(), Value::Array(vec![value]));
            }
            (None, _) => {
                let value = text_value(api, field_ty, text);
                map.insert(first.to_string(), value);
            }
        }
        return;
    }
    let child = map
        .entry(first.to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(child) = child {
        insert(api, field_ty, child, rest, text);
    }
}
