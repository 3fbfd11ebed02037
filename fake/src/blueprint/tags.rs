//! Resolving a YAML node with authentik's custom tags into JSON.
//!
//! The tags and their arguments are those of authentik's
//! `authentik/blueprints/v1/common.py`; a problem is returned with the
//! [`Path`] of the node it is about, located in the text by the caller.

use super::error::Problem;
use super::locate::{key_text, Path, Step};
use super::models::{Models, Target};
use super::python::{merge, percent_format, truthy};
use crate::Fake;
use serde_json::{Map, Number, Value};
use serde_yaml::Value as Yaml;
use std::collections::BTreeMap;

/// A problem and the node it is about.
pub type Failure = (Path, Problem);

/// The tags the fake implements (without `!`).
pub const SUPPORTED: &[&str] = &[
    "KeyOf",
    "Env",
    "Context",
    "Format",
    "Find",
    "FindObject",
    "Condition",
    "If",
    "Enumerate",
    "Index",
    "Value",
    "AtIndex",
    "ParseJSON",
];

/// The object an entry with an `id` stands for, for `!KeyOf`.
#[derive(Clone, Debug)]
pub struct Instance {
    /// Its primary key (`pk` of the stored object).
    pub pk: Value,
    /// Its `policybindingmodel_ptr_id`, for flows, flow stage bindings and
    /// the other policy binding models.
    pub binding_target: Option<Value>,
}

/// Everything a tag may read.
pub struct Resolver<'a> {
    /// The fake, for `!Find`.
    pub fake: &'a Fake,
    /// The model table, for `!Find`.
    pub models: &'a Models,
    /// The blueprint's context (authentik's defaults under it), each value
    /// with its path.
    pub context: &'a BTreeMap<String, (Yaml, Path)>,
    /// Objects of the earlier entries with an `id`.
    pub ids: &'a BTreeMap<String, Instance>,
    /// Environment variables (`!Env`).
    pub env: &'a dyn Fn(&str) -> Option<String>,
    /// Whether the entry is an `authentik_policies.policybinding`: a
    /// `!KeyOf` of a policy binding model is then its binding target.
    pub policy_binding: bool,
    /// The items of the `!Enumerate`s being resolved, innermost last.
    items: Vec<(Value, Value)>,
    /// How deep `!Context` values resolve into each other.
    depth: usize,
}

/// How deep context values may refer to each other before it is a loop.
const MAX_DEPTH: usize = 32;

fn child(path: &Path, step: Step) -> Path {
    let mut p = path.clone();
    p.push(step);
    p
}

fn bad(path: &Path, tag: &str, message: impl Into<String>) -> Failure {
    (
        path.clone(),
        Problem::BadTag {
            tag: tag.to_string(),
            message: message.into(),
        },
    )
}

