//! Walking every type reference of an [`Api`], for passes that collect or
//! rewrite them (pruning, renumbering).

use super::{Api, Operation, TypeKind, TypeRef};

impl Api {
    /// Call `f` on every type reference held by types and operations.
    pub fn for_each_type_ref_mut(&mut self, mut f: impl FnMut(&mut TypeRef)) {
        for def in &mut self.types {
            match &mut def.kind {
                TypeKind::Struct(s) => {
                    s.fields.iter_mut().for_each(|field| f(&mut field.ty));
                    if let Some(additional) = &mut s.additional {
                        f(additional);
                    }
                }
                TypeKind::Union(u) => u.variants.iter_mut().for_each(|v| f(&mut v.ty)),
                TypeKind::Alias(ty) => f(ty),
                TypeKind::Enum(_) => {}
            }
        }
        for op in &mut self.operations {
            op.for_each_type_ref_mut(&mut f);
        }
    }
}

impl Operation {
    /// Call `f` on every type reference of the operation's parameters,
    /// request bodies and responses.
    pub fn for_each_type_ref_mut(&mut self, mut f: impl FnMut(&mut TypeRef)) {
        self.parameters.iter_mut().for_each(|p| f(&mut p.ty));
        let bodies = self
            .request_body
            .iter_mut()
            .flat_map(|b| b.content.iter_mut());
        let responses = self.responses.iter_mut().flat_map(|r| r.content.iter_mut());
        for content in bodies.chain(responses) {
            if let Some(ty) = &mut content.ty {
                f(ty);
            }
        }
    }
}

impl TypeRef {
    /// Every named type this reference mentions.
    pub fn named(&self, out: &mut Vec<super::TypeId>) {
        match self {
            TypeRef::Named(id) => out.push(*id),
            TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::Nullable(t) | TypeRef::Versioned(t) => {
                t.named(out)
            }
            _ => {}
        }
    }

    /// Rewrite every named type this reference mentions.
    pub fn map_named(&mut self, f: &mut impl FnMut(super::TypeId) -> super::TypeId) {
        match self {
            TypeRef::Named(id) => *id = f(*id),
            TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::Nullable(t) | TypeRef::Versioned(t) => {
                t.map_named(f)
            }
            _ => {}
        }
    }
}
