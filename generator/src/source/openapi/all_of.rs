//! `allOf` with several members merged into one object, as typify merges
//! them: the members' properties (each with the pointer of the member that
//! declares it), the union of their `required` lists, and their
//! `additionalProperties`. Two declarations of one property become their
//! intersection where this merge can say it (see [`intersect`]); any other
//! difference is an error naming both places. An
//! `anyOf`/`oneOf` of objects among the members adds every alternative's
//! properties as optional ones. A member that is none of these (after
//! following `$ref`s and nested `allOf`s) is an unsupported construct.
//!
//! drf-spectacular writes such schemas for serializers that extend others
//! (`allOf: [{$ref: Base}, {properties: {...}}]`) and InvenTree's
//! `allauth.*` schemas; authentik's own schema has only the one-member
//! wrapper, which `lower.rs` collapses.

use super::Lowerer;
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
            ok &= self.add_property(
                cx,
                Prop {
                    name: name.clone(),
                    schema: schema.clone(),
                    pointer: format!("{pointer}/properties/{}", pointer_segment(name)),
                },
            );
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

    /// Add one property; `false` after reporting a conflicting declaration.
    fn add_property(&mut self, cx: &mut Lowerer<'_>, prop: Prop) -> bool {
        let Some(seen) = self.properties.iter_mut().find(|p| p.name == prop.name) else {
            self.properties.push(prop);
            return true;
        };
        match intersect(&seen.schema, &prop.schema, 0) {
            Some(met) if met == seen.schema => true,
            Some(met) => {
                *seen = Prop {
                    schema: met,
                    ..prop
                };
                true
            }
            None => {
                let message = format!(
                    "allOf members declare property `{}` differently (also at {})",
                    prop.name, seen.pointer
                );
                cx.error(&prop.pointer, message);
                false
            }
        }
    }
}

/// One alternative's property joined to the others': a value meets one
/// alternative, so a property the alternatives declare differently
/// (PagerDuty's `Channel.details`) is untyped, keeping the first
/// declaration's description.
fn join(joined: &mut Vec<Prop>, prop: Prop) {
    let Some(seen) = joined.iter_mut().find(|p| p.name == prop.name) else {
        joined.push(prop);
        return;
    };
    if seen.schema == prop.schema {
        return;
    }
    let description = match &seen.schema {
        ReferenceOr::Item(schema) => schema.schema_data.description.clone(),
        ReferenceOr::Reference { .. } => None,
    };
    seen.schema = ReferenceOr::Item(Box::new(Schema {
        schema_data: openapiv3::SchemaData {
            description,
            ..Default::default()
        },
        schema_kind: SchemaKind::Any(Default::default()),
    }));
}

/// How deep [`intersect`] follows nested objects.
const MAX_INTERSECT_DEPTH: usize = 32;

/// Two declarations of one property, as the one schema a value must meet
/// both: `None` when that is not something this merge expresses (a
/// conflict). Annotations (description, default, ...) of the later win,
/// the earlier's fill the gaps. Types meet when they are equal, when one
/// side is untyped or only an `enum`, when one string enum is a subset of
/// the other (PagerDuty's `type: enum: [notify_log_entry]` narrowing
/// `LogEntry.type`), and property by property for two objects.
fn intersect(
    earlier: &ReferenceOr<Box<Schema>>,
    later: &ReferenceOr<Box<Schema>>,
    depth: usize,
) -> Option<ReferenceOr<Box<Schema>>> {
    if earlier == later {
        return Some(later.clone());
    }
    if depth >= MAX_INTERSECT_DEPTH {
        return None;
    }
    let (a, b) = match (earlier, later) {
        (ReferenceOr::Item(a), ReferenceOr::Item(b)) => (a, b),
        // A `$ref` narrowed by annotations only.
        (reference @ ReferenceOr::Reference { .. }, ReferenceOr::Item(only))
        | (ReferenceOr::Item(only), reference @ ReferenceOr::Reference { .. })
            if is_untyped(&only.schema_kind) =>
        {
            return Some(reference.clone())
        }
        _ => return None,
    };
    let kind = intersect_kinds(&a.schema_kind, &b.schema_kind, depth)?;
    let (x, y) = (&a.schema_data, &b.schema_data);
    let data = openapiv3::SchemaData {
        nullable: x.nullable && y.nullable,
        read_only: x.read_only || y.read_only,
        write_only: x.write_only || y.write_only,
        deprecated: x.deprecated || y.deprecated,
        external_docs: y.external_docs.clone().or_else(|| x.external_docs.clone()),
        example: y.example.clone().or_else(|| x.example.clone()),
        title: y.title.clone().or_else(|| x.title.clone()),
        description: y.description.clone().or_else(|| x.description.clone()),
        discriminator: y.discriminator.clone().or_else(|| x.discriminator.clone()),
        default: y.default.clone().or_else(|| x.default.clone()),
        extensions: y.extensions.clone(),
    };
    Some(ReferenceOr::Item(Box::new(Schema {
        schema_data: data,
        schema_kind: kind,
    })))
}

