//! The client back-end: one method per operation, grouped by tag.
//!
//! Output (`src/client/`, behind the generated crate's `client` feature):
//!
//! - `mod.rs`: the `Error`, `ResponseFuture` and `PageStream` aliases (the
//!   runtime's types with the API's validation and generic error bodies
//!   filled in), what the runtime needs to know about the API (server path,
//!   security schemes), `Client::builder`, and one accessor per tag
//!   (`client.core()`);
//! - one module per tag (`core.rs`): a `CoreApi<'_>` borrowing the client,
//!   with the methods of the tag's operations, and their parameter and
//!   form structs.
//!
//! Shape of a method (`users_list` from `core_users_list`: the tag prefix is
//! dropped, the tag is the accessor):
//!
//! - path parameters, then required query and header parameters, are
//!   arguments (`&str` for strings, by value for numbers, booleans, UUIDs
//!   and dates, by reference otherwise);
//! - a JSON body is `&T` (`Option<&T>` when the body is optional and its
//!   type has required fields); a `multipart/form-data`-only body is a
//!   generated `*Form` struct taking files as `FilePart`s (bytes, a path or a
//!   reader, streamed);
//! - the optional parameters are one `*Params` struct with `Default`, last;
//! - the result is a `ResponseFuture<T>`: `T` is the 2xx body (JSON decoded,
//!   `String` for text, `Bytes` for binary, `()` when there is none);
//! - a non-JSON alternative of the success body gets a method of its own
//!   (`metadata_retrieve_xml`, sent with that `Accept`);
//! - a paginated list (a `page` query parameter and a body with
//!   `pagination` and `results`) also gets `*_stream`, a `PageStream` of
//!   the items of every page.
//!
//! Every method fills a runtime `Request` from a static `Operation`
//! descriptor (id, method, path, security alternatives, documented error
//! statuses) in a few straight lines; sending, decoding and errors are
//! runtime code, compiled once.

use super::format::{format_items, space_members};
use super::rust::{doc_attrs, ident, type_tokens_in, ModelsPath};
use crate::ir::{
    Api, Content, Method, Operation, ParamLocation, ParamStyle, Parameter, SecurityScheme, TypeId,
    TypeKind, TypeRef,
};
use crate::naming::{self, Names};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The client's files (relative to the crate root) and what was degraded.
#[derive(Debug, Default)]
pub struct Rendered {
    pub files: Vec<(PathBuf, String)>,
    pub warnings: Vec<String>,
    /// Public methods generated (operations, text/bytes variants, streams).
    pub methods: usize,
}

/// Methods that `Client` has already (runtime and generated); tag accessors avoid them.
pub(crate) const CLIENT_METHODS: &[&str] = &[
    "base_url",
    "builder",
    "clone",
    "credentials_for",
    "detect_server_version",
    "http_client",
    "new",
    "probe_version",
    "request",
    "server_version",
    "set_server_version",
    "timeout",
    "with_timeout",
];

/// Names used unqualified in `client/mod.rs`; tag modules avoid them.
pub(crate) const MOD_ITEMS: &[&str] = &[
    "__call_by_operation_id",
    "__call_operation",
    // The module itself (`client::client` is clippy's `module_inception`).
    "client",
    "models",
    "reqwest",
    "runtime",
    "rt",
    "API",
    "Client",
    "ClientBuilder",
    "Correction",
    "CorrectionKind",
    "Corrections",
    "Documented",
    "Error",
    "PageStream",
    "ResponseFuture",
    "VERSION_PROBE",
];

/// Local names in generated method bodies; arguments avoid them.
const LOCALS: &[&str] = &["body", "form", "params", "parts", "request"];

/// How a success body is read.
#[derive(Clone, Debug, PartialEq)]
enum Kind {
    Json(TypeRef),
    Text,
    Bytes,
    Empty,
}

enum Body<'a> {
    None,
    Json {
        ty: Option<&'a TypeRef>,
        optional: bool,
    },
    Multipart(TypeId),
    /// `application/x-www-form-urlencoded`: the body's properties as pairs.
    Form(&'a TypeRef),
    Raw(&'a str),
}

/// An argument of a method.
struct Arg<'a> {
    param: &'a Parameter,
    ident: String,
}

/// Everything decided about one operation before rendering.
struct Plan<'a> {
    op: &'a Operation,
    method: String,
    args: Vec<Arg<'a>>,
    /// Optional parameters (a `*Params` struct) and their field identifiers.
    optional: Vec<(&'a Parameter, String)>,
    params_struct: Option<String>,
    form_struct: Option<String>,
    body: Body<'a>,
    kind: Kind,
    accept: Option<&'a str>,
    /// Other media types of the success body: method name, media type, kind.
    variants: Vec<(String, &'a str, Kind)>,
    /// Pagination: method name and item type.
    stream: Option<(String, TypeRef)>,
    /// Private request builder shared by several public methods.
    builder: Option<String>,
}

struct Tag<'a> {
    name: &'a str,
    module: String,
    api_struct: String,
    plans: Vec<Plan<'a>>,
}

struct Cx<'a> {
    /// The `#[cfg]` of a tag's code (see [`render_with`]).
    tag_cfg: &'a dyn Fn(&str) -> TokenStream,
    api: &'a Api,
    names: &'a Names,
    /// Models as seen from a tag module.
    models: ModelsPath,
    validation: Option<TypeRef>,
    forbidden: Option<TypeRef>,
    /// Shared security alternatives (`SECURITY_*` in `client/mod.rs`).
    security_sets: Vec<(Vec<Vec<String>>, String)>,
    /// Shared documented error statuses (`ERRORS_*` in `client/mod.rs`).
    error_sets: Vec<(Vec<(u16, Documented)>, String)>,
    warnings: Vec<String>,
}

/// How a documented error status is read (the runtime's `Documented`).
#[derive(Clone, Debug, PartialEq)]
enum Documented {
    Validation,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Other(String),
}

/// Render the client for `api`. `crate_ident` names the crate in doc examples.
pub fn render(api: &Api, names: &Names, crate_ident: &str) -> Result<Rendered, String> {
    render_with(api, names, crate_ident, &|_| TokenStream::new())
}

/// [`render`], with `tag_cfg(tag)` (e.g. `#[cfg(feature = "core")]`, or
/// nothing) put on everything that belongs to one tag: its module, its
/// accessor on `Client` and its dispatch entries.
pub fn render_with(
    api: &Api,
    names: &Names,
    crate_ident: &str,
    tag_cfg: &dyn Fn(&str) -> TokenStream,
) -> Result<Rendered, String> {
    let mut cx = Cx {
        tag_cfg,
        api,
        names,
        models: ModelsPath::new(quote!(models)),
        validation: most_common_error_body(api, "400"),
        forbidden: most_common_error_body(api, "403"),
        security_sets: Vec::new(),
        error_sets: Vec::new(),
        warnings: Vec::new(),
    };
    shared_sets(&mut cx);
    let tags = plan(&mut cx);
    let mut files = Vec::new();
    let mut methods = 0;
    for tag in &tags {
        methods += tag
            .plans
            .iter()
            .map(|p| 1 + p.variants.len() + usize::from(p.stream.is_some()))
            .sum::<usize>();
        let file = render_tag(&cx, tag)?;
        let stem = tag.module.trim_start_matches("r#");
        files.push((PathBuf::from(format!("src/client/{stem}.rs")), file));
    }
    files.push((
        PathBuf::from("src/client/mod.rs"),
        render_mod(&cx, &tags, crate_ident)?,
    ));
    Ok(Rendered {
        files,
        warnings: cx.warnings,
        methods,
    })
}

