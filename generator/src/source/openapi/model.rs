//! The document in `openapiv3`'s model, read from the JSON value by hand:
//! the fast path of `parse`. (openapiv3's serde reading copies each schema
//! once per nesting level: its untagged and flattened enums buffer what
//! they try.)
//!
//! The result is always serde's. A node this reader is not sure of (a
//! construct authentik's schemas do not use, a value of an unexpected
//! type) is read by serde itself; a node serde rejects makes the whole
//! reading `None`, and the caller reads the document with serde again for
//! the located error. The test `agrees_with_serde_on_every_input` compares
//! the two readings on every input there is.

use indexmap::IndexMap;
use openapiv3 as oa;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The document without its `components` (read by [`components`]).
pub(super) fn document(v: &Value) -> Option<oa::OpenAPI> {
    node(v, |v| {
        let mut doc = oa::OpenAPI::default();
        let mut paths = None;
        let mut info = None;
        let mut openapi = None;
        for (key, value) in v.as_object()? {
            match key.as_str() {
                "openapi" => openapi = Some(string(value)?),
                "info" => info = Some(serde(value)?),
                "servers" => doc.servers = serde(value)?,
                "paths" => paths = Some(self::paths(value)?),
                "components" => doc.components = components(value)?,
                "security" => doc.security = Some(serde(value)?),
                "tags" => doc.tags = serde(value)?,
                "externalDocs" => doc.external_docs = Some(serde(value)?),
                _ => extension(&mut doc.extensions, key, value),
            }
        }
        doc.openapi = openapi?;
        doc.info = info?;
        doc.paths = paths?;
        Some(doc)
    })
}

/// The document's `components` value (`null`: none).
pub(super) fn components(v: &Value) -> Option<Option<oa::Components>> {
    if v.is_null() {
        return Some(None);
    }
    node(v, |v| {
        let mut c = oa::Components::default();
        for (key, value) in v.as_object()? {
            match key.as_str() {
                "schemas" => c.schemas = map(value, |v| ref_or(v, schema))?,
                "responses" => c.responses = map(value, |v| ref_or(v, response))?,
                "parameters" => c.parameters = map(value, |v| ref_or(v, parameter))?,
                "requestBodies" => c.request_bodies = map(value, |v| ref_or(v, request_body))?,
                "examples" => c.examples = serde(value)?,
                "headers" => c.headers = serde(value)?,
                "securitySchemes" => c.security_schemes = serde(value)?,
                "links" => c.links = serde(value)?,
                "callbacks" => c.callbacks = serde(value)?,
                _ => extension(&mut c.extensions, key, value),
            }
        }
        Some(c)
    })
    .map(Some)
}

/// serde's reading of `v`: the fallback of every node.
fn serde<T: DeserializeOwned>(v: &Value) -> Option<T> {
    T::deserialize(v).ok()
}

/// `fast(v)`, or serde's reading when `fast` is not sure.
fn node<T: DeserializeOwned>(v: &Value, fast: impl FnOnce(&Value) -> Option<T>) -> Option<T> {
    fast(v).or_else(|| serde(v))
}

/// A `$ref`, or the item `item` reads (as openapiv3's `ReferenceOr`: an
/// object with a string `$ref` is a reference, whatever else it has).
fn ref_or<T: DeserializeOwned>(
    v: &Value,
    item: fn(&Value) -> Option<T>,
) -> Option<oa::ReferenceOr<T>> {
    let object = v.as_object()?;
    match object.get("$ref") {
        Some(Value::String(reference)) => Some(oa::ReferenceOr::Reference {
            reference: reference.clone(),
        }),
        Some(_) => serde(v),
        None => node(v, item).map(oa::ReferenceOr::Item),
    }
}

fn boxed_ref_or(v: &Value) -> Option<oa::ReferenceOr<Box<oa::Schema>>> {
    ref_or(v, |v| schema(v).map(Box::new))
}

/// A mapping read entry by entry, in the document's order.
fn map<T>(v: &Value, entry: impl Fn(&Value) -> Option<T>) -> Option<IndexMap<String, T>> {
    let object = v.as_object()?;
    let mut out = IndexMap::with_capacity(object.len());
    for (key, value) in object {
        out.insert(key.clone(), entry(value)?);
    }
    Some(out)
}

fn list<T>(v: &Value, item: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    v.as_array()?.iter().map(item).collect()
}

fn string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

