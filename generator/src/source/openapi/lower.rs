//! Lowering of OpenAPI schemas into IR types.
//!
//! Component schemas get an id up front (so `$ref`s resolve in any order);
//! inline schemas that need a name (objects with properties, enums, unions)
//! are hoisted into the arena with a name hint built from their path.
//! `allOf: [one $ref]` wrappers are collapsed here: the wrapper's
//! description, nullable, readOnly and default move onto the use site;
//! `allOf`s of several objects are merged into one (`all_of.rs`).

use super::{all_of, Lowerer};
use crate::error::pointer_segment;
use crate::ir::{self, Constraints, IntWidth, Origin, TypeDef, TypeKind, TypeRef};
use crate::Error;
use heck::ToUpperCamelCase;
use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use std::collections::BTreeMap;

/// What a schema means where it is used: the type plus the facts that belong
/// to the use site (a field, an array item, a parameter).
#[derive(Clone, Debug)]
pub(super) struct Use {
    pub ty: TypeRef,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    pub description: Option<String>,
    pub default: Option<serde_json::Value>,
    pub constraints: Constraints,
}

impl Use {
    fn of(ty: TypeRef) -> Self {
        Use {
            ty,
            nullable: false,
            read_only: false,
            write_only: false,
            deprecated: false,
            description: None,
            default: None,
            constraints: Constraints::default(),
        }
    }

    /// Overlay a schema's own annotations (from `schema_data`).
    fn annotate(mut self, data: &openapiv3::SchemaData) -> Self {
        self.nullable |= data.nullable;
        self.read_only |= data.read_only;
        self.write_only |= data.write_only;
        self.deprecated |= data.deprecated;
        if data.description.is_some() {
            self.description = data.description.clone();
        }
        if data.default.is_some() {
            self.default = data.default.clone();
        }
        self
    }
}

/// A schema is either a reference to an existing type or a new type.
pub(super) enum Shape {
    Ref(TypeRef, Constraints),
    New(TypeKind),
}

impl<'a> Lowerer<'a> {
    pub fn error(&mut self, pointer: &str, message: impl Into<String>) {
        self.errors.push(Error::spec(self.path, pointer, message));
    }

    pub(super) fn components(&mut self) {
        let Some(components) = &self.doc.components else {
            return;
        };
        let mut names: Vec<&String> = components.schemas.keys().collect();
        names.sort();
        for name in &names {
            let id = self.api.push(TypeDef {
                origin: Origin::Component((*name).clone()),
                description: None,
                kind: TypeKind::Alias(TypeRef::Json),
                aliases: Vec::new(),
                versions: Vec::new(),
            });
            self.components.insert((*name).clone(), id);
            self.api.components.insert((*name).clone(), id);
        }
        for name in names {
            let id = self.components[name];
            let pointer = format!("/components/schemas/{}", pointer_segment(name));
            let (kind, description) = match &components.schemas[name] {
                ReferenceOr::Reference { reference } => {
                    (TypeKind::Alias(self.resolve_ref(reference, &pointer)), None)
                }
                ReferenceOr::Item(schema) => {
                    let kind = match self.shape(schema, &pointer, name) {
                        Shape::New(kind) => kind,
                        Shape::Ref(ty, _) => TypeKind::Alias(ty),
                    };
                    (kind, schema.schema_data.description.clone())
                }
            };
            let def = self.api.get_mut(id);
            def.kind = kind;
            def.description = description;
        }
    }

    /// Resolve `#/components/schemas/X`.
    pub fn resolve_ref(&mut self, reference: &str, pointer: &str) -> TypeRef {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .map(|n| n.replace("~1", "/").replace("~0", "~"));
        if let Some(id) = name.as_deref().and_then(|n| self.components.get(n)) {
            return TypeRef::Named(*id);
        }
        match self.resolve_pointer(reference) {
            Some(ty) => ty,
            None => {
                self.error(pointer, format!("unresolvable $ref {reference:?}"));
                TypeRef::Json
            }
        }
    }