impl<'a> Resolver<'a> {
    /// A resolver for one entry.
    pub fn new(
        fake: &'a Fake,
        models: &'a Models,
        context: &'a BTreeMap<String, (Yaml, Path)>,
        ids: &'a BTreeMap<String, Instance>,
        env: &'a dyn Fn(&str) -> Option<String>,
        policy_binding: bool,
    ) -> Resolver<'a> {
        Resolver {
            fake,
            models,
            context,
            ids,
            env,
            policy_binding,
            items: Vec::new(),
            depth: 0,
        }
    }

    /// `node` (at `path`) with every tag resolved.
    pub fn resolve(&mut self, node: &Yaml, path: &Path) -> Result<Value, Failure> {
        match node {
            Yaml::Null => Ok(Value::Null),
            Yaml::Bool(b) => Ok(Value::Bool(*b)),
            Yaml::Number(n) => number(n).ok_or_else(|| {
                (
                    path.clone(),
                    Problem::Malformed {
                        what: "value",
                        message: format!("{n} is not a JSON number"),
                    },
                )
            }),
            Yaml::String(s) => Ok(Value::String(s.clone())),
            Yaml::Sequence(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| self.resolve(item, &child(path, Step::Index(i))))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array),
            Yaml::Mapping(map) => {
                let mut out = Map::new();
                for (key, value) in map {
                    let Some(k) = key_text(key) else {
                        return Err((
                            path.clone(),
                            Problem::Malformed {
                                what: "mapping",
                                message: "a key is not a string, number or boolean".into(),
                            },
                        ));
                    };
                    let v = self.resolve(value, &child(path, Step::Key(k.clone())))?;
                    out.insert(k, v);
                }
                Ok(Value::Object(out))
            }
            Yaml::Tagged(tagged) => {
                let tag = tagged.tag.to_string();
                let tag = tag.trim_start_matches('!');
                self.tag(tag, &tagged.value, path)
            }
        }
    }

    fn tag(&mut self, tag: &str, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let inner = child(path, Step::Tag);
        // A problem with the argument as a whole is shown at the tag.
        self.tag_value(tag, arg, path, &inner)
            .map_err(|(at, problem)| {
                if at == inner {
                    (path.clone(), problem)
                } else {
                    (at, problem)
                }
            })
    }

    fn tag_value(
        &mut self,
        tag: &str,
        arg: &Yaml,
        path: &Path,
        inner: &Path,
    ) -> Result<Value, Failure> {
        let inner = inner.clone();
        match tag {
            "KeyOf" => self.key_of(arg, &inner),
            "Env" => self.env(arg, &inner),
            "Context" => self.context(arg, &inner),
            "Format" => self.format(arg, &inner),
            "Find" => self.find(arg, &inner, false),
            "FindObject" => self.find(arg, &inner, true),
            "Condition" => self.condition(arg, &inner),
            "If" => self.when(arg, &inner),
            "Enumerate" => self.enumerate(arg, &inner),
            "Index" => self.item(arg, &inner, tag, |item| item.0.clone()),
            "Value" => self.item(arg, &inner, tag, |item| item.1.clone()),
            "AtIndex" => self.at_index(arg, &inner),
            "ParseJSON" => {
                let text = self.scalar_text(arg, &inner, tag)?;
                serde_json::from_str(&text).map_err(|e| bad(&inner, tag, e.to_string()))
            }
            other => Err((path.clone(), Problem::UnsupportedTag(other.to_string()))),
        }
    }

    /// A tag's sequence argument, with `min..=max` items.
    fn args<'y>(
        &self,
        arg: &'y Yaml,
        path: &Path,
        tag: &str,
        min: usize,
        max: usize,
    ) -> Result<&'y [Yaml], Failure> {
        match arg {
            Yaml::Sequence(items) if (min..=max).contains(&items.len()) => Ok(items),
            Yaml::Sequence(items) => Err(bad(
                path,
                tag,
                format!(
                    "expects {} arguments, got {}",
                    if min == max {
                        min.to_string()
                    } else if max == usize::MAX {
                        format!("at least {min}")
                    } else {
                        format!("{min} to {max}")
                    },
                    items.len()
                ),
            )),
            _ => Err(bad(path, tag, "expects a sequence [...]")),
        }
    }

    /// A scalar argument (or one that resolves to a scalar) as text.
    fn scalar_text(&mut self, arg: &Yaml, path: &Path, tag: &str) -> Result<String, Failure> {
        match self.resolve(arg, path)? {
            Value::String(s) => Ok(s),
            Value::Number(n) => Ok(n.to_string()),
            Value::Bool(b) => Ok(b.to_string()),
            _ => Err(bad(path, tag, "expects a scalar")),
        }
    }

    fn key_of(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let id = self.scalar_text(arg, path, "KeyOf")?;
        let instance = self
            .ids
            .get(&id)
            .ok_or_else(|| (path.clone(), Problem::UnknownId(id.clone())))?;
        match (&instance.binding_target, self.policy_binding) {
            (Some(target), true) => Ok(target.clone()),
            _ => Ok(instance.pk.clone()),
        }
    }

    /// `!Env NAME` / `!Env [NAME, default]`: the variable unless unset or
    /// empty, else the default (null without one).
    fn env(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let (name, default) = self.key_and_default(arg, path, "Env")?;
        match (self.env)(&name).filter(|v| !v.is_empty()) {
            Some(value) => Ok(Value::String(value)),
            None => Ok(default),
        }
    }

    /// `!Context key` / `!Context [key, default]`.
    fn context(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let (key, default) = self.key_and_default(arg, path, "Context")?;
        let Some((value, at)) = self.context.get(&key) else {
            return Ok(default);
        };
        if self.depth >= MAX_DEPTH {
            return Err(bad(
                path,
                "Context",
                "context values refer to each other in a loop",
            ));
        }
        self.depth += 1;
        let resolved = self.resolve(value, at);
        self.depth -= 1;
        resolved
    }

    fn key_and_default(
        &mut self,
        arg: &Yaml,
        path: &Path,
        tag: &str,
    ) -> Result<(String, Value), Failure> {
        match arg {
            Yaml::Sequence(_) => {
                let items = self.args(arg, path, tag, 1, 2)?;
                let key = self.scalar_text(&items[0], &child(path, Step::Index(0)), tag)?;
                let default = match items.get(1) {
                    Some(d) => self.resolve(d, &child(path, Step::Index(1)))?,
                    None => Value::Null,
                };
                Ok((key, default))
            }
            _ => Ok((self.scalar_text(arg, path, tag)?, Value::Null)),
        }
    }

    fn format(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let items = self.args(arg, path, "Format", 1, usize::MAX)?;
        let format = match self.resolve(&items[0], &child(path, Step::Index(0)))? {
            Value::String(s) => s,
            _ => return Err(bad(path, "Format", "the format must be a string")),
        };
        let mut args = Vec::new();
        for (i, item) in items.iter().enumerate().skip(1) {
            args.push(self.resolve(item, &child(path, Step::Index(i)))?);
        }
        percent_format(&format, &args)
            .map(Value::String)
            .map_err(|m| bad(path, "Format", m))
    }

    fn find(&mut self, arg: &Yaml, path: &Path, object: bool) -> Result<Value, Failure> {
        let tag = if object { "FindObject" } else { "Find" };
        let items = self.args(arg, path, tag, 1, usize::MAX)?;
        let model = self.scalar_text(&items[0], &child(path, Step::Index(0)), tag)?;
        let collection = match self.models.target(&model) {
            Some(Target::Collection(c)) => c.clone(),
            Some(Target::NoCollection) => {
                return Err((path.clone(), Problem::FindWithoutCollection(model)))
            }
            None => return Err((path.clone(), Problem::UnknownModel(model))),
        };
        let mut conditions = Vec::new();
        for (i, item) in items.iter().enumerate().skip(1) {
            let at = child(path, Step::Index(i));
            let pair = self.args(item, &at, tag, 2, 2)?;
            let field = self.scalar_text(&pair[0], &child(&at, Step::Index(0)), tag)?;
            let value = self.resolve(&pair[1], &child(&at, Step::Index(1)))?;
            conditions.push((lookup(&field).map_err(|m| bad(&at, tag, m))?, value));
        }
        let objects = self.fake.objects(&collection).unwrap_or_default();
        let found = objects.into_iter().find(|o| {
            conditions
                .iter()
                .all(|((field, exact), wanted)| field_matches(o, field, wanted, *exact))
        });
        Ok(match found {
            Some(o) if object => o,
            Some(o) => o.get("pk").cloned().unwrap_or(Value::Null),
            None => Value::Null,
        })
    }

    fn condition(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let items = self.args(arg, path, "Condition", 2, usize::MAX)?;
        let mode = self
            .scalar_text(&items[0], &child(path, Step::Index(0)), "Condition")?
            .to_uppercase();
        let mut values = Vec::new();
        for (i, item) in items.iter().enumerate().skip(1) {
            values.push(truthy(&self.resolve(item, &child(path, Step::Index(i)))?));
        }
        let parity = values.iter().filter(|v| **v).count() % 2 == 1;
        let result = match mode.as_str() {
            "AND" => values.iter().all(|v| *v),
            "NAND" => !values.iter().all(|v| *v),
            "OR" => values.iter().any(|v| *v),
            "NOR" => !values.iter().any(|v| *v),
            "XOR" => parity,
            "XNOR" => !parity,
            other => {
                return Err(bad(
                    path,
                    "Condition",
                    format!("unknown mode {other:?} (AND, NAND, OR, NOR, XOR, XNOR)"),
                ))
            }
        };
        Ok(Value::Bool(result))
    }

    /// `!If [condition]` (true / false) or `!If [condition, then, else]`;
    /// only the chosen branch is resolved.
    fn when(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let items = match arg {
            Yaml::Sequence(items) if items.len() == 2 => {
                return Err(bad(
                    path,
                    "If",
                    "expects [condition] or [condition, then, else]",
                ))
            }
            _ => self.args(arg, path, "If", 1, 3)?,
        };
        let condition = truthy(&self.resolve(&items[0], &child(path, Step::Index(0)))?);
        match items.len() {
            1 => Ok(Value::Bool(condition)),
            _ => {
                let i = if condition { 1 } else { 2 };
                self.resolve(&items[i], &child(path, Step::Index(i)))
            }
        }
    }

    /// `!Enumerate [iterable, SEQ | MAP, body]`: `body` resolved once per
    /// item (`!Index` / `!Value` read it), into a list (`SEQ`) or a mapping
    /// (`MAP`: each body a `[key, value]` pair or a mapping merged in).
    fn enumerate(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let items = self.args(arg, path, "Enumerate", 3, 3)?;
        let iterable = self.resolve(&items[0], &child(path, Step::Index(0)))?;
        let output = self
            .scalar_text(&items[1], &child(path, Step::Index(1)), "Enumerate")?
            .to_uppercase();
        let pairs: Vec<(Value, Value)> = match iterable {
            Value::Object(map) => map
                .into_iter()
                .map(|(k, v)| (Value::String(k), v))
                .collect(),
            Value::Array(list) => list
                .into_iter()
                .enumerate()
                .map(|(i, v)| (Value::from(i), v))
                .collect(),
            _ => {
                return Err(bad(
                    path,
                    "Enumerate",
                    "the iterable must be a sequence or a mapping",
                ))
            }
        };
        if output != "SEQ" && output != "MAP" {
            return Err(bad(
                path,
                "Enumerate",
                format!("unknown output {output:?} (SEQ, MAP)"),
            ));
        }
        let body_path = child(path, Step::Index(2));
        let mut seq = Vec::new();
        let mut map = Map::new();
        for pair in pairs {
            self.items.push(pair);
            let body = self.resolve(&items[2], &body_path);
            self.items.pop();
            let body = body?;
            if output == "SEQ" {
                seq.push(body);
                continue;
            }
            match body {
                Value::Array(kv) if kv.len() == 2 => {
                    let key = match &kv[0] {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    map.insert(key, kv[1].clone());
                }
                Value::Object(m) => merge(&mut map, m),
                _ => {
                    return Err(bad(
                        path,
                        "Enumerate",
                        "a MAP item must be [key, value] or a mapping",
                    ))
                }
            }
        }
        Ok(if output == "SEQ" {
            Value::Array(seq)
        } else {
            Value::Object(map)
        })
    }

    /// `!Index depth` / `!Value depth`: the key or value of the item of the
    /// `!Enumerate` `depth` levels out (0: the innermost).
    fn item(
        &mut self,
        arg: &Yaml,
        path: &Path,
        tag: &str,
        part: fn(&(Value, Value)) -> Value,
    ) -> Result<Value, Failure> {
        let depth = self.scalar_text(arg, path, tag)?;
        let depth: usize = depth.parse().map_err(|_| {
            bad(
                path,
                tag,
                format!("the depth must be a number, not {depth:?}"),
            )
        })?;
        let n = self.items.len();
        match n.checked_sub(depth + 1).and_then(|i| self.items.get(i)) {
            Some(item) => Ok(part(item)),
            None if n == 0 => Err(bad(path, tag, "only usable inside an !Enumerate")),
            None => Err(bad(
                path,
                tag,
                format!("depth {depth}, but only {n} !Enumerate around"),
            )),
        }
    }

    /// `!AtIndex [object, index or key, default?]`.
    fn at_index(&mut self, arg: &Yaml, path: &Path) -> Result<Value, Failure> {
        let items = self.args(arg, path, "AtIndex", 2, 3)?;
        let object = self.resolve(&items[0], &child(path, Step::Index(0)))?;
        let index = self.resolve(&items[1], &child(path, Step::Index(1)))?;
        let found = match (&object, &index) {
            (Value::Array(list), Value::Number(n)) => n.as_i64().and_then(|i| {
                let len = list.len() as i64;
                let i = if i < 0 { len + i } else { i };
                usize::try_from(i).ok().and_then(|i| list.get(i).cloned())
            }),
            (Value::Object(map), Value::String(k)) => map.get(k).cloned(),
            (Value::Array(_), _) => {
                return Err(bad(path, "AtIndex", "a list index must be a number"))
            }
            _ => None,
        };
        match (found, items.get(2)) {
            (Some(v), _) => Ok(v),
            (None, Some(default)) => self.resolve(default, &child(path, Step::Index(2))),
            (None, None) => Err(bad(path, "AtIndex", format!("no item {index}"))),
        }
    }
}

