//! Fold older schema versions into the newest one, so that one generated
//! crate works against servers of every input version.
//!
//! The newest version defines the surface (types, fields, operations).
//! Older versions only widen it:
//! - enums hold the union of the values seen in any version (matched by
//!   schema name, by the field or parameter that uses them, and through
//!   renames);
//! - an enum component that disappeared, while one with the same values
//!   appeared, is kept as a type alias of the new one (`GrantTypesEnum`);
//! - a field is required only if every version that has the type requires it,
//!   and nullable if any version allows `null`;
//! - a field that only older versions have is kept, optional;
//! - a field whose type changed gets a type that reads every historical form
//!   (see [`fold_type`] for the rules).

use crate::ir::{Api, Field, IntWidth, LegacyForm, Operation, Struct, TypeId, TypeKind, TypeRef};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Fold `older` (oldest first) into `newest`.
pub fn fold(newest: &mut Api, older: &[Api]) {
    if older.is_empty() {
        return;
    }
    newest.versions = older
        .iter()
        .chain(std::iter::once(&*newest))
        .map(|api| api.info.version.clone())
        .collect();
    let warnings = older.iter().flat_map(|api| api.warnings.iter().cloned());
    newest.warnings = warnings.chain(newest.warnings.drain(..)).collect();
    let mut merges: Vec<(TypeId, Vec<String>)> = Vec::new();
    enum_renames(newest, older);
    enums_by_name(newest, older, &mut merges);
    structs(newest, older, &mut merges);
    parameters(newest, older, &mut merges);
    for (id, values) in merges {
        if let TypeKind::Enum(e) = &mut newest.get_mut(id).kind {
            for v in values {
                if !e.values.contains(&v) {
                    e.values.push(v);
                }
            }
        }
    }
    super::surface::keep_removed(newest, older);
}

fn enum_values(api: &Api, id: TypeId) -> Option<&Vec<String>> {
    match &api.get(id).kind {
        TypeKind::Enum(e) => Some(&e.values),
        _ => None,
    }
}

/// Old enum components that are gone from the newest version, while an enum
/// with exactly the same values exists there, become aliases of it.
fn enum_renames(newest: &mut Api, older: &[Api]) {
    let mut new_sets: BTreeMap<BTreeSet<&str>, Vec<TypeId>> = BTreeMap::new();
    for id in newest.components.values() {
        if let Some(values) = enum_values(newest, *id) {
            new_sets
                .entry(values.iter().map(String::as_str).collect())
                .or_default()
                .push(*id);
        }
    }
    let mut aliases: BTreeMap<TypeId, BTreeSet<String>> = BTreeMap::new();
    for old in older {
        for (name, old_id) in &old.components {
            if newest.components.contains_key(name) {
                continue;
            }
            let Some(values) = enum_values(old, *old_id) else {
                continue;
            };
            let set: BTreeSet<&str> = values.iter().map(String::as_str).collect();
            // A rename: the new name did not exist yet in that version.
            if let Some([target]) = new_sets.get(&set).map(Vec::as_slice) {
                if !old
                    .components
                    .contains_key(newest.get(*target).origin.schema_name())
                {
                    aliases.entry(*target).or_default().insert(name.clone());
                }
            }
        }
    }
    for (id, names) in aliases {
        let def = newest.get_mut(id);
        for name in names {
            if !def.aliases.contains(&name) {
                def.aliases.push(name);
            }
        }
        def.aliases.sort();
    }
}

/// Enums with the same schema name (or an alias name) in older versions.
fn enums_by_name(newest: &Api, older: &[Api], merges: &mut Vec<(TypeId, Vec<String>)>) {
    let indexes: Vec<_> = older
        .iter()
        .map(|old| (old, old.by_schema_name()))
        .collect();
    for id in newest.ids() {
        if enum_values(newest, id).is_none() {
            continue;
        }
        let def = newest.get(id);
        let names: Vec<&str> = std::iter::once(def.origin.schema_name())
            .chain(def.aliases.iter().map(String::as_str))
            .collect();
        for (old, index) in &indexes {
            for name in &names {
                if let Some(values) = index.get(name).and_then(|old_id| enum_values(old, *old_id)) {
                    merges.push((id, values.clone()));
                }
            }
        }
    }
}

