//! Drift between two versions of a schema: what changed, as data
//! ([`Diff`]) and as a Markdown report ([`Diff::markdown`], [`report`]).
//!
//! Compared on the lowered, not yet folded IR of each version: operations by
//! id (and by method + path for renames), component schemas by name (and by
//! shape for renames), fields by name within same-named schemas.

use crate::ir::{Api, Field, TypeId, TypeKind};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Everything that changed from `old` to `new`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff {
    pub old_version: String,
    pub new_version: String,
    /// `operation_id (METHOD path)`.
    pub operations_added: Vec<String>,
    pub operations_removed: Vec<String>,
    /// `(METHOD path, old id, new id)`.
    pub operations_renamed: Vec<(String, String, String)>,
    pub schemas_added: Vec<String>,
    pub schemas_removed: Vec<String>,
    /// `(old name, new name)`: one disappeared, the other appeared, same shape.
    pub schemas_renamed: Vec<(String, String)>,
    pub enum_changes: Vec<EnumChange>,
    pub field_changes: Vec<FieldChange>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumChange {
    pub schema: String,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    pub schema: String,
    pub field: String,
    pub change: Change,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    Added,
    Removed,
    Type { old: String, new: String },
    Required { now: bool },
    Nullable { now: bool },
    ReadOnly { now: bool },
}

/// Counts per kind of change, for summaries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub operations_added: usize,
    pub operations_removed: usize,
    pub operations_renamed: usize,
    pub schemas_added: usize,
    pub schemas_removed: usize,
    pub schemas_renamed: usize,
    pub enum_changes: usize,
    pub fields_added: usize,
    pub fields_removed: usize,
    pub type_changes: usize,
    pub required_flips: usize,
    pub nullable_flips: usize,
    pub read_only_flips: usize,
}

/// Compare two versions.
pub fn diff(old: &Api, new: &Api) -> Diff {
    let mut d = Diff {
        old_version: old.info.version.clone(),
        new_version: new.info.version.clone(),
        ..Diff::default()
    };
    operations(old, new, &mut d);
    schemas(old, new, &mut d);
    d
}

fn operations(old: &Api, new: &Api, d: &mut Diff) {
    let label = |o: &crate::ir::Operation| format!("{} ({} {})", o.id, o.method.as_str(), o.path);
    let old_ids: BTreeMap<&str, &crate::ir::Operation> =
        old.operations.iter().map(|o| (o.id.as_str(), o)).collect();
    let new_ids: BTreeMap<&str, &crate::ir::Operation> =
        new.operations.iter().map(|o| (o.id.as_str(), o)).collect();
    let mut removed: BTreeMap<(String, String), &crate::ir::Operation> = BTreeMap::new();
    for (id, op) in &old_ids {
        if !new_ids.contains_key(id) {
            removed.insert((op.method.as_str().to_string(), op.path.clone()), op);
        }
    }
    for (id, op) in &new_ids {
        if old_ids.contains_key(id) {
            continue;
        }
        let key = (op.method.as_str().to_string(), op.path.clone());
        match removed.remove(&key) {
            Some(before) => d.operations_renamed.push((
                format!("{} {}", key.0, key.1),
                before.id.clone(),
                op.id.clone(),
            )),
            None => d.operations_added.push(label(op)),
        }
    }
    d.operations_removed = removed.values().map(|o| label(o)).collect();
    d.operations_removed.sort();
}

/// A shape key for rename detection: enum values, or struct field names and types.
fn shape(api: &Api, id: TypeId) -> String {
    match &api.get(id).kind {
        TypeKind::Enum(e) => {
            let set: BTreeSet<&str> = e.values.iter().map(String::as_str).collect();
            format!("enum{set:?}")
        }
        TypeKind::Struct(s) => {
            let fields: Vec<String> = s
                .fields
                .iter()
                .map(|f| format!("{}:{}:{}", f.name, api.describe(&f.ty), f.required))
                .collect();
            format!("struct{fields:?}")
        }
        TypeKind::Union(u) => format!(
            "union{:?}",
            u.variants
                .iter()
                .map(|v| api.describe(&v.ty))
                .collect::<Vec<_>>()
        ),
        TypeKind::Alias(t) => format!("alias:{}", api.describe(t)),
    }
}

