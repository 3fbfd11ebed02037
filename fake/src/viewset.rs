//! Finding the CRUD viewsets in the operation table.
//!
//! A viewset is a collection path `P` without parameters (`/core/groups/`)
//! with a `*_list` `GET` and/or a `*_create` `POST`, and at least one item
//! operation on `P{key}/` (`*_retrieve` `GET`, `*_update` `PUT`,
//! `*_partial_update` `PATCH`, `*_destroy` `DELETE`) whose single path
//! parameter is the key. Nothing is hard-coded: the classification is read
//! from the operation ids, methods and paths of the table.

use crate::rt::{is_json, Api, Location, Operation, Ty};
use std::collections::{BTreeMap, HashMap};

/// What an operation does to its viewset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    List,
    Create,
    Retrieve,
    Update,
    PartialUpdate,
    Destroy,
}

/// How a viewset's key is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// Integer primary keys, assigned from a counter (`id`).
    Integer,
    /// UUIDs, random v4 unless the body names one (`group_uuid`, `pbm_uuid`).
    Uuid,
    /// Any other string, taken from the body (`slug`, `identifier`).
    Text,
}

/// One CRUD viewset.
#[derive(Debug)]
pub struct Viewset {
    /// The collection path (`/core/groups/`).
    pub collection: String,
    /// The item path parameter (`group_uuid`).
    pub key_param: String,
    pub key_kind: KeyKind,
    /// The field of the object holding the key: the parameter's name if the
    /// object has such a field, else `pk` if it has one.
    pub key_field: Option<String>,
    /// The type of a stored object (the item operations' response type).
    pub object_ty: Option<Ty>,
    /// The request body type of `create`.
    pub create_ty: Option<Ty>,
    /// Operation ids by role.
    pub ops: BTreeMap<&'static str, Role>,
}

/// Every viewset of an API, and the role of each CRUD operation.
#[derive(Debug, Default)]
pub struct Index {
    pub viewsets: Vec<Viewset>,
    by_op: HashMap<&'static str, (usize, Role)>,
}

impl Index {
    /// Classify the operations of `api`.
    pub fn new(api: &'static Api) -> Index {
        // Collection path -> (list/create operations), item path -> item operations.
        let mut collections: BTreeMap<&str, Vec<(&'static Operation, Role)>> = BTreeMap::new();
        let mut items: BTreeMap<(&str, &str), Vec<(&'static Operation, Role)>> = BTreeMap::new();
        for op in &api.operations {
            let path = op.path.as_str();
            if !path.contains('{') {
                let role = match op.method.as_str() {
                    "GET" if op.id.ends_with("_list") => Role::List,
                    "POST" if op.id.ends_with("_create") => Role::Create,
                    _ => continue,
                };
                collections.entry(path).or_default().push((op, role));
                continue;
            }
            let Some((collection, key)) = split_item_path(path) else {
                continue;
            };
            let role = match op.method.as_str() {
                "GET" if op.id.ends_with("_retrieve") => Role::Retrieve,
                "PUT" if op.id.ends_with("_update") => Role::Update,
                "PATCH" if op.id.ends_with("_partial_update") => Role::PartialUpdate,
                "DELETE" if op.id.ends_with("_destroy") => Role::Destroy,
                _ => continue,
            };
            let path_params: Vec<_> = op
                .params
                .iter()
                .filter(|p| p.location == Location::Path)
                .collect();
            if path_params.len() != 1 || path_params[0].name != key {
                continue;
            }
            items.entry((collection, key)).or_default().push((op, role));
        }

        let mut index = Index::default();
        for ((collection, key), item_ops) in items {
            let Some(collection_ops) = collections.get(collection) else {
                continue;
            };
            let Some(key_param) = item_ops.iter().find_map(|(op, _)| {
                op.params
                    .iter()
                    .find(|p| p.location == Location::Path && p.name == key)
            }) else {
                continue;
            };
            let key_kind = match api.resolve(&key_param.ty) {
                Ty::Integer(_) => KeyKind::Integer,
                Ty::Uuid => KeyKind::Uuid,
                _ => KeyKind::Text,
            };
            let all: Vec<_> = collection_ops.iter().chain(item_ops.iter()).collect();
            // The object type: what the item operations answer, else what create answers.
            let object_ty = [
                Role::Retrieve,
                Role::Update,
                Role::PartialUpdate,
                Role::Create,
            ]
            .iter()
            .find_map(|role| {
                all.iter()
                    .filter(|(_, r)| r == role)
                    .find_map(|(op, _)| op.success().and_then(|r| r.json_type()).cloned())
            });
            let create_ty = all
                .iter()
                .filter(|(_, r)| *r == Role::Create)
                .find_map(|(op, _)| {
                    let body = op.body.as_ref()?;
                    body.content
                        .iter()
                        .find(|c| is_json(&c.media_type))
                        .or(body.content.first())
                        .and_then(|c| c.ty.clone())
                });
            let fields = object_ty
                .as_ref()
                .and_then(|ty| api.fields(ty))
                .unwrap_or(&[]);
            let key_field = [key, "pk"]
                .iter()
                .find(|name| fields.iter().any(|f| f.name == **name))
                .map(|name| name.to_string());
            let n = index.viewsets.len();
            let mut ops = BTreeMap::new();
            for (op, role) in &all {
                ops.insert(op.id.as_str(), *role);
                index.by_op.insert(op.id.as_str(), (n, *role));
            }
            index.viewsets.push(Viewset {
                collection: collection.to_string(),
                key_param: key.to_string(),
                key_kind,
                key_field,
                object_ty,
                create_ty,
                ops,
            });
        }
        index
    }

    /// The viewset and role of operation `id`, if it is a CRUD operation.
    pub fn role(&self, id: &str) -> Option<(usize, Role)> {
        self.by_op.get(id).copied()
    }

    /// The viewset with this collection path.
    pub fn by_collection(&self, collection: &str) -> Option<usize> {
        self.viewsets
            .iter()
            .position(|v| v.collection == collection)
    }
}

/// `/core/groups/{group_uuid}/` -> (`/core/groups/`, `group_uuid`), for a
/// collection part without parameters.
fn split_item_path(path: &str) -> Option<(&str, &str)> {
    let inner = path.strip_suffix("}/")?;
    let open = inner.rfind('{')?;
    let (collection, key) = (&inner[..open], &inner[open + 1..]);
    if collection.is_empty()
        || !collection.ends_with('/')
        || collection.contains(['{', '}'])
        || key.is_empty()
        || key.contains(['{', '}', '/'])
    {
        return None;
    }
    Some((collection, key))
}

#[cfg(test)]
mod tests {
    use super::split_item_path;

    #[test]
    fn item_paths() {
        assert_eq!(
            split_item_path("/core/groups/{group_uuid}/"),
            Some(("/core/groups/", "group_uuid"))
        );
        assert_eq!(split_item_path("/core/groups/"), None);
        assert_eq!(split_item_path("/core/users/{id}/used_by/"), None);
        assert_eq!(split_item_path("/a/{x}/b/{y}/"), None);
        assert_eq!(split_item_path("{x}/"), None);
    }
}
