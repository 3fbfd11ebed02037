//! Lowering of paths, operations and security schemes into the IR.

use super::Lowerer;
use crate::error::pointer_segment;
use crate::ir::{self, Method, ParamLocation, ParamStyle};
use heck::ToUpperCamelCase;
use openapiv3::{Parameter, ReferenceOr};
use std::borrow::Cow;
use std::collections::BTreeMap;

pub(super) fn lower_operations(cx: &mut Lowerer<'_>) {
    security_schemes(cx);
    let doc = cx.doc;
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut paths: Vec<(&String, &ReferenceOr<openapiv3::PathItem>)> =
        doc.paths.paths.iter().collect();
    paths.sort_by(|a, b| a.0.cmp(b.0));
    for (path, item) in paths {
        let path_ptr = format!("/paths/{}", pointer_segment(path));
        let ReferenceOr::Item(item) = item else {
            cx.error(&path_ptr, "unsupported: $ref on a path item");
            continue;
        };
        let methods = [
            (Method::Get, &item.get),
            (Method::Put, &item.put),
            (Method::Post, &item.post),
            (Method::Delete, &item.delete),
            (Method::Options, &item.options),
            (Method::Head, &item.head),
            (Method::Patch, &item.patch),
            (Method::Trace, &item.trace),
        ];
        for (method, op) in methods {
            let Some(op) = op else { continue };
            let ptr = format!("{path_ptr}/{}", method.as_str().to_ascii_lowercase());
            let id = match &op.operation_id {
                Some(id) if !id.is_empty() => id.clone(),
                _ => {
                    cx.error(&ptr, "operation has no operationId");
                    continue;
                }
            };
            if let Some(first) = seen.insert(id.clone(), ptr.clone()) {
                cx.error(
                    &format!("{ptr}/operationId"),
                    format!("duplicate operationId {id:?} (first used at {first})"),
                );
                continue;
            }
            let operation = operation(
                cx,
                &id,
                method,
                path,
                (&item.parameters, &path_ptr),
                op,
                &ptr,
            );
            cx.api.operations.push(operation);
        }
    }
    cx.api.operations.sort_by(|a, b| a.id.cmp(&b.id));
}

fn operation(
    cx: &mut Lowerer<'_>,
    id: &str,
    method: Method,
    path: &str,
    (path_params, path_ptr): (&[ReferenceOr<Parameter>], &str),
    op: &openapiv3::Operation,
    ptr: &str,
) -> ir::Operation {
    let hint = id.to_upper_camel_case();
    // Operation-level parameters override path-level ones of the same name and location.
    let mut params: Vec<ir::Parameter> = Vec::new();
    let sources = path_params
        .iter()
        .enumerate()
        .map(|(i, p)| (p, format!("{path_ptr}/parameters/{i}")))
        .chain(
            op.parameters
                .iter()
                .enumerate()
                .map(|(i, p)| (p, format!("{ptr}/parameters/{i}"))),
        );
    for (param, pptr) in sources {
        let Some(param) = parameter(cx, param, &pptr, &hint) else {
            continue;
        };
        params.retain(|p| !(p.name == param.name && p.location == param.location));
        params.push(param);
    }
    // Path parameters in the order they appear in the template, then the rest.
    let order = |p: &ir::Parameter| match p.location {
        ParamLocation::Path => (
            0,
            path.find(&format!("{{{}}}", p.name)).unwrap_or(usize::MAX),
            String::new(),
        ),
        other => (1 + other as usize, 0, p.name.clone()),
    };
    params.sort_by_key(order);

    let request_body = op.request_body.as_ref().and_then(|body| {
        let bptr = format!("{ptr}/requestBody");
        let bodies = cx.doc.components.as_ref().map(|c| &c.request_bodies);
        let body = resolve(cx, body, "requestBodies", bodies, &bptr)?;
        Some(ir::RequestBody {
            required: body.required,
            description: body.description.clone(),
            content: content(cx, &body.content, &bptr, &format!("{hint}Body")),
        })
    });

    let mut responses = Vec::new();
    let mut codes: Vec<(String, &ReferenceOr<openapiv3::Response>)> = op
        .responses
        .responses
        .iter()
        .map(|(code, r)| (code.to_string(), r))
        .collect();
    codes.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(default) = &op.responses.default {
        codes.push(("default".to_string(), default));
    }
    for (status, response) in codes {
        let rptr = format!("{ptr}/responses/{}", pointer_segment(&status));
        let components = cx.doc.components.as_ref().map(|c| &c.responses);
        let Some(response) = resolve(cx, response, "responses", components, &rptr) else {
            continue;
        };
        let content = content(
            cx,
            &response.content,
            &rptr,
            &format!("{hint}Response{status}"),
        );
        responses.push(ir::Response {
            status,
            description: Some(response.description.clone()).filter(|d| !d.is_empty()),
            content,
            from_patch: false,
        });
    }

    let security = op
        .security
        .as_ref()
        .or(cx.doc.security.as_ref())
        .map(|reqs| {
            reqs.iter()
                .map(|req| {
                    let mut names: Vec<String> = req.keys().cloned().collect();
                    names.sort();
                    names
                })
                .collect()
        })
        .unwrap_or_default();

    ir::Operation {
        id: id.to_string(),
        method,
        path: path.to_string(),
        tag: op
            .tags
            .first()
            .cloned()
            .unwrap_or_else(|| "default".to_string()),
        summary: op.summary.clone(),
        description: op.description.clone(),
        deprecated: op.deprecated,
        parameters: params,
        request_body,
        responses,
        security,
        versions: Vec::new(),
    }
}