/// The JSON body type most operations document for `status`.
fn most_common_error_body(api: &Api, status: &str) -> Option<TypeRef> {
    let mut counts: Vec<(TypeRef, usize)> = Vec::new();
    for op in &api.operations {
        for response in op.responses.iter().filter(|r| r.status == status) {
            for ty in response
                .content
                .iter()
                .filter(|c| is_json(&c.media_type))
                .filter_map(|c| c.ty.as_ref())
            {
                match counts.iter_mut().find(|(t, _)| t == ty) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((ty.clone(), 1)),
                }
            }
        }
    }
    // The first of the most common (max_by_key keeps the last of equals).
    counts
        .into_iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(ty, _)| ty)
}

pub(super) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence == "application/json" || essence.ends_with("+json")
}

fn plan<'a>(cx: &mut Cx<'a>) -> Vec<Tag<'a>> {
    let api = cx.api;
    let mut by_tag: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in &api.operations {
        by_tag.entry(op.tag.as_str()).or_default().push(op);
    }
    let tag_names: Vec<&str> = by_tag.keys().copied().collect();
    let modules = naming::disambiguate(
        &tag_names
            .iter()
            .map(|t| naming::field_ident(t))
            .collect::<Vec<_>>(),
        &[CLIENT_METHODS, MOD_ITEMS].concat(),
    );
    let mut tags = Vec::new();
    for ((tag, ops), module) in by_tag.into_iter().zip(modules) {
        tags.push(plan_tag(cx, tag, ops, module));
    }
    tags
}

fn plan_tag<'a>(cx: &mut Cx<'a>, tag: &'a str, ops: Vec<&'a Operation>, module: String) -> Tag<'a> {
    let prefix = format!("{tag}_");
    let mut plans: Vec<Plan<'a>> = ops.into_iter().map(|op| plan_op(cx, op, &prefix)).collect();

    // Method names: primaries first (they keep their names), then the extras.
    let mut wanted: Vec<String> = plans.iter().map(|p| p.method.clone()).collect();
    for p in &plans {
        wanted.extend(p.variants.iter().map(|(m, _, _)| m.clone()));
        wanted.extend(p.stream.iter().map(|(m, _)| m.clone()));
        wanted.extend(p.builder.clone());
    }
    let unique = naming::disambiguate(&wanted, &[]);
    let mut names = unique.into_iter();
    for p in &mut plans {
        p.method = names.next().expect("one name per method");
    }
    for p in &mut plans {
        for v in &mut p.variants {
            v.0 = names.next().expect("one name per variant");
        }
        if let Some(s) = &mut p.stream {
            s.0 = names.next().expect("one name per stream");
        }
        if let Some(b) = &mut p.builder {
            *b = names.next().expect("one name per builder");
        }
    }

    // Type names in the tag module: the API struct, then params and forms.
    let api_struct = format!("{}Api", naming::type_ident(tag));
    let mut types = vec![api_struct.clone()];
    for p in &plans {
        let base = naming::type_ident(p.method.trim_start_matches("r#"));
        if !p.optional.is_empty() {
            types.push(format!("{base}Params"));
        }
        if matches!(p.body, Body::Multipart(_)) {
            types.push(format!("{base}Form"));
        }
    }
    let unique = naming::disambiguate(&types, &[]);
    let mut types = unique.into_iter().skip(1);
    for p in &mut plans {
        if !p.optional.is_empty() {
            p.params_struct = types.next();
        }
        if matches!(p.body, Body::Multipart(_)) {
            p.form_struct = types.next();
        }
    }
    Tag {
        name: tag,
        module,
        api_struct,
        plans,
    }
}

fn plan_op<'a>(cx: &mut Cx<'a>, op: &'a Operation, prefix: &str) -> Plan<'a> {
    let api = cx.api;
    let base = op
        .id
        .strip_prefix(prefix)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(&op.id);
    let method = naming::field_ident(base);
    let stem = method.trim_start_matches("r#").to_string();

    // Parameters: path and required ones are arguments, the rest a struct.
    let mut args = Vec::new();
    let mut optional = Vec::new();
    for param in &op.parameters {
        match (param.location, param.style) {
            (ParamLocation::Cookie, _) => {
                cx.warnings.push(format!(
                    "{}: cookie parameter {:?} is not supported by the client; it is not sent",
                    op.id, param.name
                ));
                continue;
            }
            (ParamLocation::Path, ParamStyle::Label | ParamStyle::Matrix) => {
                cx.warnings.push(format!(
                    "{}: parameter {:?} has style {:?}, sent as simple",
                    op.id, param.name, param.style,
                ))
            }
            _ => {}
        }
        if param.required || param.location == ParamLocation::Path {
            args.push(param);
        } else {
            optional.push(param);
        }
    }
    let arg_idents = naming::field_idents(args.iter().map(|p| p.name.as_str()));
    let arg_idents = naming::disambiguate(&arg_idents, LOCALS);
    let args = args
        .into_iter()
        .zip(arg_idents)
        .map(|(param, ident)| Arg { param, ident })
        .collect();
    let field_idents = naming::field_idents(optional.iter().map(|p| p.name.as_str()));
    let optional: Vec<(&Parameter, String)> = optional.into_iter().zip(field_idents).collect();

    // Body.
    let body = match &op.request_body {
        None => Body::None,
        Some(body) => {
            let json = body.content.iter().find(|c| is_json(&c.media_type));
            let multipart = body
                .content
                .iter()
                .find(|c| c.media_type == "multipart/form-data");
            match (json, multipart) {
                (Some(c), _) => {
                    let has_required = match &c.ty {
                        Some(TypeRef::Named(id)) => match &api.get(*id).kind {
                            TypeKind::Struct(s) => s.fields.iter().any(|f| f.required),
                            _ => true,
                        },
                        _ => true,
                    };
                    Body::Json {
                        ty: c.ty.as_ref(),
                        optional: !body.required && has_required,
                    }
                }
                (
                    None,
                    Some(Content {
                        ty: Some(TypeRef::Named(id)),
                        ..
                    }),
                ) if matches!(api.get(*id).kind, TypeKind::Struct(_)) => Body::Multipart(*id),
                _ => match body.content.first() {
                    Some(Content {
                        ty: Some(ty @ TypeRef::Named(id)),
                        media_type,
                        ..
                    }) if media_type == "application/x-www-form-urlencoded"
                        && matches!(api.get(*id).kind, TypeKind::Struct(_)) =>
                    {
                        Body::Form(ty)
                    }
                    Some(c) => {
                        cx.warnings.push(format!(
                            "{}: request body {:?} is taken as raw bytes",
                            op.id, c.media_type
                        ));
                        Body::Raw(&c.media_type)
                    }
                    None => Body::None,
                },
            }
        }
    };

    // Success body: JSON first, other media types as variants.
    // Without a 2xx response, a `default` one describes success too.
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
    let (kind, accept) = match primary {
        None => (Kind::Empty, None),
        Some(i) => {
            let c = contents[i];
            let kind = match (&c.ty, is_json(&c.media_type)) {
                (Some(TypeRef::Binary), _) => Kind::Bytes,
                (Some(ty), true) => Kind::Json(ty.clone()),
                (None, true) => Kind::Json(TypeRef::Json),
                (None, false) => Kind::Bytes,
                (Some(_), false) => Kind::Text,
            };
            let accept = (c.media_type != "application/json").then_some(c.media_type.as_str());
            (kind, accept)
        }
    };
    let variants: Vec<(String, &str, Kind)> = contents
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != primary)
        .map(|(_, c)| {
            let kind = match c.ty {
                Some(TypeRef::Binary) | None => Kind::Bytes,
                Some(_) => Kind::Text,
            };
            (
                format!("{stem}_{}", media_suffix(&c.media_type)),
                c.media_type.as_str(),
                kind,
            )
        })
        .collect();

    // Pagination.
    let stream = match &kind {
        Kind::Json(TypeRef::Named(id))
            if optional
                .iter()
                .any(|(p, _)| p.name == "page" && p.location == ParamLocation::Query) =>
        {
            match &api.get(*id).kind {
                TypeKind::Struct(s) if s.fields.iter().any(|f| f.name == "pagination") => s
                    .fields
                    .iter()
                    .find(|f| f.name == "results")
                    .and_then(|f| match &f.ty {
                        TypeRef::Array(item) => Some((format!("{stem}_stream"), (**item).clone())),
                        _ => None,
                    }),
                _ => None,
            }
        }
        _ => None,
    };
    let builder = (stream.is_some() || !variants.is_empty()).then(|| format!("{stem}_request"));
    Plan {
        op,
        method,
        args,
        optional,
        params_struct: None,
        form_struct: None,
        body,
        kind,
        accept,
        variants,
        stream,
        builder,
    }
}