/// How a field's type in an older version relates to the newest one.
#[derive(Debug, PartialEq)]
enum Fold {
    /// Same wire form (possibly after merging enum values).
    Same,
    /// Same type, but the older version also allowed `null` here.
    OrNull,
    /// Numbers of a wider range: use this type.
    Widen(TypeRef),
    /// A newline-separated string of URLs, now a list of objects with a `url`.
    LegacyUrls,
    /// Anything else: keep the older form as raw JSON.
    Versioned,
}

/// Compare a type of the newest version with the same place in an older one.
///
/// - equal descriptions, or two enums (their values are merged): same;
/// - untyped (`{}`) in the newest version: same (it reads anything);
/// - untyped in an older version, typed in the newest: drf-spectacular wrote
///   `{}` where it could not infer a type and later versions made it precise
///   (51 fields became `object`); the newest, more precise type is kept, made
///   nullable, since `{}` admitted `null`;
/// - integers of different widths: the wider (`i64`);
/// - a string that became an array of objects with a `url` (`redirect_uris`):
///   the legacy newline-separated form is read and, for old targets, written;
/// - anything else (`source` object -> uuid, integer -> string, ...):
///   [`TypeRef::Versioned`]: the newest type, or the older JSON verbatim.
fn fold_type(
    new_api: &Api,
    new: &TypeRef,
    old_api: &Api,
    old: &TypeRef,
    merges: &mut Vec<(TypeId, Vec<String>)>,
) -> Fold {
    if new_api.describe(new) == old_api.describe(old) {
        return Fold::Same;
    }
    match (new, old) {
        (TypeRef::Named(a), TypeRef::Named(b)) => {
            match (enum_values(new_api, *a), enum_values(old_api, *b)) {
                (Some(_), Some(values)) => {
                    merges.push((*a, values.clone()));
                    Fold::Same
                }
                _ if reads_as(new_api, *a, old_api, *b, 3) => Fold::Same,
                _ => Fold::Versioned,
            }
        }
        // Enums are forward compatible: any string reads as one.
        (TypeRef::Named(a), TypeRef::String) if enum_values(new_api, *a).is_some() => Fold::Same,
        (TypeRef::String, TypeRef::Named(b)) if enum_values(old_api, *b).is_some() => Fold::Same,
        (TypeRef::Json, _) => Fold::Same,
        (_, TypeRef::Json) => Fold::OrNull,
        (TypeRef::Array(a), TypeRef::Array(b)) => match fold_type(new_api, a, old_api, b, merges) {
            Fold::Same => Fold::Same,
            Fold::OrNull => Fold::Widen(TypeRef::Array(Box::new(TypeRef::Nullable(a.clone())))),
            Fold::Widen(t) => Fold::Widen(TypeRef::Array(Box::new(t))),
            _ => Fold::Versioned,
        },
        (TypeRef::Map(a), TypeRef::Map(b)) => match fold_type(new_api, a, old_api, b, merges) {
            Fold::Same => Fold::Same,
            Fold::OrNull => Fold::Widen(TypeRef::Map(Box::new(TypeRef::Nullable(a.clone())))),
            Fold::Widen(t) => Fold::Widen(TypeRef::Map(Box::new(t))),
            _ => Fold::Versioned,
        },
        (TypeRef::Nullable(a), b) => match fold_type(new_api, a, old_api, b, merges) {
            Fold::Same | Fold::OrNull => Fold::Same,
            Fold::Widen(t) => Fold::Widen(TypeRef::Nullable(Box::new(t))),
            other => other,
        },
        (a, TypeRef::Nullable(b)) => match fold_type(new_api, a, old_api, b, merges) {
            Fold::Same | Fold::OrNull => Fold::OrNull,
            Fold::Widen(t) => Fold::Widen(TypeRef::Nullable(Box::new(t))),
            other => other,
        },
        (TypeRef::Integer(a), TypeRef::Integer(b)) => {
            let wide = if a == b { *a } else { IntWidth::I64 };
            Fold::Widen(TypeRef::Integer(wide))
        }
        (TypeRef::Array(item), TypeRef::String) if is_url_object(new_api, item) => Fold::LegacyUrls,
        _ => Fold::Versioned,
    }
}

