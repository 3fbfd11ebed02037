//! The plan of one operation: parameters, body, success body, variants,
//! pagination (names are made unique per tag afterwards, in `plan`).

use super::{reserved, BodyPlan, Decode, OpPlan, ParamPlan, Replies, Sets};
use crate::emit::media::{is_json, media_suffix};
use crate::ir::{Api, Content, Operation, ParamLocation, ParamStyle, TypeKind, TypeRef};
use crate::naming;

pub(super) fn plan<'a>(
    api: &'a Api,
    sets: &Sets,
    replies: &mut Replies,
    warnings: &mut Vec<String>,
    op: &'a Operation,
    tag: &str,
) -> OpPlan<'a> {
    let base = op
        .id
        .strip_prefix(tag)
        .and_then(|rest| rest.strip_prefix('_'))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(&op.id);
    let method = naming::field_ident(base);
    let stem = method.trim_start_matches("r#").to_string();
    let params = params(op, warnings);
    let body = body(api, op, warnings);
    let (decode, accept, variants) = success(op, &stem);

    // Pagination: a `page` query parameter and a body with `pagination`
    // and `results`.
    let paged = params.iter().any(|p| {
        !p.is_argument() && p.param.name == "page" && p.param.location == ParamLocation::Query
    });
    let stream = match &decode {
        Decode::Json(TypeRef::Named(id)) if paged => match &api.get(*id).kind {
            TypeKind::Struct(s) if s.fields.iter().any(|f| f.name == "pagination") => s
                .fields
                .iter()
                .find(|f| f.name == "results")
                .and_then(|f| match &f.ty {
                    TypeRef::Array(item) => Some((format!("{stem}_stream"), (**item).clone())),
                    _ => None,
                }),
            _ => None,
        },
        _ => None,
    };
    let builder = (stream.is_some() || !variants.is_empty()).then(|| format!("{stem}_request"));

    // The stubs serve the newest version: operations it removed stay out.
    let served = !api.removed(&op.versions);
    let (reply, success) = if served {
        replies.add(op, warnings)
    } else {
        (0, None)
    };
    OpPlan {
        op,
        method,
        params,
        body,
        decode,
        accept,
        variants,
        stream,
        builder,
        params_struct: None,
        form_struct: None,
        served,
        query_struct: String::new(),
        response_alias: String::new(),
        reply,
        success,
        security_set: sets.security_index(op),
        error_set: sets.error_index(op),
    }
}

/// The parameters and their identifiers: unique within the operation, and
/// those that are bindings in a generated body (path parameters in both
/// back-ends, required ones in the client) avoid its local names.
fn params<'a>(op: &'a Operation, warnings: &mut Vec<String>) -> Vec<ParamPlan<'a>> {
    let mut kept = Vec::new();
    for param in &op.parameters {
        match (param.location, param.style) {
            (ParamLocation::Cookie, _) => {
                warnings.push(format!(
                    "{}: cookie parameter {:?} is not supported: the client does not send it, the server does not read it",
                    op.id, param.name
                ));
                continue;
            }
            (ParamLocation::Path, ParamStyle::Label | ParamStyle::Matrix) => {
                warnings.push(format!(
                    "{}: parameter {:?} has style {:?}, sent as simple",
                    op.id, param.name, param.style,
                ))
            }
            _ => {}
        }
        kept.push(param);
    }
    let mut idents = naming::field_idents(kept.iter().map(|p| p.name.as_str()));
    let path = |p: &&crate::ir::Parameter| p.location == ParamLocation::Path;
    let required = |p: &&crate::ir::Parameter| p.required && p.location != ParamLocation::Path;
    // Path parameters: bindings in both back-ends.
    let fields: Vec<String> = kept
        .iter()
        .zip(&idents)
        .filter(|(p, _)| !path(p))
        .map(|(_, i)| i.clone())
        .collect();
    let reserved_path: Vec<&str> = reserved::CLIENT_LOCALS
        .iter()
        .chain(reserved::SERVER_LOCALS)
        .copied()
        .chain(fields.iter().map(String::as_str))
        .collect();
    rename(&kept, &mut idents, path, &reserved_path);
    // Required query and header parameters: bindings in the client.
    let others: Vec<String> = kept
        .iter()
        .zip(&idents)
        .filter(|(p, _)| !required(p))
        .map(|(_, i)| i.clone())
        .collect();
    let reserved_required: Vec<&str> = reserved::CLIENT_LOCALS
        .iter()
        .copied()
        .chain(others.iter().map(String::as_str))
        .collect();
    rename(&kept, &mut idents, required, &reserved_required);
    kept.into_iter()
        .zip(idents)
        .map(|(param, ident)| ParamPlan { param, ident })
        .collect()
}