fn schemas(old: &Api, new: &Api, d: &mut Diff) {
    let mut removed: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (name, id) in &old.components {
        if !new.components.contains_key(name) {
            removed.entry(shape(old, *id)).or_default().push(name);
        }
    }
    let mut renamed_old = BTreeSet::new();
    for (name, id) in &new.components {
        if old.components.contains_key(name) {
            continue;
        }
        match removed
            .get_mut(&shape(new, *id))
            .and_then(|names| names.pop())
        {
            Some(before) => {
                renamed_old.insert(before.to_string());
                d.schemas_renamed.push((before.to_string(), name.clone()));
            }
            None => d.schemas_added.push(name.clone()),
        }
    }
    d.schemas_removed = old
        .components
        .keys()
        .filter(|n| !new.components.contains_key(*n) && !renamed_old.contains(*n))
        .cloned()
        .collect();
    d.schemas_renamed.sort();

    for (name, new_id) in &new.components {
        let Some(old_id) = old.components.get(name) else {
            continue;
        };
        match (&old.get(*old_id).kind, &new.get(*new_id).kind) {
            (TypeKind::Enum(a), TypeKind::Enum(b)) => {
                let added: Vec<String> = b
                    .values
                    .iter()
                    .filter(|v| !a.values.contains(v))
                    .cloned()
                    .collect();
                let removed: Vec<String> = a
                    .values
                    .iter()
                    .filter(|v| !b.values.contains(v))
                    .cloned()
                    .collect();
                if !added.is_empty() || !removed.is_empty() {
                    d.enum_changes.push(EnumChange {
                        schema: name.clone(),
                        added,
                        removed,
                    });
                }
            }
            (TypeKind::Struct(a), TypeKind::Struct(b)) => {
                fields(old, new, name, &a.fields, &b.fields, d)
            }
            _ => {}
        }
    }
}

fn fields(old: &Api, new: &Api, schema: &str, a: &[Field], b: &[Field], d: &mut Diff) {
    let mut push = |field: &str, change: Change| {
        d.field_changes.push(FieldChange {
            schema: schema.to_string(),
            field: field.to_string(),
            change,
        })
    };
    for f in b {
        let Some(g) = a.iter().find(|g| g.name == f.name) else {
            push(&f.name, Change::Added);
            continue;
        };
        let (old_ty, new_ty) = (old.describe(&g.ty), new.describe(&f.ty));
        if old_ty != new_ty {
            push(
                &f.name,
                Change::Type {
                    old: old_ty,
                    new: new_ty,
                },
            );
        }
        if g.required != f.required {
            push(&f.name, Change::Required { now: f.required });
        }
        if g.nullable != f.nullable {
            push(&f.name, Change::Nullable { now: f.nullable });
        }
        if g.read_only != f.read_only {
            push(&f.name, Change::ReadOnly { now: f.read_only });
        }
    }
    for g in a {
        if !b.iter().any(|f| f.name == g.name) {
            push(&g.name, Change::Removed);
        }
    }
}

impl Diff {
    pub fn counts(&self) -> Counts {
        let count = |pred: &dyn Fn(&Change) -> bool| {
            self.field_changes
                .iter()
                .filter(|c| pred(&c.change))
                .count()
        };
        Counts {
            operations_added: self.operations_added.len(),
            operations_removed: self.operations_removed.len(),
            operations_renamed: self.operations_renamed.len(),
            schemas_added: self.schemas_added.len(),
            schemas_removed: self.schemas_removed.len(),
            schemas_renamed: self.schemas_renamed.len(),
            enum_changes: self.enum_changes.len(),
            fields_added: count(&|c| *c == Change::Added),
            fields_removed: count(&|c| *c == Change::Removed),
            type_changes: count(&|c| matches!(c, Change::Type { .. })),
            required_flips: count(&|c| matches!(c, Change::Required { .. })),
            nullable_flips: count(&|c| matches!(c, Change::Nullable { .. })),
            read_only_flips: count(&|c| matches!(c, Change::ReadOnly { .. })),
        }
    }

