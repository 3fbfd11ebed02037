//! Paths of corrections: resolved after the decode, from the JSON text, only
//! when something was corrected.

use super::shape::Shape;
use super::state::Pending;
use super::Correction;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

pub(super) fn resolve_all(json: &[u8], pending: Vec<Pending>) -> Vec<Correction> {
    if pending.is_empty() {
        return Vec::new();
    }
    let tree: Option<Tree> = serde_json::from_slice(json).ok();
    pending
        .into_iter()
        .map(|p| Correction {
            path: tree
                .as_ref()
                .and_then(|tree| resolve(tree, &p))
                .unwrap_or_else(|| approximate(&p)),
            ty: p.ty,
            kind: p.kind,
        })
        .collect()
}

/// The exact path of a correction, found by following its steps through
/// the document.
fn resolve(tree: &Tree, p: &Pending) -> Option<String> {
    let mut path = Vec::new();
    let mut object = tree;
    for (i, step) in p.steps.iter().enumerate() {
        let value = if i == 0 {
            tree
        } else {
            path.push(Segment::Key(step.field));
            object.get(step.field)?
        };
        let mut count = 0;
        object = nth_struct(value, step.shape, step.ordinal, &mut count, &mut path)?;
    }
    if !p.field.is_empty() {
        path.push(Segment::Key(&p.field));
    }
    Some(render(&path))
}

/// One step of a path.
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// `a.b[2].c`, or `.` for the top level (as `json_path` writes paths).
fn render(path: &[Segment<'_>]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// The `ordinal`-th object inside `value` where structs of `shape` sit;
/// the path to it is appended to `path`.
fn nth_struct<'t>(
    value: &'t Tree,
    shape: &Shape,
    ordinal: u32,
    count: &mut u32,
    path: &mut Vec<Segment<'t>>,
) -> Option<&'t Tree> {
    match (shape, value) {
        (Shape::One, Tree::Object(_)) => {
            *count += 1;
            (*count == ordinal + 1).then_some(value)
        }
        (Shape::Seq(inner), Tree::Array(items)) => {
            items.iter().enumerate().find_map(|(i, item)| {
                path.push(Segment::Index(i));
                let found = nth_struct(item, inner, ordinal, count, path);
                if found.is_none() {
                    path.pop();
                }
                found
            })
        }
        (Shape::Map(inner), Tree::Object(entries)) => entries.iter().find_map(|(key, item)| {
            path.push(Segment::Key(key));
            let found = nth_struct(item, inner, ordinal, count, path);
            if found.is_none() {
                path.pop();
            }
            found
        }),
        _ => None,
    }
}

/// A path from the steps alone, when the document cannot be followed
/// (`items[#2].name`: the third struct inside `items`).
fn approximate(p: &Pending) -> String {
    let mut path = String::new();
    for (i, step) in p.steps.iter().enumerate() {
        if i > 0 {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(step.field);
        }
        if *step.shape != Shape::One {
            path.push_str(&format!("[#{}]", step.ordinal));
        }
    }
    if !p.field.is_empty() {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(&p.field);
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// A JSON document with object entries in document order (whatever
/// `serde_json`'s map type), scalars left out.
enum Tree {
    Object(Vec<(String, Tree)>),
    Array(Vec<Tree>),
    Scalar,
}

impl Tree {
    fn get(&self, key: &str) -> Option<&Tree> {
        match self {
            Tree::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Tree, D::Error> {
        deserializer.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Tree::Object(entries))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Tree::Array(items))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_str<E>(self, _: &str) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_unit<E>(self) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }

    fn visit_none<E>(self) -> Result<Tree, E> {
        Ok(Tree::Scalar)
    }
}