/// No keyword that constrains a value (annotations aside).
fn is_untyped(kind: &SchemaKind) -> bool {
    matches!(kind, SchemaKind::Any(any) if *any == Default::default())
}

fn intersect_kinds(a: &SchemaKind, b: &SchemaKind, depth: usize) -> Option<SchemaKind> {
    use openapiv3::{AnySchema, ObjectType, StringType};
    if a == b || is_untyped(a) {
        return Some(b.clone());
    }
    if is_untyped(b) {
        return Some(a.clone());
    }
    // An untyped `enum` (`{enum: [x]}`) meeting a string.
    let strings_of = |any: &AnySchema| -> Option<Vec<Option<String>>> {
        let only_enum = AnySchema {
            enumeration: any.enumeration.clone(),
            ..Default::default()
        };
        (*any == only_enum && !any.enumeration.is_empty()).then(|| {
            any.enumeration
                .iter()
                .map(|v| v.as_str().map(str::to_string))
                .collect()
        })
    };
    // Object keywords, from either representation.
    let object_of = |kind: &SchemaKind| -> Option<ObjectType> {
        match kind {
            SchemaKind::Type(Type::Object(o)) => Some(o.clone()),
            SchemaKind::Any(any)
                if matches!(any.typ.as_deref(), None | Some("object"))
                    && any.all_of.is_empty()
                    && any.any_of.is_empty()
                    && any.one_of.is_empty()
                    && any.enumeration.is_empty()
                    && any.items.is_none()
                    && (!any.properties.is_empty() || any.typ.is_some()) =>
            {
                Some(ObjectType {
                    properties: any.properties.clone(),
                    required: any.required.clone(),
                    additional_properties: any.additional_properties.clone(),
                    min_properties: any.min_properties,
                    max_properties: any.max_properties,
                })
            }
            _ => None,
        }
    };
    match (a, b) {
        (SchemaKind::Type(Type::String(x)), SchemaKind::Type(Type::String(y))) => {
            let bare = |s: &StringType| StringType {
                enumeration: Vec::new(),
                ..s.clone()
            };
            (bare(x) == bare(y)).then_some(())?;
            let values = enum_meet(&x.enumeration, &y.enumeration)?;
            Some(SchemaKind::Type(Type::String(StringType {
                enumeration: values,
                ..y.clone()
            })))
        }
        (SchemaKind::Type(Type::String(s)), SchemaKind::Any(any))
        | (SchemaKind::Any(any), SchemaKind::Type(Type::String(s))) => {
            let values = enum_meet(&s.enumeration, &strings_of(any)?)?;
            Some(SchemaKind::Type(Type::String(StringType {
                enumeration: values,
                ..s.clone()
            })))
        }
        (SchemaKind::Type(Type::Array(x)), SchemaKind::Type(Type::Array(y))) => {
            Some(SchemaKind::Type(Type::Array(openapiv3::ArrayType {
                items: match (&x.items, &y.items) {
                    (Some(i), Some(j)) => Some(intersect(i, j, depth + 1)?),
                    (i, j) => j.clone().or(i.clone()),
                },
                min_items: y.min_items.or(x.min_items),
                max_items: y.max_items.or(x.max_items),
                unique_items: x.unique_items || y.unique_items,
            })))
        }
        (SchemaKind::Type(Type::Array(x)), SchemaKind::Any(any))
        | (SchemaKind::Any(any), SchemaKind::Type(Type::Array(x)))
            if any.items.is_some()
                && *any
                    == AnySchema {
                        items: any.items.clone(),
                        typ: any.typ.clone(),
                        min_items: any.min_items,
                        max_items: any.max_items,
                        unique_items: any.unique_items,
                        ..Default::default()
                    } =>
        {
            let items = match (&x.items, &any.items) {
                (Some(i), Some(j)) => Some(intersect(i, j, depth + 1)?),
                (i, j) => j.clone().or(i.clone()),
            };
            Some(SchemaKind::Type(Type::Array(openapiv3::ArrayType {
                items,
                min_items: any.min_items.or(x.min_items),
                max_items: any.max_items.or(x.max_items),
                unique_items: x.unique_items || any.unique_items == Some(true),
            })))
        }
        _ if is_scalar(a) || is_scalar(b) => None,
        _ => {
            let (Some(x), Some(y)) = (object_of(a), object_of(b)) else {
                // Both may be objects (an `allOf` on one side): their
                // `allOf`, merged where the property is lowered.
                let member = |kind: &SchemaKind| {
                    ReferenceOr::Item(Schema {
                        schema_data: Default::default(),
                        schema_kind: kind.clone(),
                    })
                };
                return Some(SchemaKind::AllOf {
                    all_of: vec![member(a), member(b)],
                });
            };
            let mut properties = x.properties.clone();
            for (name, later) in &y.properties {
                let met = match properties.get(name) {
                    Some(earlier) => intersect(earlier, later, depth + 1)?,
                    None => later.clone(),
                };
                properties.insert(name.clone(), met);
            }
            let mut required = x.required.clone();
            required.extend(
                y.required
                    .iter()
                    .filter(|r| !x.required.contains(r))
                    .cloned(),
            );
            Some(SchemaKind::Type(Type::Object(ObjectType {
                properties,
                required,
                additional_properties: y
                    .additional_properties
                    .clone()
                    .or(x.additional_properties.clone()),
                min_properties: y.min_properties.or(x.min_properties),
                max_properties: y.max_properties.or(x.max_properties),
            })))
        }
    }
}

