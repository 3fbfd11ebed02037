//! `anyOf` and `oneOf` as the IR's unions: nullability from null-only
//! members, one member as that member's type, several as an untagged union
//! read in order; discriminated `oneOf`s as tagged unions, their tags from
//! the mapping, the schema name, or an inline member's tag enum.

use super::lower::{single_member, Shape};
use super::Lowerer;
use crate::ir::{self, Constraints, TypeKind, TypeRef};
use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

impl Lowerer<'_> {
    /// `anyOf`: members that only allow `null` make the rest nullable; one
    /// member left is that member's type, several are an untagged union
    /// read in order (the first member that fits wins, as for a `oneOf`
    /// without discriminator).
    pub(super) fn any_of(
        &mut self,
        members: &[ReferenceOr<Schema>],
        pointer: &str,
        hint: &str,
    ) -> Shape {
        let mut nullable = false;
        let mut rest = Vec::with_capacity(members.len());
        for (index, member) in members.iter().enumerate() {
            if is_null_only(member) {
                nullable = true;
            } else {
                rest.push((index, member));
            }
        }
        let (ty, constraints) = match rest.as_slice() {
            [] => (TypeRef::Json, Constraints::default()),
            [(index, member)] => {
                let used = self.use_schema(member, &format!("{pointer}/anyOf/{index}"), hint);
                nullable |= used.nullable;
                (used.ty, used.constraints)
            }
            _ => {
                let mut variants = Vec::with_capacity(rest.len());
                for (index, member) in &rest {
                    let ptr = format!("{pointer}/anyOf/{index}");
                    let used = self.use_schema(member, &ptr, &format!("{hint}Variant{index}"));
                    nullable |= used.nullable;
                    variants.push(ir::Variant {
                        tags: Vec::new(),
                        ty: used.ty,
                    });
                }
                let kind = TypeKind::Union(ir::Union {
                    discriminator: None,
                    variants,
                });
                if !nullable {
                    // Named by the caller (a component, or a hoisted inline type).
                    return Shape::New(kind);
                }
                (self.hoist(kind, hint), Constraints::default())
            }
        };
        if nullable && ty != TypeRef::Json {
            return Shape::Ref(TypeRef::Nullable(Box::new(ty)), constraints);
        }
        Shape::Ref(ty, constraints)
    }

    pub(super) fn union(
        &mut self,
        members: &[ReferenceOr<Schema>],
        discriminator: Option<&openapiv3::Discriminator>,
        pointer: &str,
        hint: &str,
    ) -> ir::Union {
        let mut variants = Vec::with_capacity(members.len());
        for (index, member) in members.iter().enumerate() {
            let ptr = format!("{pointer}/oneOf/{index}");
            let used = self.use_schema(member, &ptr, &format!("{hint}Variant{index}"));
            // `{allOf: [$ref], description}` tags as its `$ref` does.
            let member = match member {
                ReferenceOr::Item(Schema {
                    schema_kind: SchemaKind::AllOf { all_of },
                    ..
                }) => match single_member(all_of) {
                    Some((_, reference @ ReferenceOr::Reference { .. })) => reference,
                    _ => member,
                },
                _ => member,
            };
            let ref_name = match member {
                ReferenceOr::Reference { reference } => {
                    reference.rsplit('/').next().map(str::to_string)
                }
                ReferenceOr::Item(_) => None,
            };
            let tags: Vec<String> = match (discriminator, member) {
                (Some(d), ReferenceOr::Reference { reference }) => {
                    let mapped: Vec<String> = d
                        .mapping
                        .iter()
                        .filter(|(_, target)| *target == reference)
                        .map(|(tag, _)| tag.clone())
                        .collect();
                    if mapped.is_empty() {
                        // Without a mapping the tag is the schema name.
                        ref_name.clone().into_iter().collect()
                    } else {
                        mapped
                    }
                }
                (Some(d), ReferenceOr::Item(schema)) => {
                    let tags = inline_tags(schema, &d.property_name);
                    if tags.is_empty() {
                        self.error(
                            &ptr,
                            format!(
                                "a discriminated oneOf member must be a $ref, or an object whose \
                                 `{}` is an enum of its tags",
                                d.property_name
                            ),
                        );
                    }
                    tags
                }
                (None, _) => Vec::new(),
            };
            variants.push(ir::Variant { tags, ty: used.ty });
        }
        ir::Union {
            discriminator: discriminator.map(|d| d.property_name.clone()),
            variants,
        }
    }
}

/// The tags of an inline member of a discriminated `oneOf`: the values of
/// its discriminator property's string enum (PagerDuty's
/// `{properties: {data_type: {enum: [string]}}}`).
fn inline_tags(schema: &Schema, property: &str) -> Vec<String> {
    let properties = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => &o.properties,
        SchemaKind::Any(any) => &any.properties,
        _ => return Vec::new(),
    };
    match properties.get(property) {
        Some(ReferenceOr::Item(p)) => match &p.schema_kind {
            SchemaKind::Type(Type::String(s)) => s.enumeration.iter().flatten().cloned().collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// A schema that allows only `null` (`{enum: [null]}`, `{type: "null"}`,
/// `{nullable: true}` and nothing else): in an `anyOf`, it makes the
/// other members nullable.
fn is_null_only(member: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(schema) = member else {
        return false;
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            !s.enumeration.is_empty() && s.enumeration.iter().all(Option::is_none)
        }
        SchemaKind::Any(any) => {
            let only_null_enum =
                !any.enumeration.is_empty() && any.enumeration.iter().all(|v| v.is_null());
            let null_type = any.typ.as_deref() == Some("null");
            let bare_nullable = schema.schema_data.nullable
                && any.typ.is_none()
                && any.properties.is_empty()
                && any.enumeration.is_empty()
                && any.all_of.is_empty()
                && any.any_of.is_empty()
                && any.one_of.is_empty();
            only_null_enum || null_type || bare_nullable
        }
        _ => false,
    }
}
