//! Keep only some operations ("generate only what I use") and the types
//! they reach; renumber the arena so ids stay dense.

use crate::ir::{Api, Operation, TypeId, TypeKind, TypeRef};

/// Which operations to keep.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep operations with one of these tags (empty: any tag).
    pub tags: Vec<String>,
    /// Keep these operation ids too (when `tags` is empty: only these).
    pub operations: Vec<String>,
    /// Drop component schemas no kept operation reaches.
    pub prune_types: bool,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty() && self.operations.is_empty() && !self.prune_types
    }

    fn keeps(&self, op: &Operation) -> bool {
        if self.tags.is_empty() && self.operations.is_empty() {
            return true;
        }
        self.tags.contains(&op.tag) || self.operations.contains(&op.id)
    }
}

/// Apply `filter`. Returns an error naming filters that match nothing.
pub fn prune(api: &mut Api, filter: &Filter) -> Result<(), String> {
    for tag in &filter.tags {
        if !api.operations.iter().any(|o| &o.tag == tag) {
            return Err(format!("tag filter {tag:?} matches no operation"));
        }
    }
    for id in &filter.operations {
        if !api.operations.iter().any(|o| &o.id == id) {
            return Err(format!("operation filter {id:?} matches no operation"));
        }
    }
    api.operations.retain(|op| filter.keeps(op));
    if !filter.prune_types {
        return Ok(());
    }
    let reached = reachable(api, api.operations.iter());
    // Renumber.
    let mut new_ids = vec![None; api.types.len()];
    let mut kept = Vec::new();
    for (index, def) in std::mem::take(&mut api.types).into_iter().enumerate() {
        if reached[index] {
            new_ids[index] = Some(TypeId(kept.len() as u32));
            kept.push(def);
        }
    }
    api.types = kept;
    let mut remap =
        |id: TypeId| new_ids[id.index()].expect("reachable types only refer to reachable types");
    api.for_each_type_ref_mut(|t| t.map_named(&mut remap));
    api.components = std::mem::take(&mut api.components)
        .into_iter()
        .filter_map(|(name, id)| new_ids[id.index()].map(|new| (name, new)))
        .collect();
    Ok(())
}

/// Which types `ops` reach (by arena index), through parameters, bodies,
/// responses and then fields, variants and aliases.
pub fn reachable<'a>(api: &Api, ops: impl Iterator<Item = &'a Operation>) -> Vec<bool> {
    let mut reached = vec![false; api.types.len()];
    let mut stack = Vec::new();
    for op in ops {
        let mut refs: Vec<&TypeRef> = op.parameters.iter().map(|p| &p.ty).collect();
        refs.extend(
            op.request_body
                .iter()
                .flat_map(|b| b.content.iter())
                .filter_map(|c| c.ty.as_ref()),
        );
        refs.extend(
            op.responses
                .iter()
                .flat_map(|r| r.content.iter())
                .filter_map(|c| c.ty.as_ref()),
        );
        refs.iter().for_each(|t| t.named(&mut stack));
    }
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut reached[id.index()], true) {
            continue;
        }
        match &api.get(id).kind {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|f| f.ty.named(&mut stack));
                if let Some(a) = &s.additional {
                    a.named(&mut stack);
                }
            }
            TypeKind::Union(u) => u.variants.iter().for_each(|v| v.ty.named(&mut stack)),
            TypeKind::Alias(t) => t.named(&mut stack),
            TypeKind::Enum(_) => {}
        }
    }
    reached
}

/// For every type (by arena index), the tags whose operations reach it,
/// sorted. Empty: no operation uses the type.
pub fn tags_per_type(api: &Api) -> Vec<Vec<String>> {
    let mut tags: Vec<&str> = api.operations.iter().map(|o| o.tag.as_str()).collect();
    tags.sort();
    tags.dedup();
    let mut out = vec![Vec::new(); api.types.len()];
    for tag in tags {
        let reached = reachable(api, api.operations.iter().filter(|o| o.tag == tag));
        for (index, hit) in reached.into_iter().enumerate() {
            if hit {
                out[index].push(tag.to_string());
            }
        }
    }
    out
}