/// The item itself, or the `#/components/<section>/<name>` it refers to,
/// or what is at the JSON pointer it names if that reads as a `T`
/// (PagerDuty refers to a request body as a response); `None`, with an
/// error at `ptr`, when that does not resolve.
fn resolve<'d, T: Clone + serde::de::DeserializeOwned>(
    cx: &mut Lowerer<'_>,
    item: &'d ReferenceOr<T>,
    section: &str,
    components: Option<&'d indexmap::IndexMap<String, ReferenceOr<T>>>,
    ptr: &str,
) -> Option<Cow<'d, T>> {
    match item {
        ReferenceOr::Item(found) => Some(Cow::Borrowed(found)),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix(&format!("#/components/{section}/"));
            if let Some(ReferenceOr::Item(found)) = name.and_then(|n| components?.get(n)) {
                return Some(Cow::Borrowed(found));
            }
            let elsewhere = reference
                .strip_prefix('#')
                .and_then(|target| cx.value_at(target));
            match elsewhere {
                Some(found) => Some(Cow::Owned(found)),
                None => {
                    cx.error(ptr, format!("unresolvable $ref {reference:?}"));
                    None
                }
            }
        }
    }
}

fn parameter(
    cx: &mut Lowerer<'_>,
    param: &ReferenceOr<Parameter>,
    ptr: &str,
    op_hint: &str,
) -> Option<ir::Parameter> {
    let components = cx.doc.components.as_ref().map(|c| &c.parameters);
    let param = resolve(cx, param, "parameters", components, ptr)?;
    let (location, style) = match &*param {
        Parameter::Query { style, .. } => (
            ParamLocation::Query,
            match style {
                openapiv3::QueryStyle::Form => ParamStyle::Form,
                openapiv3::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                openapiv3::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                openapiv3::QueryStyle::DeepObject => ParamStyle::DeepObject,
            },
        ),
        Parameter::Path { style, .. } => (
            ParamLocation::Path,
            match style {
                openapiv3::PathStyle::Simple => ParamStyle::Simple,
                openapiv3::PathStyle::Label => ParamStyle::Label,
                openapiv3::PathStyle::Matrix => ParamStyle::Matrix,
            },
        ),
        Parameter::Header { .. } => (ParamLocation::Header, ParamStyle::Simple),
        Parameter::Cookie { .. } => (ParamLocation::Cookie, ParamStyle::Form),
    };
    let data = param.parameter_data_ref();
    let hint = format!("{op_hint}{}", data.name.to_upper_camel_case());
    let used = match &data.format {
        openapiv3::ParameterSchemaOrContent::Schema(schema) => {
            cx.use_schema(schema, &format!("{ptr}/schema"), &hint)
        }
        openapiv3::ParameterSchemaOrContent::Content(_) => {
            cx.error(
                ptr,
                "unsupported: parameter with `content` instead of `schema`",
            );
            return None;
        }
    };
    Some(ir::Parameter {
        name: data.name.clone(),
        location,
        ty: used.ty,
        required: data.required || location == ParamLocation::Path,
        style,
        explode: data.explode.unwrap_or(style == ParamStyle::Form),
        description: data.description.clone().or(used.description),
        deprecated: data.deprecated.unwrap_or(false),
        constraints: used.constraints,
    })
}

fn content(
    cx: &mut Lowerer<'_>,
    content: &indexmap::IndexMap<String, openapiv3::MediaType>,
    ptr: &str,
    hint: &str,
) -> Vec<ir::Content> {
    let mut sorted: Vec<(&String, &openapiv3::MediaType)> = content.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = Vec::with_capacity(sorted.len());
    for (media_type, media) in sorted {
        let cptr = format!("{ptr}/content/{}/schema", pointer_segment(media_type));
        let ty = media.schema.as_ref().map(|s| {
            let used = cx.use_schema(s, &cptr, hint);
            if used.nullable {
                ir::TypeRef::Nullable(Box::new(used.ty))
            } else {
                used.ty
            }
        });
        out.push(ir::Content {
            media_type: media_type.clone(),
            ty,
        });
    }
    out
}

fn security_schemes(cx: &mut Lowerer<'_>) {
    let Some(components) = &cx.doc.components else {
        return;
    };
    for (name, scheme) in &components.security_schemes {
        let ReferenceOr::Item(scheme) = scheme else {
            cx.error(
                &format!("/components/securitySchemes/{}", pointer_segment(name)),
                "unsupported: $ref security scheme",
            );
            continue;
        };
        let lowered = match scheme {
            openapiv3::SecurityScheme::APIKey { location, name, .. } => {
                ir::SecurityScheme::ApiKey {
                    name: name.clone(),
                    location: match location {
                        openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                        openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                        openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
                    },
                }
            }
            openapiv3::SecurityScheme::HTTP { scheme, .. } => ir::SecurityScheme::Http {
                scheme: scheme.clone(),
            },
            openapiv3::SecurityScheme::OAuth2 { .. } => ir::SecurityScheme::Other {
                kind: "oauth2".into(),
            },
            openapiv3::SecurityScheme::OpenIDConnect { .. } => ir::SecurityScheme::Other {
                kind: "openIdConnect".into(),
            },
        };
        cx.api.security_schemes.insert(name.clone(), lowered);
    }
}