fn strings(v: &Value) -> Option<Vec<String>> {
    list(v, string)
}

fn count(v: &Value) -> Option<usize> {
    v.as_u64().and_then(|n| usize::try_from(n).ok())
}

/// An `example` or `default`: any value (`null` reads as none).
fn any(v: &Value) -> Option<Value> {
    (!v.is_null()).then(|| v.clone())
}

/// An `x-` key into `extensions`; other unknown keys are ignored, as
/// openapiv3 ignores them.
fn extension(extensions: &mut IndexMap<String, Value>, key: &str, value: &Value) {
    if key.starts_with("x-") {
        extensions.insert(key.to_owned(), value.clone());
    }
}

fn paths(v: &Value) -> Option<oa::Paths> {
    let mut paths = oa::Paths::default();
    for (key, value) in v.as_object()? {
        if key.starts_with('/') {
            paths.paths.insert(key.clone(), ref_or(value, path_item)?);
        } else {
            extension(&mut paths.extensions, key, value);
        }
    }
    Some(paths)
}

fn path_item(v: &Value) -> Option<oa::PathItem> {
    let mut item = oa::PathItem::default();
    for (key, value) in v.as_object()? {
        if let Some(slot) = super::operation_slot(&mut item, key) {
            *slot = Some(node(value, operation)?);
            continue;
        }
        match key.as_str() {
            "summary" => item.summary = Some(string(value)?),
            "description" => item.description = Some(string(value)?),
            "servers" => item.servers = serde(value)?,
            "parameters" => item.parameters = list(value, |v| ref_or(v, parameter))?,
            _ => extension(&mut item.extensions, key, value),
        }
    }
    Some(item)
}

fn operation(v: &Value) -> Option<oa::Operation> {
    let mut op = oa::Operation::default();
    let mut responses = None;
    for (key, value) in v.as_object()? {
        match key.as_str() {
            "tags" => op.tags = strings(value)?,
            "summary" => op.summary = Some(string(value)?),
            "description" => op.description = Some(string(value)?),
            "externalDocs" => op.external_docs = Some(serde(value)?),
            "operationId" => op.operation_id = Some(string(value)?),
            "parameters" => op.parameters = list(value, |v| ref_or(v, parameter))?,
            "requestBody" => op.request_body = Some(ref_or(value, request_body)?),
            "responses" => responses = Some(node(value, self::responses)?),
            "callbacks" => op.callbacks = serde(value)?,
            "deprecated" => op.deprecated = value.as_bool()?,
            "security" => op.security = Some(serde(value)?),
            "servers" => op.servers = serde(value)?,
            _ => extension(&mut op.extensions, key, value),
        }
    }
    op.responses = responses?;
    Some(op)
}

/// A parameter with a `schema` (not `content`) and a known `in` and
/// `style`; anything else is serde's.
fn parameter(v: &Value) -> Option<oa::Parameter> {
    let mut location = None;
    let mut name = None;
    let mut schema = None;
    let mut style = None;
    let mut allow_reserved = false;
    let mut allow_empty_value = None;
    let mut data = oa::ParameterData {
        name: String::new(),
        description: None,
        required: false,
        deprecated: None,
        format: oa::ParameterSchemaOrContent::Content(IndexMap::new()),
        example: None,
        examples: IndexMap::new(),
        explode: None,
        extensions: IndexMap::new(),
    };
    for (key, value) in v.as_object()? {
        match key.as_str() {
            "in" => location = Some(value.as_str()?),
            "name" => name = Some(string(value)?),
            "description" => data.description = Some(string(value)?),
            "required" => data.required = value.as_bool()?,
            "deprecated" => data.deprecated = Some(value.as_bool()?),
            "schema" => schema = Some(ref_or(value, self::schema)?),
            "content" => return None,
            "example" => data.example = any(value),
            "examples" => data.examples = serde(value)?,
            "explode" => data.explode = Some(value.as_bool()?),
            "style" => style = Some(value.as_str()?),
            "allowReserved" => allow_reserved = value.as_bool()?,
            "allowEmptyValue" => allow_empty_value = Some(value.as_bool()?),
            _ => extension(&mut data.extensions, key, value),
        }
    }
    data.name = name?;
    data.format = oa::ParameterSchemaOrContent::Schema(schema?);
    let parameter_data = data;
    Some(match location? {
        "query" => oa::Parameter::Query {
            parameter_data,
            allow_reserved,
            style: match style {
                None | Some("form") => oa::QueryStyle::Form,
                Some("spaceDelimited") => oa::QueryStyle::SpaceDelimited,
                Some("pipeDelimited") => oa::QueryStyle::PipeDelimited,
                Some("deepObject") => oa::QueryStyle::DeepObject,
                Some(_) => return None,
            },
            allow_empty_value,
        },
        "path" => oa::Parameter::Path {
            parameter_data,
            style: match style {
                None | Some("simple") => oa::PathStyle::Simple,
                Some("label") => oa::PathStyle::Label,
                Some("matrix") => oa::PathStyle::Matrix,
                Some(_) => return None,
            },
        },
        "header" if matches!(style, None | Some("simple")) => oa::Parameter::Header {
            parameter_data,
            style: oa::HeaderStyle::Simple,
        },
        "cookie" if matches!(style, None | Some("form")) => oa::Parameter::Cookie {
            parameter_data,
            style: oa::CookieStyle::Form,
        },
        _ => return None,
    })
}

