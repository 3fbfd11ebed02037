//! The bits of Python semantics authentik's tags rely on: truth values,
//! `%`-formatting and the deep merge of `deepmerge.always_merger`.

use serde_json::{Map, Value};

/// Python's truth value of a JSON value.
pub fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// Deep-merge `from` into `into` (nested mappings merged, lists appended,
/// other values replaced), as authentik's `always_merger`.
pub fn merge(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (k, v) in from {
        match (into.get_mut(&k), v) {
            (Some(Value::Object(a)), Value::Object(b)) => merge(a, b),
            (Some(Value::Array(a)), Value::Array(b)) => a.extend(b),
            (_, v) => {
                into.insert(k, v);
            }
        }
    }
}

/// Python's `str()` of a value (`None`, `True`; lists and mappings as JSON).
fn py_str(value: &Value) -> String {
    match value {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Python's `%d` of a value.
fn py_int(value: &Value) -> Option<String> {
    match value {
        Value::Bool(b) => Some(i64::from(*b).to_string()),
        Value::Number(n) => n
            .as_i64()
            .map(|i| i.to_string())
            .or_else(|| n.as_u64().map(|u| u.to_string()))
            .or_else(|| n.as_f64().map(|f| format!("{}", f.trunc()))),
        _ => None,
    }
}

/// `format % tuple(args)` for the conversions `%s`, `%d`, `%i` and `%%`.
pub fn percent_format(format: &str, args: &[Value]) -> Result<String, String> {
    let mut out = String::new();
    let mut args = args.iter();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(conv @ ('s' | 'd' | 'i')) => {
                let arg = args
                    .next()
                    .ok_or("not enough arguments for format string")?;
                if conv == 's' {
                    out.push_str(&py_str(arg));
                } else {
                    let n = py_int(arg).ok_or_else(|| {
                        format!("%{conv} format: a number is required, not {arg}")
                    })?;
                    out.push_str(&n);
                }
            }
            Some(other) => return Err(format!("unsupported conversion %{other} (%s, %d, %i, %%)")),
            None => return Err("incomplete format (a trailing %)".into()),
        }
    }
    if args.next().is_some() {
        return Err("not all arguments converted during string formatting".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn percent() {
        assert_eq!(
            percent_format("%s.view_%s", &[json!("authentik_core"), json!("user")]),
            Ok("authentik_core.view_user".into())
        );
        assert_eq!(
            percent_format("%d%% %s %s", &[json!(3.7), json!(null), json!(true)]),
            Ok("3% None True".into())
        );
        assert!(percent_format("%s", &[]).is_err());
        assert!(percent_format("x", &[json!(1)]).is_err());
        assert!(percent_format("%d", &[json!("a")]).is_err());
        assert!(percent_format("%x", &[json!(1)]).is_err());
        assert!(percent_format("%", &[]).is_err());
    }

    #[test]
    fn truth_and_merge() {
        assert!(!truthy(&json!(0)) && !truthy(&json!("")) && !truthy(&json!([])));
        assert!(truthy(&json!("x")) && truthy(&json!({"a": 1})));
        let mut into = json!({"a": {"x": 1}, "l": [1], "s": 1})
            .as_object()
            .cloned()
            .unwrap();
        let from = json!({"a": {"y": 2}, "l": [2], "s": 2})
            .as_object()
            .cloned()
            .unwrap();
        merge(&mut into, from);
        assert_eq!(
            Value::Object(into),
            json!({"a": {"x": 1, "y": 2}, "l": [1, 2], "s": 2})
        );
    }
}