/// `application/vnd.oai.openapi+json` -> `oai_openapi_json`, `application/xml` -> `xml`.
fn media_suffix(media_type: &str) -> String {
    let essence = media_type.split(';').next().unwrap_or_default();
    let subtype = essence.rsplit('/').next().unwrap_or(essence);
    let subtype = subtype.strip_prefix("vnd.").unwrap_or(subtype);
    let words: Vec<&str> = subtype
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        "raw".to_string()
    } else {
        words.join("_").to_ascii_lowercase()
    }
}

impl Cx<'_> {
    fn ty(&self, ty: &TypeRef) -> TokenStream {
        type_tokens_in(ty, self.names, &self.models)
    }

    /// The type of a borrowed argument: `&str`, `&[T]`, `&T`.
    fn borrowed(&self, ty: &TypeRef) -> TokenStream {
        match ty {
            TypeRef::String | TypeRef::Binary => quote!(&str),
            TypeRef::Array(item) => {
                let item = self.ty(item);
                quote!(&[#item])
            }
            other => {
                let ty = self.ty(other);
                quote!(&#ty)
            }
        }
    }

    /// An argument's type, and whether the argument is passed by value.
    fn arg_type(&self, ty: &TypeRef) -> (TokenStream, bool) {
        match ty {
            TypeRef::Boolean
            | TypeRef::Integer(_)
            | TypeRef::Number
            | TypeRef::Uuid
            | TypeRef::Date
            | TypeRef::DateTime
            | TypeRef::LenientDateTime => (self.ty(ty), true),
            other => (self.borrowed(other), false),
        }
    }

    fn kind_type(&self, kind: &Kind) -> TokenStream {
        match kind {
            Kind::Json(ty) => self.ty(ty),
            Kind::Text => quote!(String),
            Kind::Bytes => quote!(rt::Bytes),
            Kind::Empty => quote!(()),
        }
    }

    fn is_error_body(&self, status: &str, content: &[Content]) -> bool {
        let expected = match status {
            "400" => &self.validation,
            "403" | "404" | "405" => &self.forbidden,
            _ => return false,
        };
        expected.is_some()
            && content
                .iter()
                .any(|c| is_json(&c.media_type) && c.ty.as_ref() == expected.as_ref())
    }
}

impl Cx<'_> {
    /// The documented error statuses of `op`.
    fn documented(&self, op: &Operation) -> Vec<(u16, Documented)> {
        op.responses
            .iter()
            .filter(|r| !r.status.starts_with('2'))
            .filter_map(|r| {
                let code: u16 = r.status.parse().ok()?;
                let documented = if self.is_error_body(&r.status, &r.content) {
                    match code {
                        400 => Documented::Validation,
                        404 => Documented::NotFound,
                        405 => Documented::MethodNotAllowed,
                        _ => Documented::Forbidden,
                    }
                } else {
                    Documented::Other(r.description.clone().unwrap_or_default())
                };
                Some((code, documented))
            })
            .collect()
    }

    fn security_set(&self, op: &Operation) -> usize {
        self.security_sets
            .iter()
            .position(|(set, _)| *set == op.security)
            .expect("every security set is collected")
    }

    fn error_set(&self, op: &Operation) -> usize {
        let documented = self.documented(op);
        self.error_sets
            .iter()
            .position(|(set, _)| *set == documented)
            .expect("every error set is collected")
    }
}

/// Collect the distinct security alternatives and error statuses of the
/// operations, named after their content (`SECURITY_AUTHENTIK_OR_ANONYMOUS`,
/// `ERRORS_400_403`), so each operation refers to a shared constant; the
/// most used of each comes first and is the default (`DEFAULT_SECURITY`,
/// `DEFAULT_ERRORS`).
fn shared_sets(cx: &mut Cx<'_>) {
    // (set, number of operations), in order of first use.
    let mut security: Vec<(Vec<Vec<String>>, usize)> = Vec::new();
    let mut errors: Vec<(Vec<(u16, Documented)>, usize)> = Vec::new();
    for op in &cx.api.operations {
        match security.iter_mut().find(|(set, _)| *set == op.security) {
            Some((_, n)) => *n += 1,
            None => security.push((op.security.clone(), 1)),
        }
        let documented = cx.documented(op);
        match errors.iter_mut().find(|(set, _)| *set == documented) {
            Some((_, n)) => *n += 1,
            None => errors.push((documented, 1)),
        }
    }
    // The most used set first: it is the default of `rt::operation!`
    // (a stable sort keeps ties in order of first use).
    security.sort_by_key(|(_, uses)| std::cmp::Reverse(*uses));
    errors.sort_by_key(|(_, uses)| std::cmp::Reverse(*uses));
    let security: Vec<Vec<Vec<String>>> = security.into_iter().map(|(set, _)| set).collect();
    let errors: Vec<Vec<(u16, Documented)>> = errors.into_iter().map(|(set, _)| set).collect();
    let security_names: Vec<String> = security
        .iter()
        .map(|alternatives| {
            if alternatives.is_empty() {
                return "SECURITY_UNSPECIFIED".to_string();
            }
            let alternatives: Vec<String> = alternatives
                .iter()
                .map(|alt| {
                    if alt.is_empty() {
                        "ANONYMOUS".to_string()
                    } else {
                        alt.iter()
                            .map(|s| shouty(s))
                            .collect::<Vec<_>>()
                            .join("_AND_")
                    }
                })
                .collect();
            format!("SECURITY_{}", alternatives.join("_OR_"))
        })
        .collect();
    let error_names: Vec<String> = errors
        .iter()
        .map(|set| {
            let codes: Vec<String> = set.iter().map(|(c, _)| c.to_string()).collect();
            if codes.is_empty() {
                "ERRORS_NONE".to_string()
            } else {
                format!("ERRORS_{}", codes.join("_"))
            }
        })
        .collect();
    let security_names = numbered(security_names);
    let error_names = numbered(error_names);
    cx.security_sets = security.into_iter().zip(security_names).collect();
    cx.error_sets = errors.into_iter().zip(error_names).collect();
}

/// Later repeats of a name get `_2`, `_3`, ...
fn numbered(names: Vec<String>) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    names
        .into_iter()
        .map(|name| {
            let n = seen.entry(name.clone()).or_default();
            *n += 1;
            if *n == 1 {
                name
            } else {
                format!("{name}_{n}")
            }
        })
        .collect()
}

