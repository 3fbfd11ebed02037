//! Break by-value cycles between types (`A { b: B }`, `B { a: Option<A> }`),
//! which Rust cannot size, by boxing the fields that close a cycle.
//!
//! Edges are by-value containments: a struct field (or union variant) whose
//! type is a named type, possibly through `Option`/`Nullable`. Arrays and
//! maps already allocate, so they are not edges.

use crate::ir::{Api, TypeId, TypeKind, TypeRef};

/// The named type a field holds by value, if any.
fn by_value(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Nullable(inner) | TypeRef::Versioned(inner) => by_value(inner),
        _ => None,
    }
}

fn edges(api: &Api, id: TypeId) -> Vec<TypeId> {
    match &api.get(id).kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .filter(|f| !f.boxed)
            .filter_map(|f| by_value(&f.ty))
            .collect(),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| by_value(&v.ty)).collect(),
        TypeKind::Alias(ty) => by_value(ty).into_iter().collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// Whether `to` can reach `from` through by-value edges.
fn reaches(api: &Api, start: TypeId, target: TypeId) -> bool {
    let mut seen = vec![false; api.types.len()];
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        if id == target {
            return true;
        }
        if std::mem::replace(&mut seen[id.index()], true) {
            continue;
        }
        stack.extend(edges(api, id));
    }
    false
}

/// Mark fields boxed until no by-value cycle is left. Deterministic: types
/// and fields are visited in arena and field order.
pub fn mark_boxed(api: &mut Api) {
    for id in api.ids().collect::<Vec<_>>() {
        let field_count = match &api.get(id).kind {
            TypeKind::Struct(s) => s.fields.len(),
            _ => continue,
        };
        for index in 0..field_count {
            let target = match &api.get(id).kind {
                TypeKind::Struct(s) => by_value(&s.fields[index].ty),
                _ => None,
            };
            let Some(target) = target else { continue };
            if reaches(api, target, id) {
                if let TypeKind::Struct(s) = &mut api.get_mut(id).kind {
                    s.fields[index].boxed = true;
                }
            }
        }
    }
}