    /// This pair's section of the report (a level-2 heading and lists).
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "## {} → {}\n", self.old_version, self.new_version);
        let list = |out: &mut String, title: &str, items: &[String]| {
            if items.is_empty() {
                return;
            }
            let _ = writeln!(out, "### {title} ({})\n", items.len());
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
            out.push('\n');
        };
        list(&mut out, "Operations added", &self.operations_added);
        list(&mut out, "Operations removed", &self.operations_removed);
        let renamed: Vec<String> = self
            .operations_renamed
            .iter()
            .map(|(at, a, b)| format!("{at}: `{a}` → `{b}`"))
            .collect();
        list(&mut out, "Operations renamed", &renamed);
        let code = |items: &[String]| items.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>();
        list(&mut out, "Schemas added", &code(&self.schemas_added));
        list(&mut out, "Schemas removed", &code(&self.schemas_removed));
        let renamed: Vec<String> = self
            .schemas_renamed
            .iter()
            .map(|(a, b)| format!("`{a}` → `{b}`"))
            .collect();
        list(&mut out, "Schemas renamed", &renamed);
        let enums: Vec<String> = self
            .enum_changes
            .iter()
            .map(|e| {
                let mut parts = Vec::new();
                if !e.added.is_empty() {
                    parts.push(format!("+{}", code(&e.added).join(", +")));
                }
                if !e.removed.is_empty() {
                    parts.push(format!("−{}", code(&e.removed).join(", −")));
                }
                format!("`{}`: {}", e.schema, parts.join("; "))
            })
            .collect();
        list(&mut out, "Enum value changes", &enums);
        let section = |out: &mut String, title: &str, pred: &dyn Fn(&Change) -> Option<String>| {
            let items: Vec<String> = self
                .field_changes
                .iter()
                .filter_map(|c| {
                    pred(&c.change).map(|what| format!("`{}.{}`{what}", c.schema, c.field))
                })
                .collect();
            list(out, title, &items);
        };
        section(&mut out, "Field type changes", &|c| match c {
            Change::Type { old, new } => Some(format!(": `{old}` → `{new}`")),
            _ => None,
        });
        section(&mut out, "Required ↔ optional", &|c| match c {
            Change::Required { now } => Some(
                if *now {
                    ": now required"
                } else {
                    ": now optional"
                }
                .to_string(),
            ),
            _ => None,
        });
        section(&mut out, "Nullable flips", &|c| match c {
            Change::Nullable { now } => Some(
                if *now {
                    ": now nullable"
                } else {
                    ": no longer nullable"
                }
                .to_string(),
            ),
            _ => None,
        });
        section(&mut out, "Read-only flips", &|c| match c {
            Change::ReadOnly { now } => Some(
                if *now {
                    ": now read-only"
                } else {
                    ": now writable"
                }
                .to_string(),
            ),
            _ => None,
        });
        section(&mut out, "Fields added", &|c| {
            (*c == Change::Added).then(String::new)
        });
        section(&mut out, "Fields removed", &|c| {
            (*c == Change::Removed).then(String::new)
        });
        out
    }
}

/// A whole report over consecutive versions: a summary table, then one
/// section per pair.
pub fn report(diffs: &[Diff]) -> String {
    let mut out = String::from(
        "# Schema drift between the pinned authentik versions\n\n\
         Generated by `cargo xtask drift` from `specs/manifest.toml`; do not edit.\n\n\
         | versions | ops +/−/renamed | schemas +/−/renamed | enum changes | type changes | required flips | nullable flips | read-only flips | fields +/− |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for d in diffs {
        let c = d.counts();
        let _ = writeln!(
            out,
            "| {} → {} | {}/{}/{} | {}/{}/{} | {} | {} | {} | {} | {} | {}/{} |",
            d.old_version,
            d.new_version,
            c.operations_added,
            c.operations_removed,
            c.operations_renamed,
            c.schemas_added,
            c.schemas_removed,
            c.schemas_renamed,
            c.enum_changes,
            c.type_changes,
            c.required_flips,
            c.nullable_flips,
            c.read_only_flips,
            c.fields_added,
            c.fields_removed
        );
    }
    out.push('\n');
    for d in diffs {
        out.push_str(&d.markdown());
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