/// Whether JSON of the older struct `old` always deserializes as the newer
/// struct `new` (a renamed type such as `GroupMember` -> `PartialUser`):
/// every field `new` requires is required in `old`, with a type that folds
/// to the same. `depth` bounds the recursion.
fn reads_as(new_api: &Api, new: TypeId, old_api: &Api, old: TypeId, depth: u32) -> bool {
    let (TypeKind::Struct(n), TypeKind::Struct(o)) =
        (&new_api.get(new).kind, &old_api.get(old).kind)
    else {
        return false;
    };
    if depth == 0 {
        return false;
    }
    n.fields.iter().filter(|f| f.required).all(|f| {
        o.fields.iter().any(|g| {
            g.name == f.name
                && g.required
                && (f.nullable || !g.nullable)
                && match (&f.ty, &g.ty) {
                    (TypeRef::Named(a), TypeRef::Named(b)) => {
                        new_api.describe(&f.ty) == old_api.describe(&g.ty)
                            || (enum_values(new_api, *a).is_some()
                                && enum_values(old_api, *b).is_some())
                            || reads_as(new_api, *a, old_api, *b, depth - 1)
                    }
                    _ => {
                        new_api.describe(&f.ty) == old_api.describe(&g.ty) || f.ty == TypeRef::Json
                    }
                }
        })
    })
}

/// A named struct with a `url` field (authentik's `RedirectURI`).
fn is_url_object(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(id) => match &api.get(*id).kind {
            TypeKind::Struct(s) => s.fields.iter().any(|f| f.name == "url"),
            _ => false,
        },
        _ => false,
    }
}

/// Map a type of an older version onto the newest one's arena: named types
/// by schema name, or untyped JSON where the newest version has no such type.
fn translate(old_api: &Api, ty: &TypeRef, new_index: &BTreeMap<&str, TypeId>) -> TypeRef {
    match ty {
        TypeRef::Named(id) => match new_index.get(old_api.get(*id).origin.schema_name()) {
            Some(new_id) => TypeRef::Named(*new_id),
            None => TypeRef::Json,
        },
        TypeRef::Array(t) => TypeRef::Array(Box::new(translate(old_api, t, new_index))),
        TypeRef::Map(t) => TypeRef::Map(Box::new(translate(old_api, t, new_index))),
        TypeRef::Nullable(t) => TypeRef::Nullable(Box::new(translate(old_api, t, new_index))),
        TypeRef::Versioned(t) => TypeRef::Versioned(Box::new(translate(old_api, t, new_index))),
        other => other.clone(),
    }
}

fn structs(newest: &mut Api, older: &[Api], merges: &mut Vec<(TypeId, Vec<String>)>) {
    let old_indexes: Vec<BTreeMap<&str, TypeId>> = older.iter().map(Api::by_schema_name).collect();
    let ids: Vec<TypeId> = newest.ids().collect();
    // Schema names do not change below (only fields do): indexed once, by
    // names of its own so that `newest` can change.
    let new_names: Vec<String> = ids
        .iter()
        .map(|&id| newest.get(id).origin.schema_name().to_string())
        .collect();
    let new_index: BTreeMap<&str, TypeId> = new_names
        .iter()
        .zip(&ids)
        .map(|(name, &id)| (name.as_str(), id))
        .collect();
    for &id in &ids {
        let TypeKind::Struct(current) = &newest.get(id).kind else {
            continue;
        };
        let name = newest.get(id).origin.schema_name().to_string();
        let olds: Vec<(&Api, &Struct)> = older
            .iter()
            .zip(&old_indexes)
            .filter_map(
                |(api, index)| match &api.get(*index.get(name.as_str())?).kind {
                    TypeKind::Struct(s) => Some((api, s)),
                    _ => None,
                },
            )
            .collect();
        if olds.is_empty() {
            continue;
        }
        let mut fields = current.fields.clone();
        for field in &mut fields {
            fold_field(newest, field, &olds, merges);
        }
        // Fields only older versions have: kept, optional.
        let mut extra: BTreeMap<String, (Field, Vec<String>)> = BTreeMap::new();
        for (api, old) in &olds {
            for f in &old.fields {
                if fields.iter().any(|n| n.name == f.name) {
                    continue;
                }
                let entry = extra.entry(f.name.clone()).or_insert_with(|| {
                    let field = Field {
                        ty: translate(api, &f.ty, &new_index),
                        required: false,
                        history: Vec::new(),
                        legacy: None,
                        boxed: false,
                        ..f.clone()
                    };
                    (field, Vec::new())
                });
                entry.1.push(api.info.version.clone());
            }
        }
        fields.extend(extra.into_values().map(|(mut field, versions)| {
            field.history.extend(newest.presence_note(&versions));
            field
        }));
        fields.sort_by(|a, b| a.name.cmp(&b.name));
        if let TypeKind::Struct(s) = &mut newest.get_mut(id).kind {
            s.fields = fields;
        }
    }
}