    /// A `$ref` to a schema anywhere in the document (PagerDuty's
    /// `#/components/responses/Conflict/content/application~1json/schema`,
    /// `#/components/schemas/Tag/allOf/0`): the schema there, lowered once
    /// as a named inline type; `None` if nothing there reads as a schema.
    fn resolve_pointer(&mut self, reference: &str) -> Option<TypeRef> {
        let target = reference.strip_prefix('#')?;
        if let Some(id) = self.pointer_refs.get(target) {
            return Some(TypeRef::Named(*id));
        }
        let schema = self.schema_at(target)?;
        let segments: Vec<String> = target
            .split('/')
            .skip(3)
            .filter(|s| !s.is_empty() && !s.contains('~') && *s != "content" && *s != "schema")
            .map(|s| s.replace("~0", "~"))
            .collect();
        let hint = segments.join(" ").to_upper_camel_case();
        // Allocated before lowering, so a schema that refers to itself
        // through this pointer resolves.
        let id = self.api.push(TypeDef {
            origin: Origin::Inline { hint: hint.clone() },
            description: None,
            kind: TypeKind::Alias(TypeRef::Json),
            aliases: Vec::new(),
            versions: Vec::new(),
        });
        self.pointer_refs.insert(target.to_string(), id);
        let kind = match self.shape(&schema, target, &hint) {
            Shape::New(kind) => kind,
            Shape::Ref(ty, _) => TypeKind::Alias(ty),
        };
        let def = self.api.get_mut(id);
        def.kind = kind;
        def.description = schema.schema_data.description.clone();
        Some(TypeRef::Named(id))
    }

    /// The schema at JSON pointer `target` of the document, if what is
    /// there reads as one.
    pub(super) fn schema_at(&mut self, target: &str) -> Option<Schema> {
        self.value_at(target)
    }

    /// What is at JSON pointer `target` of the document, read as a `T`.
    pub(super) fn value_at<T: serde::de::DeserializeOwned>(&mut self, target: &str) -> Option<T> {
        if self.components_alone && !target.starts_with("/components/") {
            // Not in the document here (see `Ahead`).
            self.left_components = true;
            return None;
        }
        let doc = self
            .doc_value
            .get_or_insert_with(|| serde_json::to_value(self.doc).unwrap_or_default());
        serde_json::from_value(doc.pointer(target)?.clone()).ok()
    }

    /// Lower a schema at a use site. `hint` names a hoisted inline type.
    pub fn use_schema(&mut self, schema: &ReferenceOr<Schema>, pointer: &str, hint: &str) -> Use {
        match schema {
            ReferenceOr::Reference { reference } => self.use_ref(reference, pointer),
            ReferenceOr::Item(schema) => self.use_inline(schema, pointer, hint),
        }
    }

    pub fn use_boxed(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        pointer: &str,
        hint: &str,
    ) -> Use {
        match schema {
            ReferenceOr::Reference { reference } => self.use_ref(reference, pointer),
            ReferenceOr::Item(schema) => self.use_inline(schema, pointer, hint),
        }
    }

    /// A `$ref` at a use site: the type, nullable where the component
    /// itself says `nullable: true` (OpenAI's `Metadata`).
    fn use_ref(&mut self, reference: &str, pointer: &str) -> Use {
        let mut used = Use::of(self.resolve_ref(reference, &format!("{pointer}/$ref")));
        let doc = self.doc;
        let component = reference
            .strip_prefix("#/components/schemas/")
            .and_then(|name| doc.components.as_ref()?.schemas.get(name));
        if let Some(ReferenceOr::Item(schema)) = component {
            used.nullable = schema.schema_data.nullable;
        }
        used
    }

