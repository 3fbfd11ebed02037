//! Every input version's surface in the folded API: operations and
//! component schemas that older versions have and the newest removed are
//! kept (their types imported from the newest older version that has them),
//! and every operation and component records the versions that have it, for
//! the docs ("Since 2025.6.2.") and for `#[deprecated]` on what the newest
//! version no longer has.
//!
//! An imported type refers to the newest version's type of the same schema
//! name where there is one (already widened by the fold), so an old-only
//! operation reads what current servers send for shared types.

use crate::ir::{Api, Operation, Origin, TypeDef, TypeId, TypeKind, TypeRef};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Record the versions of `newest`'s items and import what only `older`
/// (oldest first) have.
pub fn keep_removed(newest: &mut Api, older: &[Api]) {
    // Operation ids and schema names of each version, oldest first.
    let inventory: Vec<Inventory> = older
        .iter()
        .chain(std::iter::once(&*newest))
        .map(Inventory::of)
        .collect();
    let versions: Vec<String> = inventory.iter().map(|i| i.version.clone()).collect();
    let present = |pick: &dyn Fn(&Inventory) -> bool| {
        let have: Vec<String> = inventory
            .iter()
            .filter(|i| pick(i))
            .map(|i| i.version.clone())
            .collect();
        // Empty: in every version.
        if have.len() == inventory.len() {
            Vec::new()
        } else {
            have
        }
    };
    let has_op = |id: &str| present(&|i| i.operations.contains(id));
    let has_schema = |name: &str| present(&|i| i.schemas.contains(name));

    let op_versions: Vec<Vec<String>> = newest.operations.iter().map(|op| has_op(&op.id)).collect();
    let type_versions: Vec<(TypeId, Vec<String>)> = newest
        .components
        .iter()
        .map(|(name, id)| (*id, has_schema(name)))
        .collect();

    let mut import = Importer::new(newest);
    // The newest older version first: its definitions win.
    let mut imported_ops: Vec<Operation> = Vec::new();
    let mut known: std::collections::HashSet<String> =
        import.api.operations.iter().map(|o| o.id.clone()).collect();
    for old in older.iter().rev() {
        for op in &old.operations {
            if !known.insert(op.id.clone()) {
                continue;
            }
            let mut op = op.clone();
            import.operation(old, &mut op);
            op.versions = has_op(&op.id);
            imported_ops.push(op);
        }
    }
    for old in older.iter().rev() {
        for (name, id) in &old.components {
            if !import.names.contains_key(name.as_str()) {
                import.named(old, *id);
            }
        }
    }
    let imported = import.imported;

    for (op, have) in newest.operations.iter_mut().zip(op_versions) {
        op.versions = have;
    }
    for (id, have) in type_versions {
        newest.get_mut(id).versions = have;
    }
    for (id, name) in imported {
        newest.get_mut(id).versions = has_schema(&name);
        widen(newest, id, &name, older);
    }
    newest.operations.extend(imported_ops);
    newest.operations.sort_by(|a, b| a.id.cmp(&b.id));
    newest.versions = versions;
}

/// An imported struct's fields are required only where every older
/// version that has the schema requires them, and nullable where any allows
/// `null` (as the fold makes the newest version's).
fn widen(api: &mut Api, id: TypeId, name: &str, older: &[Api]) {
    let olds: Vec<&crate::ir::Struct> = older
        .iter()
        .filter_map(|old| match &old.get(*old.components.get(name)?).kind {
            TypeKind::Struct(s) => Some(s),
            _ => None,
        })
        .collect();
    let TypeKind::Struct(s) = &mut api.get_mut(id).kind else {
        return;
    };
    for field in &mut s.fields {
        for old in &olds {
            match old.fields.iter().find(|f| f.name == field.name) {
                Some(f) => {
                    field.required &= f.required;
                    field.nullable |= f.nullable;
                }
                None => field.required = false,
            }
        }
    }
}

/// What one version has.
struct Inventory {
    version: String,
    operations: HashSet<String>,
    schemas: HashSet<String>,
}

impl Inventory {
    fn of(api: &Api) -> Inventory {
        Inventory {
            version: api.info.version.clone(),
            operations: api.operations.iter().map(|op| op.id.clone()).collect(),
            schemas: api.components.keys().cloned().collect(),
        }
    }
}

/// Copies types of an older version into the newest one's arena.
struct Importer<'a> {
    api: &'a mut Api,
    /// Schema names (and alias names) of the newest arena's types.
    names: HashMap<String, TypeId>,
    /// Old types already copied: (version, old id) -> new id.
    done: BTreeMap<(String, TypeId), TypeId>,
    /// Component schemas copied, with their names.
    imported: Vec<(TypeId, String)>,
}

impl<'a> Importer<'a> {
    fn new(api: &'a mut Api) -> Self {
        let mut names = HashMap::new();
        for id in api.ids() {
            let def = api.get(id);
            names
                .entry(def.origin.schema_name().to_string())
                .or_insert(id);
            for alias in &def.aliases {
                names.entry(alias.clone()).or_insert(id);
            }
        }
        Importer {
            api,
            names,
            done: BTreeMap::new(),
            imported: Vec::new(),
        }
    }

    fn operation(&mut self, old: &Api, op: &mut Operation) {
        op.for_each_type_ref_mut(|ty| *ty = self.type_ref(old, ty));
    }

    fn type_ref(&mut self, old: &Api, ty: &TypeRef) -> TypeRef {
        let mut ty = ty.clone();
        ty.map_named(&mut |id| self.named(old, id));
        ty
    }

    /// The newest arena's type for `old`'s type `id`: the one of the same
    /// schema name, or a copy.
    fn named(&mut self, old: &Api, id: TypeId) -> TypeId {
        let def = old.get(id);
        let name = def.origin.schema_name();
        if let Some(new_id) = self.names.get(name) {
            return *new_id;
        }
        let key = (old.info.version.clone(), id);
        if let Some(new_id) = self.done.get(&key) {
            return *new_id;
        }
        // Reserve the id first: the type may refer to itself.
        let new_id = self.api.push(TypeDef {
            kind: TypeKind::Alias(TypeRef::Json),
            ..def.clone()
        });
        self.done.insert(key, new_id);
        self.names.insert(name.to_string(), new_id);
        if let Origin::Component(name) = &def.origin {
            self.api.components.insert(name.clone(), new_id);
            self.imported.push((new_id, name.clone()));
        }
        let mut kind = def.kind.clone();
        match &mut kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    field.ty = self.type_ref(old, &field.ty);
                }
                if let Some(additional) = &mut s.additional {
                    **additional = self.type_ref(old, additional);
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    variant.ty = self.type_ref(old, &variant.ty);
                }
            }
            TypeKind::Alias(ty) => *ty = self.type_ref(old, ty),
            TypeKind::Enum(_) => {}
        }
        self.api.get_mut(new_id).kind = kind;
        new_id
    }
}