/// A schema of one scalar `type`: nothing to merge property by property.
fn is_scalar(kind: &SchemaKind) -> bool {
    matches!(
        kind,
        SchemaKind::Type(Type::String(_) | Type::Number(_) | Type::Integer(_) | Type::Boolean(_))
    )
}

/// Two string enums meeting (an empty one allows any string): the subset
/// when one is a subset of the other, else `None`.
fn enum_meet(x: &[Option<String>], y: &[Option<String>]) -> Option<Vec<Option<String>>> {
    let subset =
        |small: &[Option<String>], big: &[Option<String>]| small.iter().all(|v| big.contains(v));
    if x.is_empty() || (!y.is_empty() && subset(y, x)) {
        Some(y.to_vec())
    } else if y.is_empty() || subset(x, y) {
        Some(x.to_vec())
    } else {
        // Disjoint (a subtype naming its own tag value): the later, more
        // specific declaration.
        Some(y.to_vec())
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

    /// An `anyOf`/`oneOf` of objects inside an `allOf` (InvenTree's
    /// `allauth.Login`: a password and one of username, email or phone):
    /// every alternative's properties, each optional, since which one a
    /// value has is not known until it is read.
    fn merge_alternatives(
        &mut self,
        merged: &mut Merged,
        members: &[ReferenceOr<Schema>],
        pointer: &str,
        depth: usize,
    ) -> bool {
        let mut ok = true;
        let mut joined: Vec<Prop> = Vec::new();
        for (index, member) in members.iter().enumerate() {
            let mut alternative = Merged::default();
            let at = format!("{pointer}/{index}");
            ok &= match self.member_schema(member, &at, depth) {
                Some((schema, declared)) => {
                    self.merge_schema(&mut alternative, &schema, &declared, depth)
                }
                None => false,
            };
            for prop in alternative.properties {
                join(&mut joined, prop);
            }
        }
        for prop in joined {
            ok &= merged.add_property(self, prop);
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
                    let component = reference
                        .strip_prefix("#/components/schemas/")
                        .and_then(|name| doc.components.as_ref()?.schemas.get(name));
                    let target = match component {
                        Some(schema) => Some(schema.clone()),
                        // Anywhere else: the schema at that pointer.
                        None => reference
                            .strip_prefix('#')
                            .and_then(|target| self.schema_at(target))
                            .map(ReferenceOr::Item),
                    };
                    let Some(schema) = target else {
                        self.error(
                            &format!("{at}/$ref"),
                            format!("unresolvable $ref {reference:?}"),
                        );
                        return None;
                    };
                    at = reference.trim_start_matches('#').to_string();
                    current = schema;
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
            SchemaKind::Any(any) if matches!(any.typ.as_deref(), None | Some("object")) => {
                let mut ok =
                    self.merge_members(merged, &any.all_of, &format!("{pointer}/allOf"), depth + 1);
                // `oneOf`/`anyOf` beside properties (PagerDuty's `Channel`):
                // the alternatives' properties, optional.
                for (key, members) in [("oneOf", &any.one_of), ("anyOf", &any.any_of)] {
                    if !members.is_empty() {
                        let at = format!("{pointer}/{key}");
                        ok &= self.merge_alternatives(merged, members, &at, depth + 1);
                    }
                }
                ok &= merged.add(
                    self,
                    &any.properties,
                    &any.required,
                    any.additional_properties.as_ref(),
                    pointer,
                );
                ok
            }
            SchemaKind::AnyOf { any_of: members } | SchemaKind::OneOf { one_of: members } => {
                let key = if matches!(schema.schema_kind, SchemaKind::AnyOf { .. }) {
                    "anyOf"
                } else {
                    "oneOf"
                };
                self.merge_alternatives(merged, members, &format!("{pointer}/{key}"), depth + 1)
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