fn request_body(v: &Value) -> Option<oa::RequestBody> {
    let mut body = oa::RequestBody::default();
    for (key, value) in v.as_object()? {
        match key.as_str() {
            "description" => body.description = Some(string(value)?),
            "content" => body.content = map(value, |v| node(v, media_type))?,
            "required" => body.required = value.as_bool()?,
            _ => extension(&mut body.extensions, key, value),
        }
    }
    Some(body)
}

fn media_type(v: &Value) -> Option<oa::MediaType> {
    let mut media = oa::MediaType::default();
    for (key, value) in v.as_object()? {
        match key.as_str() {
            "schema" => media.schema = Some(ref_or(value, schema)?),
            "example" => media.example = any(value),
            "examples" => media.examples = serde(value)?,
            "encoding" => media.encoding = serde(value)?,
            _ => extension(&mut media.extensions, key, value),
        }
    }
    Some(media)
}

/// Responses keyed by `default` and three-digit codes; ranges (`2XX`) and
/// extensions are serde's.
fn responses(v: &Value) -> Option<oa::Responses> {
    let mut responses = oa::Responses::default();
    for (key, value) in v.as_object()? {
        if key == "default" {
            responses.default = Some(ref_or(value, response)?);
            continue;
        }
        let code: u16 = match key.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|d| d.is_ascii_digit()) && *a != b'0' => {
                key.parse().ok()?
            }
            _ => return None,
        };
        responses
            .responses
            .insert(oa::StatusCode::Code(code), ref_or(value, response)?);
    }
    Some(responses)
}

fn response(v: &Value) -> Option<oa::Response> {
    let mut response = oa::Response::default();
    let mut description = None;
    for (key, value) in v.as_object()? {
        match key.as_str() {
            "description" => description = Some(string(value)?),
            "headers" => response.headers = serde(value)?,
            "content" => response.content = map(value, |v| node(v, media_type))?,
            "links" => response.links = serde(value)?,
            _ => extension(&mut response.extensions, key, value),
        }
    }
    response.description = description?;
    Some(response)
}

/// The keys openapiv3 reads into a schema's kind, as found.
#[derive(Default)]
struct Kind<'a> {
    typ: Option<&'a str>,
    pattern: Option<&'a Value>,
    multiple_of: Option<&'a Value>,
    exclusive_minimum: Option<&'a Value>,
    exclusive_maximum: Option<&'a Value>,
    minimum: Option<&'a Value>,
    maximum: Option<&'a Value>,
    properties: Option<&'a Value>,
    required: Option<&'a Value>,
    additional_properties: Option<&'a Value>,
    min_properties: Option<&'a Value>,
    max_properties: Option<&'a Value>,
    items: Option<&'a Value>,
    min_items: Option<&'a Value>,
    max_items: Option<&'a Value>,
    unique_items: Option<&'a Value>,
    enumeration: Option<&'a Value>,
    format: Option<&'a Value>,
    min_length: Option<&'a Value>,
    max_length: Option<&'a Value>,
    one_of: Option<&'a Value>,
    all_of: Option<&'a Value>,
    any_of: Option<&'a Value>,
    /// How many of the keys are there (`not` counts, and is serde's).
    present: usize,
}