/// A `!Find` field: the name and whether it is exact (`name`) or
/// case-insensitive (`name__iexact`).
fn lookup(field: &str) -> Result<(String, bool), String> {
    match field.split_once("__") {
        None => Ok((field.to_string(), true)),
        Some((name, "exact")) => Ok((name.to_string(), true)),
        Some((name, "iexact")) => Ok((name.to_string(), false)),
        Some((_, other)) => Err(format!("unsupported lookup __{other} (exact, iexact)")),
    }
}

/// Whether `object.field` is `wanted` (numbers and their text are equal; a
/// wanted mapping matches a stored one that contains it).
pub fn field_matches(object: &Value, field: &str, wanted: &Value, exact: bool) -> bool {
    object
        .get(field)
        .is_some_and(|stored| loose_eq(stored, wanted, exact))
}

fn loose_eq(stored: &Value, wanted: &Value, exact: bool) -> bool {
    match (stored, wanted) {
        (Value::String(a), Value::String(b)) if !exact => a.to_lowercase() == b.to_lowercase(),
        (Value::Number(a), Value::String(b)) | (Value::String(b), Value::Number(a)) => {
            a.to_string() == *b
        }
        (Value::Object(s), Value::Object(w)) => w
            .iter()
            .all(|(k, v)| s.get(k).is_some_and(|sv| loose_eq(sv, v, exact))),
        _ => stored == wanted,
    }
}

fn number(n: &serde_yaml::Number) -> Option<Value> {
    if let Some(i) = n.as_i64() {
        return Some(Value::from(i));
    }
    if let Some(u) = n.as_u64() {
        return Some(Value::from(u));
    }
    n.as_f64().and_then(Number::from_f64).map(Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn truth_and_matching() {
        let o = json!({"order": 10, "slug": "Ab", "attributes": {"a": 1, "b": 2}});
        assert!(field_matches(&o, "order", &json!("10"), true));
        assert!(field_matches(&o, "slug", &json!("ab"), false));
        assert!(!field_matches(&o, "slug", &json!("ab"), true));
        assert!(field_matches(&o, "attributes", &json!({"a": 1}), true));
        assert!(!field_matches(&o, "missing", &json!(null), true));
        assert_eq!(lookup("name__iexact"), Ok(("name".into(), false)));
        assert!(lookup("name__startswith").is_err());
    }
}