/// `authentik_device_auth` -> `AUTHENTIK_DEVICE_AUTH`.
fn shouty(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_uppercase())
        .collect();
    if words.is_empty() {
        "SCHEME".to_string()
    } else {
        words.join("_")
    }
}

fn send_call(kind: &Kind) -> TokenStream {
    match kind {
        Kind::Json(_) => quote!(send_json()),
        Kind::Text => quote!(send_text()),
        Kind::Bytes => quote!(send_bytes()),
        Kind::Empty => quote!(send_empty()),
    }
}

fn render_tag(cx: &Cx<'_>, tag: &Tag<'_>) -> Result<String, String> {
    let api_struct = ident(&tag.api_struct);
    let count = tag.plans.len();
    let header_doc = format!(" Operations tagged `{}` ({count}).", tag.name);
    let streams = tag.plans.iter().any(|p| p.stream.is_some());
    let page_stream = streams.then(|| quote!(PageStream,));
    // Operations only older versions have are deprecated, and so are the
    // schemas only they use.
    let allow_deprecated = tag
        .plans
        .iter()
        .any(|p| cx.api.removed(&p.op.versions))
        .then(|| quote!(#![allow(deprecated)]));
    let header = quote! {
        #![doc = #header_doc]
        #allow_deprecated
        use super::runtime::client as rt;
        // `models` is unused by a tag whose operations name no model.
        #[allow(unused_imports)]
        use super::{models, #page_stream ResponseFuture};
    };
    let struct_doc = format!(
        " The operations tagged `{}`: `client.{}()`.",
        tag.name,
        tag.module.trim_start_matches("r#")
    );
    let methods = tag.plans.iter().map(|p| render_methods(cx, tag, p));
    let mut items = vec![
        quote! {
            #[doc = #struct_doc]
            #[derive(Clone, Copy, Debug)]
            pub struct #api_struct<'a> {
                pub(super) client: &'a super::Client,
            }
        },
        quote! {
            impl #api_struct<'_> {
                #(#methods)*
            }
        },
    ];
    for p in &tag.plans {
        if let Some(name) = &p.params_struct {
            items.push(render_params_struct(cx, tag, p, name));
        }
        if let (Some(name), Body::Multipart(id)) = (&p.form_struct, &p.body) {
            items.push(render_form_struct(cx, tag, p, name, *id));
        }
    }
    format_items(header, items).map(|text| space_members(&text))
}

/// Doc lines of an operation's main method.
fn method_doc(cx: &Cx<'_>, p: &Plan<'_>) -> TokenStream {
    let op = p.op;
    let text = super::rust::operation_text(op);
    let mut doc = doc_attrs(Some(&text));
    let mut lines = vec![format!(
        "`{} {}` (`{}`).",
        op.method.as_str(),
        op.path,
        op.id
    )];
    lines.extend(cx.api.presence_note(&op.versions));
    if op.security.iter().any(Vec::is_empty) {
        lines.push("Allows anonymous access.".to_string());
    }
    if !p.args.is_empty() {
        lines.push(String::new());
        for arg in &p.args {
            let description = arg
                .param
                .description
                .as_deref()
                .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            let dash = if description.is_empty() { "" } else { ": " };
            lines.push(format!(
                "- `{}`{dash}{description}",
                arg.ident.trim_start_matches("r#")
            ));
        }
    }
    if let Some(name) = &p.params_struct {
        lines.push(String::new());
        lines.push(format!("Optional parameters: [`{name}`]."));
    }
    if p.kind == Kind::Text {
        lines.push(String::new());
        lines.push(format!(
            "The body is returned as text (`{}`).",
            p.accept.unwrap_or("application/json")
        ));
    }
    if !text.is_empty() {
        doc.extend(quote!(#[doc = ""]));
    }
    for line in lines {
        let line = if line.is_empty() {
            line
        } else {
            format!(" {line}")
        };
        doc.extend(quote!(#[doc = #line]));
    }
    doc
}

fn render_methods(cx: &Cx<'_>, tag: &Tag<'_>, p: &Plan<'_>) -> TokenStream {
    let op = p.op;
    let method = ident(&p.method);
    let api_struct = &tag.api_struct;

    // Signature pieces shared by every method of the operation.
    let mut params = Vec::new();
    let mut pass = Vec::new();
    for arg in &p.args {
        let name = ident(&arg.ident);
        let (ty, _) = cx.arg_type(&arg.param.ty);
        params.push(quote!(#name: #ty));
        pass.push(quote!(#name));
    }
    match &p.body {
        Body::None => {}
        Body::Json { ty, optional } => {
            let ty = match ty {
                Some(ty) => cx.borrowed(ty),
                None => quote!(&::serde_json::Value),
            };
            let ty = if *optional { quote!(Option<#ty>) } else { ty };
            params.push(quote!(body: #ty));
            pass.push(quote!(body));
        }
        Body::Multipart(_) => {
            let form = ident(p.form_struct.as_deref().expect("form struct named"));
            params.push(quote!(form: #form));
            pass.push(quote!(form));
        }
        Body::Form(ty) => {
            let ty = cx.borrowed(ty);
            params.push(quote!(body: #ty));
            pass.push(quote!(body));
        }
        Body::Raw(_) => {
            params.push(quote!(body: rt::Bytes));
            pass.push(quote!(body));
        }
    }
    if let Some(name) = &p.params_struct {
        let name = ident(name);
        params.push(quote!(params: &#name));
        pass.push(quote!(params));
    }
    let too_many = (params.len() + 1 > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let deprecated = match cx.api.presence_note(&op.versions) {
        Some(note) if cx.api.removed(&op.versions) => Some(quote!(#[deprecated(note = #note)])),
        _ => op.deprecated.then(|| quote!(#[deprecated])),
    };
    // Reading a deprecated parameter field to send it.
    let reads_deprecated = p
        .optional
        .iter()
        .any(|(param, _)| param.deprecated)
        .then(|| quote!(#[allow(deprecated)]));

    // The request.
    let build = build_request(cx, p);
    let primary_doc = method_doc(cx, p);
    let result = cx.kind_type(&p.kind);
    let send = send_call(&p.kind);
    let accept = p.accept.map(|a| quote!(request.accept(#a);));

    let operation = build.operation;
    let Some(builder) = &p.builder else {
        let body = if build.statements.is_empty() && accept.is_none() {
            let start = build.start;
            quote!(#operation #start.#send)
        } else {
            let start = build.start;
            let statements = build.statements;
            quote! {
                #operation
                let mut request = #start;
                #(#statements)*
                #accept
                request.#send
            }
        };
        return quote! {
            #primary_doc
            #deprecated
            #too_many
            #reads_deprecated
            pub fn #method(&self, #(#params),*) -> ResponseFuture<#result> {
                #body
            }
        };
    };

    let builder = ident(builder);
    let start = build.start;
    let statements = build.statements;
    let builder_body = if statements.is_empty() {
        quote!(#operation #start)
    } else {
        quote! {
            #operation
            let mut request = #start;
            #(#statements)*
            request
        }
    };
    let main_body = match &accept {
        None => quote!(self.#builder(#(#pass),*).#send),
        Some(accept) => quote! {
            let mut request = self.#builder(#(#pass),*);
            #accept
            request.#send
        },
    };
    let mut out = quote! {
        #too_many
        #reads_deprecated
        fn #builder(&self, #(#params),*) -> rt::Request {
            #builder_body
        }

        #primary_doc
        #deprecated
        #too_many
        pub fn #method(&self, #(#params),*) -> ResponseFuture<#result> {
            #main_body
        }
    };
    let primary_name = p.method.trim_start_matches("r#");
    for (name, media_type, kind) in &p.variants {
        let name = ident(name);
        let result = cx.kind_type(kind);
        let send = send_call(kind);
        let what = if *kind == Kind::Bytes {
            "bytes"
        } else {
            "text"
        };
        let doc =
            format!(" [`{api_struct}::{primary_name}`], with the body as `{media_type}` {what}.");
        out.extend(quote! {
            #[doc = #doc]
            #deprecated
            #too_many
            pub fn #name(&self, #(#params),*) -> ResponseFuture<#result> {
                let mut request = self.#builder(#(#pass),*);
                request.accept(#media_type);
                request.#send
            }
        });
    }
    if let Some((name, item)) = &p.stream {
        let name = ident(name);
        let item = cx.ty(item);
        let doc = format!(
            " Every item of [`{api_struct}::{primary_name}`], page after page, as a stream."
        );
        out.extend(quote! {
            #[doc = #doc]
            #[doc = ""]
            #[doc = " Filters, ordering and `page_size` are sent with every page; a `page` set in"]
            #[doc = " `params` is the first page fetched. The first error ends the stream."]
            #deprecated
            #too_many
            pub fn #name(&self, #(#params),*) -> PageStream<#item> {
                self.#builder(#(#pass),*).paginate()
            }
        });
    }
    out
}

struct Build {
    /// The `static OPERATION` descriptor.
    operation: TokenStream,
    start: TokenStream,
    statements: Vec<TokenStream>,
}

fn build_request(cx: &Cx<'_>, p: &Plan<'_>) -> Build {
    let op = p.op;
    let id = &op.id;
    let path = &op.path;
    let method = ident(match op.method {
        Method::Get => "Get",
        Method::Put => "Put",
        Method::Post => "Post",
        Method::Delete => "Delete",
        Method::Options => "Options",
        Method::Head => "Head",
        Method::Patch => "Patch",
        Method::Trace => "Trace",
    });
    // The most common sets are the defaults of `rt::operation!`.
    let security = (cx.security_set(op) != 0).then(|| {
        let name = ident(&cx.security_sets[cx.security_set(op)].1);
        quote!(security(#name))
    });
    let errors = (cx.error_set(op) != 0).then(|| {
        let name = ident(&cx.error_sets[cx.error_set(op)].1);
        quote!(errors(#name))
    });
    let start = quote! {
        self.client.request(&OPERATION)
    };
    let operation = quote! {
        rt::operation!(#method #path #id #security #errors);
    };
    let mut statements = Vec::new();
    let param_call = |param: &Parameter, value: TokenStream| -> Option<TokenStream> {
        let name = &param.name;
        Some(match param.location {
            ParamLocation::Path => quote!(request.path(#name, #value);),
            ParamLocation::Header => quote!(request.header(#name, #value);),
            ParamLocation::Cookie => return None,
            ParamLocation::Query => match query_style(param) {
                QueryStyle::Joined(separator) => {
                    quote!(request.query_joined(#name, #value, #separator);)
                }
                QueryStyle::Deep => quote!(request.query_deep(#name, #value);),
                QueryStyle::Form => quote!(request.query(#name, #value);),
            },
        })
    };
    for arg in &p.args {
        let name = ident(&arg.ident);
        let (_, by_value) = cx.arg_type(&arg.param.ty);
        let value = if by_value {
            quote!(&#name)
        } else {
            quote!(#name)
        };
        statements.extend(param_call(arg.param, value));
    }
    if !p.optional.is_empty() {
        statements.push(quote!(request.params(params);));
    }
    match &p.body {
        Body::None => {}
        Body::Json {
            optional: false, ..
        } => statements.push(quote!(request.json(body);)),
        Body::Json { optional: true, .. } => statements.push(quote! {
            if let Some(body) = body {
                request.json(body);
            }
        }),
        Body::Form(_) => statements.push(quote!(request.form_body(body);)),
        Body::Raw(media_type) => statements.push(quote!(request.raw_body(body, #media_type);)),
        Body::Multipart(id) => {
            let TypeKind::Struct(s) = &cx.api.get(*id).kind else {
                unreachable!("multipart bodies are structs")
            };
            let idents = naming::field_idents(s.fields.iter().map(|f| f.name.as_str()));
            let mut parts = Vec::new();
            for (field, field_ident) in s.fields.iter().zip(&idents) {
                let name = &field.name;
                let f = ident(field_ident);
                parts.push(match (field.ty == TypeRef::Binary, is_required(field)) {
                    (true, true) => quote!(parts.file(#name, form.#f);),
                    (true, false) => quote!(parts.file_opt(#name, form.#f);),
                    (false, _) => quote!(parts.text(#name, &form.#f);),
                });
            }
            statements.push(quote! {
                let mut parts = rt::Multipart::new();
                #(#parts)*
                request.multipart(parts);
            });
        }
    }
    Build {
        operation,
        start,
        statements,
    }
}

/// A form field that must be given.
fn is_required(field: &crate::ir::Field) -> bool {
    field.required && !field.nullable
}

fn render_params_struct(cx: &Cx<'_>, tag: &Tag<'_>, p: &Plan<'_>, name: &str) -> TokenStream {
    let name = ident(name);
    let doc = format!(
        " Optional parameters of [`{}::{}`] (`{}`).",
        tag.api_struct,
        p.method.trim_start_matches("r#"),
        p.op.id
    );
    let fields = p.optional.iter().map(|(param, field)| {
        let field = ident(field);
        let ty = cx.ty(&param.ty);
        let doc = doc_attrs(param.description.as_deref());
        let wire = &param.name;
        let how = match param.location {
            ParamLocation::Header => quote!(header),
            ParamLocation::Query | ParamLocation::Path | ParamLocation::Cookie => {
                match query_style(param) {
                    QueryStyle::Joined(separator) => quote!(joined(#separator)),
                    QueryStyle::Deep => quote!(deep),
                    QueryStyle::Form => quote!(query),
                }
            }
        };
        let deprecated = param.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #doc
            #deprecated
            pub #field: Option<#ty> => #how #wire,
        }
    });
    let allow_deprecated = p
        .optional
        .iter()
        .any(|(param, _)| param.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    quote! {
        rt::params! {
            #[doc = #doc]
            #[derive(Clone, Debug, Default, PartialEq)]
            #allow_deprecated
            pub struct #name {
                #(#fields)*
            }
        }
    }
}

/// How a query parameter is written.
enum QueryStyle {
    /// `name=value`, an array's items repeating the key.
    Form,
    /// An array as one value (`explode: false`), items joined by `,` for
    /// style `form`, ` ` for `spaceDelimited`, `|` for `pipeDelimited`.
    Joined(&'static str),
    /// Style `deepObject`: `name[key]=value`.
    Deep,
}

fn query_style(param: &Parameter) -> QueryStyle {
    let array = matches!(&param.ty, TypeRef::Array(_))
        || matches!(&param.ty, TypeRef::Nullable(inner) if matches!(**inner, TypeRef::Array(_)));
    match param.style {
        ParamStyle::DeepObject => QueryStyle::Deep,
        ParamStyle::SpaceDelimited if array && !param.explode => QueryStyle::Joined(" "),
        ParamStyle::PipeDelimited if array && !param.explode => QueryStyle::Joined("|"),
        _ if array && !param.explode => QueryStyle::Joined(","),
        _ => QueryStyle::Form,
    }
}

fn render_form_struct(
    cx: &Cx<'_>,
    tag: &Tag<'_>,
    p: &Plan<'_>,
    name: &str,
    id: TypeId,
) -> TokenStream {
    let name = ident(name);
    let def = cx.api.get(id);
    let TypeKind::Struct(s) = &def.kind else {
        unreachable!("multipart bodies are structs")
    };
    let doc = format!(
        " The `multipart/form-data` body of [`{}::{}`] (schema `{}`).",
        tag.api_struct,
        p.method.trim_start_matches("r#"),
        def.origin.schema_name()
    );
    let idents = naming::field_idents(s.fields.iter().map(|f| f.name.as_str()));
    let fields = s.fields.iter().zip(&idents).map(|(field, field_ident)| {
        let f = ident(field_ident);
        let ty = if field.ty == TypeRef::Binary {
            quote!(rt::FilePart)
        } else {
            cx.ty(&field.ty)
        };
        let ty = if is_required(field) {
            ty
        } else {
            quote!(Option<#ty>)
        };
        let doc = doc_attrs(field.description.as_deref());
        quote! {
            #doc
            pub #f: #ty,
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub struct #name {
            #(#fields)*
        }
    }
}

fn render_mod(cx: &Cx<'_>, tags: &[Tag<'_>], crate_ident: &str) -> Result<String, String> {
    let api = cx.api;
    let mod_models = ModelsPath::new(quote!(super::models));
    let error_ty = |ty: &Option<TypeRef>| match ty {
        Some(ty) => type_tokens_in(ty, cx.names, &mod_models),
        None => quote!(::serde_json::Value),
    };
    let validation = error_ty(&cx.validation);
    let forbidden = error_ty(&cx.forbidden);

    let title = &api.info.title;
    let version = &api.info.version;
    let server_path = server_path(api);
    let schemes = api.security_schemes.iter().filter_map(|(name, scheme)| {
        let scheme = match scheme {
            SecurityScheme::ApiKey { name, location } => match location {
                ParamLocation::Header => {
                    let prefix = if name.eq_ignore_ascii_case("authorization") {
                        "Bearer "
                    } else {
                        ""
                    };
                    quote!(super::runtime::client::Scheme::Header { name: #name, prefix: #prefix })
                }
                ParamLocation::Query => quote!(super::runtime::client::Scheme::Query { name: #name }),
                ParamLocation::Cookie => quote!(super::runtime::client::Scheme::Cookie { name: #name }),
                ParamLocation::Path => return None,
            },
            SecurityScheme::Http { scheme } => {
                let mut chars = scheme.chars();
                let prefix = match chars.next() {
                    Some(first) => format!("{}{} ", first.to_ascii_uppercase(), chars.as_str()),
                    None => String::new(),
                };
                quote!(super::runtime::client::Scheme::Header { name: "Authorization", prefix: #prefix })
            }
            SecurityScheme::Other { .. } => {
                quote!(super::runtime::client::Scheme::Header {
                    name: "Authorization",
                    prefix: "Bearer "
                })
            }
        };
        Some(quote!((#name, #scheme)))
    });
    let default_scheme = default_scheme(api);

    let modules = tags.iter().map(|t| {
        let m = ident(&t.module);
        let cfg = (cx.tag_cfg)(t.name);
        quote!(#cfg pub mod #m;)
    });
    // With some tags compiled out, some shared constants may be unused.
    let gated = tags.iter().any(|t| !(cx.tag_cfg)(t.name).is_empty());
    let allow_unused = gated.then(|| quote!(#[allow(dead_code)]));
    let accessors = tags.iter().map(|t| {
        let m = ident(&t.module);
        let s = ident(&t.api_struct);
        let doc = format!(" Operations tagged `{}` ({}).", t.name, t.plans.len());
        let cfg = (cx.tag_cfg)(t.name);
        quote! {
            #[doc = #doc]
            #cfg
            pub fn #m(&self) -> #m::#s<'_> {
                #m::#s { client: self }
            }
        }
    });

    let security_consts = cx.security_sets.iter().map(|(set, name)| {
        let name = ident(name);
        let alternatives = set.iter().map(|alt| quote!(&[#(#alt),*]));
        quote!(#allow_unused const #name: &[&[&str]] = &[#(#alternatives),*];)
    });
    let error_consts = cx.error_sets.iter().map(|(set, name)| {
        let name = ident(name);
        let entries = set.iter().map(|(code, documented)| {
            let code = Literal::u16_unsuffixed(*code);
            let documented = match documented {
                Documented::Validation => quote!(Validation),
                Documented::Forbidden => quote!(Forbidden),
                Documented::NotFound => quote!(NotFound),
                Documented::MethodNotAllowed => quote!(MethodNotAllowed),
                Documented::Other(description) => quote!(Other(#description)),
            };
            quote!((#code, Documented::#documented))
        });
        quote!(#allow_unused const #name: &[(u16, Documented)] = &[#(#entries),*];)
    });
    let default_security = cx.security_sets.first().map(|(_, name)| {
        let name = ident(name);
        quote!(#allow_unused const DEFAULT_SECURITY: &[&[&str]] = #name;)
    });
    let default_errors = cx.error_sets.first().map(|(_, name)| {
        let name = ident(name);
        quote!(#allow_unused const DEFAULT_ERRORS: &[(u16, Documented)] = #name;)
    });
    let documented_import = (!cx.error_sets.is_empty()).then(|| {
        quote!(
            use super::runtime::client::Documented;
        )
    });
    let dispatch = render_dispatch(cx, tags);
    let probe = api.version_probe.as_ref().map(|probe| {
        let (id, path, field) = (&probe.operation, &probe.path, &probe.field);
        let method = ident(&heck::ToUpperCamelCase::to_upper_camel_case(probe.method.as_str()));
        let alternatives = probe.security.iter().map(|alt| quote!(&[#(#alt),*]));
        let errors = api
            .operations
            .iter()
            .find(|op| op.id == *id)
            .map(|op| {
                let name = ident(&cx.error_sets[cx.error_set(op)].1);
                quote!(#name)
            })
            .unwrap_or_else(|| quote!(&[]));
        let doc = format!(
            " Ask the server which version it runs (`{} {path}`, field `{field}`), and write request bodies in that version's form from now on (for example `redirect_uris` as a string for authentik before 2024.12), in this client and its clones.",
            probe.method.as_str()
        );
        quote! {
            static VERSION_PROBE: super::runtime::client::VersionProbe = super::runtime::client::VersionProbe {
                operation: &super::runtime::client::Operation {
                    id: #id,
                    method: super::runtime::client::Method::#method,
                    path: #path,
                    security: &[#(#alternatives),*],
                    errors: #errors,
                },
                field: #field,
            };

            impl Client {
                #[doc = #doc]
                pub async fn detect_server_version(&self) -> Result<String, Error> {
                    self.probe_version(&VERSION_PROBE).await
                }
            }
        }
    });
    let example: Vec<String> = doc_example(tags, crate_ident)
        .into_iter()
        .map(|line| {
            if line.is_empty() {
                line
            } else {
                format!(" {line}")
            }
        })
        .collect();
    let doc_title = format!(" Async client for the {title} API, schema version {version}.");
    let header = quote! {
        #![doc = #doc_title]
        //!
        //! One method per operation, grouped by tag: `client.core().users_list(&params)`.
        //! Path parameters and required parameters are arguments, the optional
        //! ones a `*Params` struct with `Default`, bodies `&T` (uploads a `*Form`
        //! struct with `FilePart`s). Every method returns a future that owns
        //! what it needs (it can be spawned) and resolves to the 2xx body, or an
        //! [`Error`]: `Validation` (400), `Forbidden` (403), `NotFound` (404) and
        //! `MethodNotAllowed` (405) with their typed bodies, `Status` for other
        //! documented statuses, `UnexpectedStatus`, `Decode` (with the serde path
        //! of the failing field), `Transport` and `Request`. Paginated lists also
        //! have a `*_stream` method that walks every page.
        //!
        //! Responses are decoded leniently: a required field the server left
        //! out, or `null` where the schema allows none, gets a zero value, and
        //! each such correction is reported (`ClientBuilder::on_correction`, and
        //! a `tracing` event); `ClientBuilder::strict(true)` fails instead.
        #(#![doc = #example])*

        // The tag modules reach the models and the runtime through these, as `super::models`
        // and `super::runtime`, the same relative paths the models use.
        #[allow(unused_imports)]
        use super::{models, runtime};

        pub use super::runtime::client::{
            reqwest, ApiError, BuildError, Bytes, Client, ClientBuilder, Correction,
            CorrectionKind, Corrections, DecodeError, FilePart, RequestError, StatusError,
            TransportError, DEFAULT_TIMEOUT,
        };
        #documented_import
    };
    let items = vec![
        quote! {
            /// The error of every operation: the runtime's error with this API's
            /// validation (`400`) and generic (`403`, `404`, `405`) error bodies.
            pub type Error = super::runtime::client::Error<#validation, #forbidden>;
        },
        quote! {
            /// The future an operation method returns; resolves to the 2xx body.
            pub type ResponseFuture<T> = super::runtime::client::ResponseFuture<T, #validation, #forbidden>;
        },
        quote! {
            /// The items of every page of a paginated list.
            pub type PageStream<T> = super::runtime::client::PageStream<T, #validation, #forbidden>;
        },
        quote! {
            static API: super::runtime::client::ApiInfo = super::runtime::client::ApiInfo {
                title: #title,
                version: #version,
                server_path: #server_path,
                schemes: &[#(#schemes),*],
                default_scheme: #default_scheme,
            };
        },
        quote! {
            // Security alternatives and documented error statuses, shared by the operations.
            #(#security_consts)*
            #(#error_consts)*
            #default_security
            #default_errors
        },
        quote! {
            #(#modules)*
        },
        quote! {
            impl Client {
                /// Configure a client for the server at `base_url`
                /// (`https://authentik.example.com`; the API's server path is
                /// appended unless the URL already ends with it).
                pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
                    ClientBuilder::new(&API, base_url)
                }

                /// A client for the server at `base_url` with an API token and
                /// the defaults otherwise.
                pub fn new(base_url: impl Into<String>, token: impl Into<String>) -> Result<Client, BuildError> {
                    Self::builder(base_url).token(token).build()
                }

                #(#accessors)*
            }
        },
        quote!(#probe),
        dispatch,
    ];
    format_items(header, items).map(|text| space_members(&text))
}

/// The path of the first server (`/api/v3`), also when it is a full URL.
pub(super) fn server_path(api: &Api) -> String {
    let Some(server) = api.servers.first() else {
        return String::new();
    };
    let path = match server.split_once("://") {
        Some((_, rest)) => rest.find('/').map(|i| &rest[i..]).unwrap_or(""),
        None => server.as_str(),
    };
    let path = path.trim_end_matches('/');
    if path.is_empty() || path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

/// The scheme most operations accept (the first by name among equals).
fn default_scheme(api: &Api) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for op in &api.operations {
        for alt in &op.security {
            for scheme in alt {
                *counts.entry(scheme.as_str()).or_default() += 1;
            }
        }
    }
    let best = counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| **n)
        .map(|(s, _)| s.to_string());
    best.or_else(|| api.security_schemes.keys().next().cloned())
        .unwrap_or_default()
}

/// The module's usage example, built around one of the API's own operations.
fn doc_example(tags: &[Tag<'_>], crate_ident: &str) -> Vec<String> {
    // An argument-free GET: `core_users_list` if there is one, else a paginated list, else any.
    let candidates = tags.iter().flat_map(|tag| {
        tag.plans
            .iter()
            .filter(|p| p.args.is_empty() && matches!(p.body, Body::None))
            .filter(|p| p.op.method == Method::Get)
            .map(move |p| (tag, p))
    });
    let best = candidates.min_by_key(|(_, p)| (p.op.id != "core_users_list", p.stream.is_none()));
    let mut lines = vec![
        String::new(),
        "```no_run".to_string(),
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_string(),
        format!("use {crate_ident}::client::{{Client, Error}};"),
        String::new(),
        "let client = Client::builder(\"https://authentik.example.com\")".to_string(),
        "    .token(std::env::var(\"AUTHENTIK_TOKEN\")?)".to_string(),
        "    .build()?;".to_string(),
    ];
    match best {
        Some((tag, p)) => {
            let module = tag.module.trim_start_matches("r#");
            let method = p.method.trim_start_matches("r#");
            match &p.params_struct {
                Some(s) => {
                    lines.push(format!(
                        "let params = {crate_ident}::client::{module}::{s}::default();"
                    ));
                    lines.push(format!(
                        "let result = client.{module}().{method}(&params).await;"
                    ));
                }
                None => lines.push(format!("let result = client.{module}().{method}().await;")),
            }
        }
        None => lines.push("let result: Result<(), Error> = Ok(());".to_string()),
    }
    lines.extend(
        [
            "match result {",
            "    Ok(body) => println!(\"{body:?}\"),",
            "    Err(Error::Forbidden(e)) => eprintln!(\"forbidden: {:?}\", e.body),",
            "    Err(e) => return Err(e.into()),",
            "}",
            "# Ok(()) }",
            "```",
        ]
        .map(String::from),
    );
    lines
}

/// `__call_by_operation_id`, behind the `test-dispatch` feature: every GET
/// operation that needs no argument, called with default parameters, its
/// body returned as JSON. Lets a test call them all from the operation ids.
fn render_dispatch(cx: &Cx<'_>, tags: &[Tag<'_>]) -> TokenStream {
    let mut arms = Vec::new();
    let mut ids = Vec::new();
    for tag in tags {
        let module = ident(&tag.module);
        for p in &tag.plans {
            if p.op.method != Method::Get || !p.args.is_empty() || !matches!(p.body, Body::None) {
                continue;
            }
            let method = ident(&p.method);
            let id = &p.op.id;
            let call = match &p.params_struct {
                Some(_) => quote!(client.#module().#method(&Default::default()).await),
                None => quote!(client.#module().#method().await),
            };
            let call = if p.kind == Kind::Bytes {
                quote!(#call.map(|bytes| bytes.to_vec()))
            } else {
                call
            };
            let cfg = (cx.tag_cfg)(tag.name);
            arms.push(quote!(#cfg #id => to_json(#call),));
            ids.push(quote!(#cfg #id));
        }
    }
    let any_arms: Vec<TokenStream> = tags
        .iter()
        .flat_map(|tag| tag.plans.iter().map(move |p| (tag, p)))
        .filter_map(|(tag, p)| any_call_arm(cx, tag, p))
        .collect();
    let body = if arms.is_empty() {
        quote! {
            let _ = (client, operation_id);
            None
        }
    } else {
        quote! {
            fn to_json<T: ::serde::Serialize>(result: Result<T, Error>) -> Result<::serde_json::Value, Error> {
                result.map(|body| ::serde_json::to_value(body).expect("a decoded body serialises"))
            }
            Some(match operation_id {
                #(#arms)*
                _ => return None,
            })
        }
    };
    quote! {
        /// Call a GET operation that takes no argument by its operation id,
        /// with default parameters; the body comes back as JSON. `None`: no
        /// such operation. For tests (feature `test-dispatch`).
        #[cfg(feature = "test-dispatch")]
        #[doc(hidden)]
        #[allow(deprecated)]
        pub async fn __call_by_operation_id(
            client: &Client,
            operation_id: &str,
        ) -> Option<Result<::serde_json::Value, Error>> {
            #body
        }

        /// The operation ids `__call_by_operation_id` knows.
        #[cfg(feature = "test-dispatch")]
        #[doc(hidden)]
        pub const __DISPATCH_OPERATIONS: &[&str] = &[#(#ids),*];

        /// Call any operation with a JSON body (none: multipart and raw
        /// bodies) by its operation id: path parameters parsed from `path`
        /// in path order, the body from `body`, every other argument its zero
        /// value and optional parameters unset; the 2xx body comes back as
        /// JSON. `None`: no such operation. For tests that rewrite the
        /// request (`ClientBuilder::on_request`), e.g. to replay a recorded
        /// one (feature `test-dispatch`).
        #[cfg(feature = "test-dispatch")]
        #[doc(hidden)]
        pub async fn __call_operation(
            client: &Client,
            operation_id: &str,
            path: &[&str],
            body: Option<&::serde_json::Value>,
        ) -> Option<Result<::serde_json::Value, Error>> {
            type Call = ::std::pin::Pin<
                Box<dyn ::std::future::Future<Output = Result<::serde_json::Value, Error>> + Send>,
            >;
            /// The operation's future, boxed: the arms' arguments stay in
            /// this function's frame (a debug build gives each arm its own
            /// stack slots; one `async fn` with every arm overflowed).
            #[allow(deprecated, unused_variables, clippy::unit_arg, clippy::match_single_binding)]
            fn start(
                client: &Client,
                operation_id: &str,
                path: &[&str],
                body: Option<&::serde_json::Value>,
            ) -> Result<Option<Call>, Error> {
                #[allow(unused_imports)]
                use super::runtime::client::dispatch;
                // Either helper can be unused: no operation of the API (or
                // of the enabled tags) returns raw bytes, or all of them do.
                #[allow(dead_code)]
                fn boxed<T: ::serde::Serialize + 'static>(future: ResponseFuture<T>) -> Result<Option<Call>, Error> {
                    Ok(Some(Box::pin(async move {
                        Ok(::serde_json::to_value(future.await?).unwrap_or_default())
                    })))
                }
                #[allow(dead_code)]
                fn bytes(future: ResponseFuture<super::runtime::client::Bytes>) -> Result<Option<Call>, Error> {
                    Ok(Some(Box::pin(async move {
                        Ok(::serde_json::to_value(future.await?.to_vec()).unwrap_or_default())
                    })))
                }
                match operation_id {
                    #(#any_arms)*
                    _ => Ok(None),
                }
            }
            match start(client, operation_id, path, body) {
                Ok(Some(call)) => Some(call.await),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            }
        }
    }
}

/// The `__call_operation` arm of one operation (`None` for multipart and
/// raw bodies).
fn any_call_arm(cx: &Cx<'_>, tag: &Tag<'_>, p: &Plan<'_>) -> Option<TokenStream> {
    let id = &p.op.id;
    let module = ident(&tag.module);
    let method = ident(&p.method);
    let mut pass = Vec::new();
    let mut path_index = 0usize;
    for arg in &p.args {
        let (_, by_value) = cx.arg_type(&arg.param.ty);
        // The argument's own type where inference cannot find it (`&str`, `&[T]`).
        let owned = match &arg.param.ty {
            TypeRef::String | TypeRef::Binary => Some(quote!(::<String>)),
            TypeRef::Array(_) => Some(quote!(::<Vec<_>>)),
            _ => None,
        };
        let from_path = arg.param.location == ParamLocation::Path;
        let value = if from_path && !matches!(arg.param.ty, TypeRef::Array(_)) {
            let index = Literal::usize_unsuffixed(path_index);
            quote!(dispatch::path #owned (#id, path, #index)?)
        } else {
            quote!(dispatch::zero #owned (#id)?)
        };
        path_index += usize::from(from_path);
        pass.push(if by_value { value } else { quote!(&#value) });
    }
    match &p.body {
        Body::None => {}
        Body::Form(_) => pass.push(quote!(&dispatch::body(#id, body)?)),
        Body::Json { optional, ty } => {
            // The owned type where the method borrows an unsized one.
            let owned = match ty {
                Some(TypeRef::String | TypeRef::Binary) => Some(quote!(::<String>)),
                Some(TypeRef::Array(_)) => Some(quote!(::<Vec<_>>)),
                _ => None,
            };
            let value = quote!(&dispatch::body #owned (#id, body)?);
            pass.push(if *optional {
                quote!(Some(#value))
            } else {
                value
            });
        }
        Body::Multipart(_) | Body::Raw(_) => return None,
    }
    if p.params_struct.is_some() {
        pass.push(quote!(&Default::default()));
    }
    let wrap = if p.kind == Kind::Bytes {
        quote!(bytes)
    } else {
        quote!(boxed)
    };
    let cfg = (cx.tag_cfg)(tag.name);
    Some(quote!(#cfg #id => #wrap(client.#module().#method(#(#pass),*)),))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_type_suffixes() {
        assert_eq!(media_suffix("application/xml"), "xml");
        assert_eq!(media_suffix("application/vnd.oai.openapi"), "oai_openapi");
        assert_eq!(
            media_suffix("application/vnd.oai.openapi+json"),
            "oai_openapi_json"
        );
        assert_eq!(media_suffix("text/plain; charset=utf-8"), "plain");
        assert_eq!(media_suffix("*/*"), "raw");
    }

    #[test]
    fn json_media_types() {
        assert!(is_json("application/json"));
        assert!(is_json("application/problem+json; charset=utf-8"));
        assert!(!is_json("application/xml"));
        assert!(!is_json("application/jsonl"));
    }

    #[test]
    fn server_paths() {
        let api = |server: &str| Api {
            servers: vec![server.to_string()],
            ..Api::default()
        };
        assert_eq!(server_path(&api("/api/v3/")), "/api/v3");
        assert_eq!(server_path(&api("https://a.example/api/v3")), "/api/v3");
        assert_eq!(server_path(&api("https://a.example")), "");
        assert_eq!(server_path(&api("api")), "/api");
        assert_eq!(server_path(&Api::default()), "");
    }

    #[test]
    fn shared_constant_names() {
        assert_eq!(shouty("authentik_device_auth"), "AUTHENTIK_DEVICE_AUTH");
        assert_eq!(shouty("bearer-auth"), "BEARER_AUTH");
        assert_eq!(
            numbered(vec!["A".into(), "B".into(), "A".into(), "A".into()]),
            ["A", "B", "A_2", "A_3"]
        );
    }
}

#[cfg(test)]
mod tag_cfg_tests {
    #[test]
    fn tag_code_can_be_gated() {
        let spec = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../specs/fixtures/operations.yaml"
        );
        let api = crate::Config::new().spec(spec).load().unwrap();
        let names = crate::naming::Names::new(&api);
        let rendered = super::render_with(
            &api,
            &names,
            "fixture",
            &|tag| quote::quote!(#[cfg(feature = #tag)]),
        )
        .unwrap();
        let (_, module) = rendered
            .files
            .iter()
            .find(|(path, _)| path.ends_with("mod.rs"))
            .unwrap();
        assert!(
            module.contains("#[cfg(feature = \"widgets\")]\npub mod widgets;"),
            "{module}"
        );
        assert!(module.contains("#[allow(dead_code)]"), "{module}");
        assert!(
            module.contains("#[cfg(feature = \"root\")]\n    \"root_config_retrieve\""),
            "{module}"
        );
    }
}
