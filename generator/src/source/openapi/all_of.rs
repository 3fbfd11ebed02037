//! `allOf` with several members merged into one object, as typify merges
//! them: the members' properties (each with the pointer of the member that
//! declares it), the union of their `required` lists, and their
//! `additionalProperties`. A property two members declare differently is an
//! error naming both places; a member that is not an object (after
//! following `$ref`s and nested `allOf`s) is an unsupported construct.
//!
//! drf-spectacular writes such schemas for serializers that extend others
//! (`allOf: [{$ref: Base}, {properties: {...}}]`) and InvenTree's
//! `allauth.*` schemas; authentik's own schema has only the one-member
//! wrapper, which `lower.rs` collapses.

use super::lower::Lowerer;
use crate::error::pointer_segment;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

/// How deep `$ref`s and nested `allOf`s are followed.
const MAX_DEPTH: usize = 16;

/// One property of the merged object.
pub(super) struct Prop {
    pub name: String,
    pub schema: ReferenceOr<Box<Schema>>,
    /// JSON pointer of the property where its member declares it.
    pub pointer: String,
}

/// The merged object.
#[derive(Default)]
pub(super) struct Merged {
    pub properties: Vec<Prop>,
    pub required: Vec<String>,
    /// The first member's `additionalProperties` that says anything.
    pub additional: Option<AdditionalProperties>,
}

impl Merged {
    /// Add one object's keywords, declared at `pointer`.
    fn add(
        &mut self,
        cx: &mut Lowerer<'_>,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        pointer: &str,
    ) -> bool {
        let mut ok = true;
        for (name, schema) in properties {
            let here = format!("{pointer}/properties/{}", pointer_segment(name));
            match self.properties.iter().find(|p| p.name == *name) {
                Some(seen) if seen.schema != *schema => {
                    cx.error(
                        &here,
                        format!(
                            "allOf members declare property `{name}` differently (also at {})",
                            seen.pointer
                        ),
                    );
                    ok = false;
                }
                Some(_) => {}
                None => self.properties.push(Prop {
                    name: name.clone(),
                    schema: schema.clone(),
                    pointer: here,
                }),
            }
        }
        for name in required {
            if !self.required.contains(name) {
                self.required.push(name.clone());
            }
        }
        if self.additional.is_none() {
            self.additional = additional.cloned();
        }
        ok
    }
}

impl Lowerer<'_> {
    fn merge_members(
        &mut self,
        merged: &mut Merged,
        members: &[ReferenceOr<Schema>],
        pointer: &str,
        depth: usize,
    ) -> bool {
        let mut ok = true;
        for (index, member) in members.iter().enumerate() {
            let at = format!("{pointer}/{index}");
            ok &= match self.member_schema(member, &at, depth) {
                Some((schema, declared)) => self.merge_schema(merged, &schema, &declared, depth),
                None => false,
            };
        }
        ok
    }

    /// A member's schema and the pointer it is declared at, `$ref`s followed.
    fn member_schema(
        &mut self,
        member: &ReferenceOr<Schema>,
        pointer: &str,
        depth: usize,
    ) -> Option<(Schema, String)> {
        let mut current = member.clone();
        let mut at = pointer.to_string();
        for _ in depth..MAX_DEPTH {
            match current {
                ReferenceOr::Item(schema) => return Some((schema, at)),
                ReferenceOr::Reference { reference } => {
                    let doc = self.doc;
                    let target = reference
                        .strip_prefix("#/components/schemas/")
                        .and_then(|name| {
                            let schemas = &doc.components.as_ref()?.schemas;
                            Some((name, schemas.get(name)?))
                        });
                    let Some((name, schema)) = target else {
                        self.error(
                            &format!("{at}/$ref"),
                            format!("unresolvable $ref {reference:?}"),
                        );
                        return None;
                    };
                    at = format!("/components/schemas/{}", pointer_segment(name));
                    current = schema.clone();
                }
            }
        }
        self.error(pointer, "allOf members refer to each other too deeply");
        None
    }

    /// Merge `schema` (an object, an `allOf`, or both) at `pointer` into
    /// `merged`; `false` after reporting why it cannot be.
    pub(super) fn merge_schema(
        &mut self,
        merged: &mut Merged,
        schema: &Schema,
        pointer: &str,
        depth: usize,
    ) -> bool {
        if depth >= MAX_DEPTH {
            self.error(pointer, "allOf nested too deeply");
            return false;
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => merged.add(
                self,
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                pointer,
            ),
            SchemaKind::AllOf { all_of } => {
                self.merge_members(merged, all_of, &format!("{pointer}/allOf"), depth + 1)
            }
            SchemaKind::Any(any)
                if any.one_of.is_empty()
                    && any.any_of.is_empty()
                    && matches!(any.typ.as_deref(), None | Some("object")) =>
            {
                let mut ok =
                    self.merge_members(merged, &any.all_of, &format!("{pointer}/allOf"), depth + 1);
                ok &= merged.add(
                    self,
                    &any.properties,
                    &any.required,
                    any.additional_properties.as_ref(),
                    pointer,
                );
                ok
            }
            _ => {
                self.error(
                    pointer,
                    "unsupported: an allOf member that is not an object (only objects are merged)",
                );
                false
            }
        }
    }
}