/// A schema whose kind is one of openapiv3's plain cases: a `type` with
/// only the keys that type takes, a lone `oneOf`/`allOf`/`anyOf`, or none
/// of the kind's keys at all. The rest (openapiv3's `AnySchema` mixtures,
/// `not`, `null` values) is serde's.
fn schema(v: &Value) -> Option<oa::Schema> {
    let mut data = oa::SchemaData::default();
    let mut kind = Kind::default();
    for (key, value) in v.as_object()? {
        if schema_data(&mut data, key, value)? {
            continue;
        }
        if key == "type" {
            kind.typ = Some(value.as_str()?);
        } else if key == "not" {
            return None;
        } else if let Some(slot) = kind.slot(key) {
            if value.is_null() {
                // (openapiv3 reads it as absent: left to serde.)
                return None;
            }
            *slot = Some(value);
        } else {
            extension(&mut data.extensions, key, value);
            continue;
        }
        kind.present += 1;
    }
    Some(oa::Schema {
        schema_data: data,
        schema_kind: schema_kind(&kind)?,
    })
}

/// `key` read into `data` if it is one of `SchemaData`'s keys: `Some(true)`;
/// `Some(false)` if it is not one; `None` if its value is not as expected.
fn schema_data(data: &mut oa::SchemaData, key: &str, value: &Value) -> Option<bool> {
    match key {
        "nullable" => data.nullable = value.as_bool()?,
        "readOnly" => data.read_only = value.as_bool()?,
        "writeOnly" => data.write_only = value.as_bool()?,
        "deprecated" => data.deprecated = value.as_bool()?,
        "externalDocs" => data.external_docs = Some(serde(value)?),
        "example" => data.example = any(value),
        "title" => data.title = Some(string(value)?),
        "description" => data.description = Some(string(value)?),
        "discriminator" => data.discriminator = Some(serde(value)?),
        "default" => data.default = any(value),
        _ => return Some(false),
    }
    Some(true)
}

impl<'a> Kind<'a> {
    /// Where the value of `key` goes, if it is one of the kind's keys (but
    /// `type` and `not`).
    fn slot(&mut self, key: &str) -> Option<&mut Option<&'a Value>> {
        Some(match key {
            "pattern" => &mut self.pattern,
            "multipleOf" => &mut self.multiple_of,
            "exclusiveMinimum" => &mut self.exclusive_minimum,
            "exclusiveMaximum" => &mut self.exclusive_maximum,
            "minimum" => &mut self.minimum,
            "maximum" => &mut self.maximum,
            "properties" => &mut self.properties,
            "required" => &mut self.required,
            "additionalProperties" => &mut self.additional_properties,
            "minProperties" => &mut self.min_properties,
            "maxProperties" => &mut self.max_properties,
            "items" => &mut self.items,
            "minItems" => &mut self.min_items,
            "maxItems" => &mut self.max_items,
            "uniqueItems" => &mut self.unique_items,
            "enum" => &mut self.enumeration,
            "format" => &mut self.format,
            "minLength" => &mut self.min_length,
            "maxLength" => &mut self.max_length,
            "oneOf" => &mut self.one_of,
            "allOf" => &mut self.all_of,
            "anyOf" => &mut self.any_of,
            _ => return None,
        })
    }
}