    fn use_inline(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Use {
        // `allOf: [one member]` + annotations (beside it or as members of
        // their own, OpenAI's `allOf: [{$ref: T}, {nullable: true}]`): the
        // member, annotated.
        if let SchemaKind::AllOf { all_of } = &schema.schema_kind {
            if let Some((index, member)) = single_member(all_of) {
                let inner = self.use_schema(member, &format!("{pointer}/allOf/{index}"), hint);
                let annotations = all_of.iter().filter_map(|m| match m {
                    ReferenceOr::Item(m) if is_annotation(m) => Some(&m.schema_data),
                    _ => None,
                });
                return annotations
                    .chain([&schema.schema_data])
                    .fold(inner, Use::annotate);
            }
        }
        let mut used = match self.shape(schema, pointer, hint) {
            Shape::Ref(ty, constraints) => Use {
                constraints,
                ..Use::of(ty)
            },
            Shape::New(kind) => Use::of(self.hoist(kind, hint)),
        };
        // A type that is nullable in itself (`anyOf: [T, {enum: [null]}]`):
        // the use site is nullable.
        if let TypeRef::Nullable(inner) = &used.ty {
            used.ty = (**inner).clone();
            used.nullable = true;
        }
        used = used.annotate(&schema.schema_data);
        used
    }

    /// An inline type added to the arena, to be named from `hint`.
    pub(super) fn hoist(&mut self, kind: TypeKind, hint: &str) -> TypeRef {
        TypeRef::Named(self.api.push(TypeDef {
            origin: Origin::Inline {
                hint: hint.to_string(),
            },
            description: None,
            kind,
            aliases: Vec::new(),
            versions: Vec::new(),
        }))
    }

    /// The meaning of a schema: a reference to an existing type (with its
    /// constraints) or a new type to be named by the caller.
    fn shape(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Shape {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                if !values.is_empty() {
                    return Shape::New(TypeKind::Enum(enum_of(values)));
                }
                let format = match &s.format {
                    openapiv3::VariantOrUnknownOrEmpty::Item(f) => match f {
                        openapiv3::StringFormat::Date => "date",
                        openapiv3::StringFormat::DateTime => "date-time",
                        openapiv3::StringFormat::Binary => "binary",
                        _ => "",
                    },
                    openapiv3::VariantOrUnknownOrEmpty::Unknown(u) => u.as_str(),
                    openapiv3::VariantOrUnknownOrEmpty::Empty => "",
                };
                let constraints = Constraints {
                    min_length: s.min_length.map(|v| v as u64),
                    max_length: s.max_length.map(|v| v as u64),
                    pattern: s.pattern.clone(),
                    format: matches!(format, "uri" | "email").then(|| format.to_string()),
                    ..Constraints::default()
                };
                Shape::Ref(string_format(format), constraints)
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let format = match &i.format {
                    openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => {
                        "int32"
                    }
                    openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int64) => {
                        "int64"
                    }
                    _ => "",
                };
                let constraints = Constraints {
                    minimum: i.minimum.map(|v| v as f64),
                    maximum: i.maximum.map(|v| v as f64),
                    ..Constraints::default()
                };
                Shape::Ref(
                    TypeRef::Integer(int_width(format, i.minimum, i.maximum)),
                    constraints,
                )
            }
            SchemaKind::Type(Type::Number(n)) => Shape::Ref(
                TypeRef::Number,
                Constraints {
                    minimum: n.minimum,
                    maximum: n.maximum,
                    ..Constraints::default()
                },
            ),
            SchemaKind::Type(Type::Boolean(_)) => {
                Shape::Ref(TypeRef::Boolean, Constraints::default())
            }
            SchemaKind::Type(Type::Array(a)) => {
                let (item, item_constraints) = match &a.items {
                    Some(items) => self.item_with_constraints(
                        items,
                        &format!("{pointer}/items"),
                        &format!("{hint}Item"),
                    ),
                    None => (TypeRef::Json, Constraints::default()),
                };
                Shape::Ref(
                    TypeRef::Array(Box::new(item)),
                    Constraints {
                        min_items: a.min_items.map(|v| v as u64),
                        max_items: a.max_items.map(|v| v as u64),
                        items: (!item_constraints.is_empty()).then(|| Box::new(item_constraints)),
                        ..Constraints::default()
                    },
                )
            }
            SchemaKind::Type(Type::Object(o)) => self.object(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                pointer,
                hint,
            ),
            SchemaKind::OneOf { one_of } => Shape::New(TypeKind::Union(self.union(
                one_of,
                schema.schema_data.discriminator.as_ref(),
                pointer,
                hint,
            ))),
            SchemaKind::AllOf { all_of } => match single_member(all_of) {
                Some((index, member)) => {
                    let shape = self.single_all_of(member, None, None, pointer, index, hint);
                    // A component `allOf: [{$ref: T}, {nullable: true}]`.
                    let nullable = all_of.iter().any(|m| match m {
                        ReferenceOr::Item(m) => is_annotation(m) && m.schema_data.nullable,
                        _ => false,
                    });
                    match shape {
                        Shape::Ref(ty, c) if nullable && ty != TypeRef::Json => {
                            Shape::Ref(TypeRef::Nullable(Box::new(ty)), c)
                        }
                        shape => shape,
                    }
                }
                None => self.merged(schema, pointer, hint),
            },
            SchemaKind::AnyOf { any_of } => self.any_of(any_of, pointer, hint),
            SchemaKind::Not { .. } => {
                self.error(&format!("{pointer}/not"), "unsupported: not");
                Shape::Ref(TypeRef::Json, Constraints::default())
            }
            // `allOf` beside `properties` (or several members), or
            // `oneOf`/`anyOf` beside `properties`: one object.
            SchemaKind::Any(any)
                if (!any.all_of.is_empty()
                    && (any.all_of.len() > 1 || !any.properties.is_empty()))
                    || (!any.properties.is_empty()
                        && (!any.one_of.is_empty() || !any.any_of.is_empty())) =>
            {
                self.merged(schema, pointer, hint)
            }
            SchemaKind::Any(any) => self.any(any, pointer, hint),
        }
    }

    /// An `allOf` of objects (with the schema's own properties) as one
    /// object ([`super::all_of`]).
    fn merged(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Shape {
        let mut merged = all_of::Merged::default();
        if !self.merge_schema(&mut merged, schema, pointer, 0) {
            return Shape::Ref(TypeRef::Json, Constraints::default());
        }
        let props: Vec<(String, ReferenceOr<Box<Schema>>, String)> = merged
            .properties
            .into_iter()
            .map(|p| (p.name, p.schema, p.pointer))
            .collect();
        self.object_of(
            &props,
            &merged.required,
            merged.additional.as_ref(),
            pointer,
            hint,
        )
    }

    /// `allOf: [one schema]`: that schema's type, with the wrapper's own
    /// `minLength` / `maxLength` (if any) taking precedence.
    fn single_all_of(
        &mut self,
        schema: &ReferenceOr<Schema>,
        min_length: Option<u64>,
        max_length: Option<u64>,
        pointer: &str,
        index: usize,
        hint: &str,
    ) -> Shape {
        let inner = self.use_schema(schema, &format!("{pointer}/allOf/{index}"), hint);
        let constraints = Constraints {
            min_length: min_length.or(inner.constraints.min_length),
            max_length: max_length.or(inner.constraints.max_length),
            ..inner.constraints
        };
        Shape::Ref(inner.ty, constraints)
    }

    /// `SchemaKind::Any`: a schema whose keywords do not fit one `type`
    /// (or has no type at all).
    fn any(&mut self, any: &openapiv3::AnySchema, pointer: &str, hint: &str) -> Shape {
        if !any.properties.is_empty() || any.typ.as_deref() == Some("object") {
            return self.object(
                &any.properties,
                &any.required,
                any.additional_properties.as_ref(),
                pointer,
                hint,
            );
        }
        if any.typ.is_none()
            && any.all_of.len() == 1
            && any.one_of.is_empty()
            && any.any_of.is_empty()
        {
            // `allOf: [one $ref]` with validation keywords beside it
            // (`minLength` on an enum parameter): the referenced type.
            return self.single_all_of(
                &any.all_of[0],
                any.min_length.map(|v| v as u64),
                any.max_length.map(|v| v as u64),
                pointer,
                0,
                hint,
            );
        }
        match any.typ.as_deref() {
            Some("string") => {
                let values: Vec<String> = any
                    .enumeration
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect();
                if !values.is_empty() {
                    return Shape::New(TypeKind::Enum(enum_of(values)));
                }
                Shape::Ref(
                    string_format(any.format.as_deref().unwrap_or("")),
                    Constraints::default(),
                )
            }
            Some("integer") => Shape::Ref(
                TypeRef::Integer(int_width(
                    any.format.as_deref().unwrap_or(""),
                    any.minimum.map(|v| v as i64),
                    any.maximum.map(|v| v as i64),
                )),
                Constraints {
                    minimum: any.minimum,
                    maximum: any.maximum,
                    ..Constraints::default()
                },
            ),
            Some("number") => Shape::Ref(TypeRef::Number, Constraints::default()),
            Some("boolean") => Shape::Ref(TypeRef::Boolean, Constraints::default()),
            Some("array") => {
                let item = match &any.items {
                    Some(items) => {
                        self.item(items, &format!("{pointer}/items"), &format!("{hint}Item"))
                    }
                    None => TypeRef::Json,
                };
                Shape::Ref(TypeRef::Array(Box::new(item)), Constraints::default())
            }
            Some(other) => {
                self.error(
                    &format!("{pointer}/type"),
                    format!("unsupported type {other:?}"),
                );
                Shape::Ref(TypeRef::Json, Constraints::default())
            }
            None => Shape::Ref(TypeRef::Json, Constraints::default()),
        }
    }

    /// An array item or map value: nullability moves into the type.
    fn item(&mut self, items: &ReferenceOr<Box<Schema>>, pointer: &str, hint: &str) -> TypeRef {
        self.item_with_constraints(items, pointer, hint).0
    }

    /// An array's item type and the item schema's own constraints.
    fn item_with_constraints(
        &mut self,
        items: &ReferenceOr<Box<Schema>>,
        pointer: &str,
        hint: &str,
    ) -> (TypeRef, Constraints) {
        let used = self.use_boxed(items, pointer, hint);
        let ty = if used.nullable && used.ty != TypeRef::Json {
            TypeRef::Nullable(Box::new(used.ty))
        } else {
            used.ty
        };
        (ty, used.constraints)
    }

    fn object(
        &mut self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&openapiv3::AdditionalProperties>,
        pointer: &str,
        hint: &str,
    ) -> Shape {
        let props: Vec<(String, ReferenceOr<Box<Schema>>, String)> = properties
            .iter()
            .map(|(name, schema)| {
                let at = format!("{pointer}/properties/{}", pointer_segment(name));
                (name.clone(), schema.clone(), at)
            })
            .collect();
        self.object_of(&props, required, additional, pointer, hint)
    }

    /// An object of these properties (name, schema, pointer of the property).
    fn object_of(
        &mut self,
        properties: &[(String, ReferenceOr<Box<Schema>>, String)],
        required: &[String],
        additional: Option<&openapiv3::AdditionalProperties>,
        pointer: &str,
        hint: &str,
    ) -> Shape {
        let additional = match additional {
            None | Some(openapiv3::AdditionalProperties::Any(false)) => None,
            Some(openapiv3::AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            Some(openapiv3::AdditionalProperties::Schema(schema)) => {
                let ptr = format!("{pointer}/additionalProperties");
                let used = self.use_schema(schema, &ptr, &format!("{hint}Value"));
                Some(if used.nullable && used.ty != TypeRef::Json {
                    TypeRef::Nullable(Box::new(used.ty))
                } else {
                    used.ty
                })
            }
        };
        if properties.is_empty() {
            // A map, or a free-form object.
            return Shape::Ref(
                TypeRef::Map(Box::new(additional.unwrap_or(TypeRef::Json))),
                Constraints::default(),
            );
        }
        let mut fields = Vec::with_capacity(properties.len());
        let sorted: BTreeMap<&String, (&ReferenceOr<Box<Schema>>, &String)> = properties
            .iter()
            .map(|(name, schema, at)| (name, (schema, at)))
            .collect();
        for (name, (schema, ptr)) in sorted {
            let field_hint = format!("{hint}{}", name.to_upper_camel_case());
            let used = self.use_boxed(schema, ptr, &field_hint);
            fields.push(ir::Field {
                name: name.clone(),
                ty: used.ty,
                required: required.iter().any(|r| r == name),
                nullable: used.nullable,
                read_only: used.read_only,
                write_only: used.write_only,
                description: used.description,
                default: used.default,
                constraints: used.constraints,
                deprecated: used.deprecated,
                boxed: false,
                legacy: None,
                history: Vec::new(),
            });
        }
        Shape::New(TypeKind::Struct(ir::Struct {
            fields,
            additional: additional.map(Box::new),
            array_form: None,
        }))
    }
}

fn enum_of(values: Vec<String>) -> ir::Enum {
    let mut seen = std::collections::HashSet::new();
    ir::Enum {
        values: values
            .into_iter()
            .filter(|v| seen.insert(v.clone()))
            .collect(),
    }
}

fn string_format(format: &str) -> TypeRef {
    match format {
        "uuid" => TypeRef::Uuid,
        "date-time" => TypeRef::DateTime,
        "date" => TypeRef::Date,
        "binary" => TypeRef::Binary,
        // `uri`, `email`, `byte`, `password`, ...: strings. authentik accepts
        // blank and relative values in `uri` fields, so `url::Url` is unsafe.
        _ => TypeRef::String,
    }
}

/// Pick the narrowest Rust integer that holds every value the schema allows.
pub(super) fn int_width(format: &str, minimum: Option<i64>, maximum: Option<i64>) -> IntWidth {
    match format {
        "int64" => return IntWidth::I64,
        "int32" => return IntWidth::I32,
        _ => {}
    }
    match (minimum, maximum) {
        (Some(min), Some(max)) if min >= 0 && max <= i64::from(u32::MAX) => IntWidth::U32,
        (Some(min), Some(max)) if min >= i64::from(i32::MIN) && max <= i64::from(i32::MAX) => {
            IntWidth::I32
        }
        _ => IntWidth::I64,
    }
}

/// An `allOf` member that only annotates (`{nullable: true}`,
/// `{description: ...}`): no type, no keywords that constrain a value.
fn is_annotation(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Any(any) if *any == openapiv3::AnySchema::default())
}

/// The one member of an `allOf` that is not an annotation, with its index.
pub(super) fn single_member(
    members: &[ReferenceOr<Schema>],
) -> Option<(usize, &ReferenceOr<Schema>)> {
    let mut substantive = members.iter().enumerate().filter(|(_, m)| match m {
        ReferenceOr::Item(m) => !is_annotation(m),
        ReferenceOr::Reference { .. } => true,
    });
    match substantive.next() {
        Some(one) => substantive.next().is_none().then_some(one),
        // Annotations only: the first, read as it is (any JSON value).
        None => members.first().map(|m| (0, m)),
    }
}