/// Make the identifiers of the parameters `which` selects unique among
/// themselves and apart from `reserved`.
fn rename(
    params: &[&crate::ir::Parameter],
    idents: &mut [String],
    which: impl Fn(&&crate::ir::Parameter) -> bool,
    reserved: &[&str],
) {
    let chosen: Vec<usize> = (0..params.len()).filter(|&i| which(&params[i])).collect();
    let wanted: Vec<String> = chosen.iter().map(|&i| idents[i].clone()).collect();
    for (i, name) in chosen
        .into_iter()
        .zip(naming::disambiguate(&wanted, reserved))
    {
        idents[i] = name;
    }
}

fn body<'a>(api: &Api, op: &'a Operation, warnings: &mut Vec<String>) -> BodyPlan<'a> {
    let Some(body) = &op.request_body else {
        return BodyPlan::None;
    };
    let is_struct = |ty: &TypeRef| match ty {
        TypeRef::Named(id) => matches!(api.get(*id).kind, TypeKind::Struct(_)),
        _ => false,
    };
    if let Some(c) = body.content.iter().find(|c| is_json(&c.media_type)) {
        let has_required = match &c.ty {
            Some(TypeRef::Named(id)) => match &api.get(*id).kind {
                TypeKind::Struct(s) => s.fields.iter().any(|f| f.required),
                _ => true,
            },
            _ => true,
        };
        return BodyPlan::Json {
            ty: c.ty.clone().unwrap_or(TypeRef::Json),
            optional: !body.required && has_required,
        };
    }
    if let Some(Content {
        ty: Some(ty @ TypeRef::Named(id)),
        ..
    }) = body
        .content
        .iter()
        .find(|c| c.media_type == "multipart/form-data")
    {
        if is_struct(ty) {
            return BodyPlan::Multipart(*id);
        }
    }
    match body.content.first() {
        Some(Content {
            ty: Some(ty),
            media_type,
            ..
        }) if media_type == "application/x-www-form-urlencoded" && is_struct(ty) => {
            BodyPlan::Form(ty.clone())
        }
        Some(c) => {
            warnings.push(format!(
                "{}: request body {:?} is taken as raw bytes",
                op.id, c.media_type
            ));
            BodyPlan::Raw(&c.media_type)
        }
        None => BodyPlan::None,
    }
}

/// How the success body is read: JSON first, other media types as
/// variants. Without a 2xx response, a `default` one describes success.
#[allow(clippy::type_complexity)]
fn success<'a>(
    op: &'a Operation,
    stem: &str,
) -> (Decode, Option<&'a str>, Vec<(String, &'a str, Decode)>) {
    let success = op
        .responses
        .iter()
        .find(|r| r.status.starts_with('2'))
        .or_else(|| op.responses.iter().find(|r| r.status == "default"));
    let contents: Vec<&Content> = success
        .map(|r| r.content.iter().collect())
        .unwrap_or_default();
    let primary = contents
        .iter()
        .position(|c| c.media_type == "application/json")
        .or_else(|| contents.iter().position(|c| is_json(&c.media_type)))
        .or(if contents.is_empty() { None } else { Some(0) });
    let (decode, accept) = match primary {
        None => (Decode::Empty, None),
        Some(i) => {
            let c = contents[i];
            let decode = match (&c.ty, is_json(&c.media_type)) {
                (Some(TypeRef::Binary), _) => Decode::Bytes,
                (Some(ty), true) => Decode::Json(ty.clone()),
                (None, true) => Decode::Json(TypeRef::Json),
                (None, false) => Decode::Bytes,
                (Some(_), false) => Decode::Text,
            };
            let accept = (c.media_type != "application/json").then_some(c.media_type.as_str());
            (decode, accept)
        }
    };
    let variants = contents
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != primary)
        .map(|(_, c)| {
            let decode = match c.ty {
                Some(TypeRef::Binary) | None => Decode::Bytes,
                Some(_) => Decode::Text,
            };
            (
                format!("{stem}_{}", media_suffix(&c.media_type)),
                c.media_type.as_str(),
                decode,
            )
        })
        .collect();
    (decode, accept, variants)
}