fn schema_kind(k: &Kind<'_>) -> Option<oa::SchemaKind> {
    use oa::{SchemaKind, Type};
    // How many of the kind's keys are among `keys` (the type included).
    let only = |keys: &[Option<&Value>]| {
        k.present == usize::from(k.typ.is_some()) + keys.iter().flatten().count()
    };
    let number = |v: Option<&Value>| opt(v, Value::as_f64);
    let integer = |v: Option<&Value>| opt(v, Value::as_i64);
    let flag = |v: Option<&Value>| opt(v, Value::as_bool);
    Some(match k.typ {
        Some("string")
            if only(&[
                k.pattern,
                k.enumeration,
                k.format,
                k.min_length,
                k.max_length,
            ]) =>
        {
            SchemaKind::Type(Type::String(oa::StringType {
                format: format(k.format)?,
                pattern: opt(k.pattern, string)?,
                enumeration: enumeration(k.enumeration, |v| v.as_str().map(str::to_owned))?,
                min_length: opt(k.min_length, count)?,
                max_length: opt(k.max_length, count)?,
            }))
        }
        Some("number") if only(&number_keys(k)) => SchemaKind::Type(Type::Number(oa::NumberType {
            format: format(k.format)?,
            multiple_of: number(k.multiple_of)?,
            exclusive_minimum: flag(k.exclusive_minimum)?.unwrap_or_default(),
            exclusive_maximum: flag(k.exclusive_maximum)?.unwrap_or_default(),
            minimum: number(k.minimum)?,
            maximum: number(k.maximum)?,
            enumeration: enumeration(k.enumeration, Value::as_f64)?,
        })),
        Some("integer") if only(&number_keys(k)) => {
            SchemaKind::Type(Type::Integer(oa::IntegerType {
                format: format(k.format)?,
                multiple_of: integer(k.multiple_of)?,
                exclusive_minimum: flag(k.exclusive_minimum)?.unwrap_or_default(),
                exclusive_maximum: flag(k.exclusive_maximum)?.unwrap_or_default(),
                minimum: integer(k.minimum)?,
                maximum: integer(k.maximum)?,
                enumeration: enumeration(k.enumeration, Value::as_i64)?,
            }))
        }
        Some("boolean") if only(&[k.enumeration]) => {
            SchemaKind::Type(Type::Boolean(oa::BooleanType {
                enumeration: enumeration(k.enumeration, Value::as_bool)?,
            }))
        }
        Some("object")
            if only(&[
                k.properties,
                k.required,
                k.additional_properties,
                k.min_properties,
                k.max_properties,
            ]) =>
        {
            SchemaKind::Type(Type::Object(oa::ObjectType {
                properties: opt(k.properties, |v| map(v, boxed_ref_or))?.unwrap_or_default(),
                required: opt(k.required, strings)?.unwrap_or_default(),
                additional_properties: opt(k.additional_properties, additional_properties)?,
                min_properties: opt(k.min_properties, count)?,
                max_properties: opt(k.max_properties, count)?,
            }))
        }
        Some("array") if only(&[k.items, k.min_items, k.max_items, k.unique_items]) => {
            SchemaKind::Type(Type::Array(oa::ArrayType {
                items: opt(k.items, boxed_ref_or)?,
                min_items: opt(k.min_items, count)?,
                max_items: opt(k.max_items, count)?,
                unique_items: flag(k.unique_items)?.unwrap_or_default(),
            }))
        }
        None if k.present == 0 => SchemaKind::Any(oa::AnySchema::default()),
        None if k.present == 1 => {
            let schemas = |v: &Value| list(v, |v| ref_or(v, schema));
            if let Some(v) = k.one_of {
                SchemaKind::OneOf {
                    one_of: schemas(v)?,
                }
            } else if let Some(v) = k.all_of {
                SchemaKind::AllOf {
                    all_of: schemas(v)?,
                }
            } else if let Some(v) = k.any_of {
                SchemaKind::AnyOf {
                    any_of: schemas(v)?,
                }
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// The keys a number or integer takes (openapiv3 reads other integers'
/// bounds, fractions say, as `AnySchema`: `integer` below returns `None`).
fn number_keys<'a>(k: &Kind<'a>) -> [Option<&'a Value>; 7] {
    [
        k.multiple_of,
        k.exclusive_minimum,
        k.exclusive_maximum,
        k.minimum,
        k.maximum,
        k.enumeration,
        k.format,
    ]
}

/// A `format`: a known one, another, or none.
fn format<T: std::str::FromStr>(v: Option<&Value>) -> Option<oa::VariantOrUnknownOrEmpty<T>> {
    opt(v, string).map(oa::VariantOrUnknownOrEmpty::from)
}

/// `None` if absent, the value `read` reads if present; `None` (not
/// sure) if `read` does not take it.
fn opt<T>(v: Option<&Value>, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
    match v {
        None => Some(None),
        Some(v) => read(v).map(Some),
    }
}

/// An `enum` whose values are `null` or what `read` takes.
fn enumeration<T>(v: Option<&Value>, read: fn(&Value) -> Option<T>) -> Option<Vec<Option<T>>> {
    let Some(v) = v else {
        return Some(Vec::new());
    };
    list(v, |v| {
        if v.is_null() {
            Some(None)
        } else {
            read(v).map(Some)
        }
    })
}

fn additional_properties(v: &Value) -> Option<oa::AdditionalProperties> {
    match v {
        Value::Bool(b) => Some(oa::AdditionalProperties::Any(*b)),
        _ => ref_or(v, schema).map(|s| oa::AdditionalProperties::Schema(Box::new(s))),
    }
}

#[cfg(test)]
mod tests;