fn fold_field(
    newest: &Api,
    field: &mut Field,
    olds: &[(&Api, &Struct)],
    merges: &mut Vec<(TypeId, Vec<String>)>,
) {
    let mut absent = Vec::new();
    let mut present = vec![newest.info.version.clone()];
    let mut optional = Vec::new();
    let mut nullable = Vec::new();
    let mut legacy_until: Option<usize> = None;
    let mut versioned: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut ty = field.ty.clone();
    for (index, (api, old)) in olds.iter().enumerate() {
        let version = api.info.version.as_str();
        let Some(old_field) = old.fields.iter().find(|f| f.name == field.name) else {
            absent.push(version);
            continue;
        };
        present.push(version.to_string());
        if field.required && !old_field.required {
            optional.push(version);
        }
        if old_field.nullable && !field.nullable {
            nullable.push(version);
        }
        match fold_type(newest, &ty, api, &old_field.ty, merges) {
            Fold::Same => {}
            Fold::OrNull => {
                if !field.nullable && !nullable.contains(&version) {
                    nullable.push(version);
                }
            }
            Fold::Widen(wider) => ty = wider,
            Fold::LegacyUrls if !field.nullable && !old_field.nullable => {
                legacy_until = Some(index)
            }
            Fold::LegacyUrls | Fold::Versioned => versioned
                .entry(api.describe(&old_field.ty))
                .or_default()
                .push(version),
        }
    }
    if !absent.is_empty() {
        field.required = false;
        field.history.extend(newest.presence_note(&present));
    }
    if !optional.is_empty() {
        field.required = false;
        field
            .history
            .push(format!("Optional in {}.", optional.join(", ")));
    }
    if !nullable.is_empty() {
        field.nullable = true;
        field
            .history
            .push(format!("Nullable in {}.", nullable.join(", ")));
    }
    if let Some(last) = legacy_until {
        let since = olds
            .get(last + 1)
            .map_or(newest.info.version.clone(), |(api, _)| {
                api.info.version.clone()
            });
        field.legacy = Some(LegacyForm::NewlineSeparatedUrls {
            since: since.clone(),
        });
        field.history.push(format!(
            "A newline-separated string before {since}: read in either form, written as a string for older servers."
        ));
    }
    if !versioned.is_empty() {
        ty = TypeRef::Versioned(Box::new(ty));
        let was: Vec<String> = versioned
            .iter()
            .map(|(old_ty, versions)| format!("`{old_ty}` in {}", versions.join(", ")))
            .collect();
        field.history.push(format!(
            "Was {}: such values are kept as raw JSON (`Versioned::Legacy`).",
            was.join("; ")
        ));
    }
    field.ty = ty;
}

/// Enum values of operation parameters (many were inline enums before they
/// became components).
fn parameters(newest: &Api, older: &[Api], merges: &mut Vec<(TypeId, Vec<String>)>) {
    // Each version's operations by id (the first of an id, as a search would find).
    let by_id: Vec<HashMap<&str, &Operation>> = older
        .iter()
        .map(|old| {
            let mut ops = HashMap::new();
            for o in old.operations.iter().rev() {
                ops.insert(o.id.as_str(), o);
            }
            ops
        })
        .collect();
    for op in &newest.operations {
        for (old, ops) in older.iter().zip(&by_id) {
            let Some(old_op) = ops.get(op.id.as_str()) else {
                continue;
            };
            for p in &op.parameters {
                if let Some(q) = old_op
                    .parameters
                    .iter()
                    .find(|q| q.name == p.name && q.location == p.location)
                {
                    fold_type(newest, &p.ty, old, &q.ty, merges);
                }
            }
        }
    }
}
