//! The server back-end: one trait per tag, one async method per operation,
//! served by axum (`src/server/`, behind the generated crate's `server`
//! feature).
//!
//! Output:
//!
//! - `mod.rs`: the runtime's server types re-exported, `api()` (the schema
//!   table below, parsed once), `Server::new()` with one registration
//!   method per tag (`.core(my_core)`) and `.all(service)`,
//!   `Dynamic::new(backend)`, and the response enums shared by operations
//!   documenting the same statuses (`Reply200_400_403<T>`);
//! - one module per tag (`core.rs`): the trait (`Core`) whose methods take
//!   the caller's `Auth`, the path parameters, a `*Query` struct of the
//!   other parameters and the body, return `rt::Result<*Response>` (an
//!   alias of a shared response enum) and default to `501`; `routes()` /
//!   `router()`; and the trait's implementation for `Dynamic<B>`;
//! - `api.json` ([`table`]): operations and types as data, which the
//!   runtime validates requests against.
//!
//! Per operation the generated code is the trait method, one `Route` entry
//! whose glue takes typed values out of the validated input, and one
//! forwarding method for `Dynamic`; parsing, validation, credentials,
//! limits and error bodies are runtime code, compiled once.

mod replies;
pub mod table;

use super::format::format_items;
use super::rust::{doc_attrs, ident, type_tokens_in, ModelsPath};
use crate::ir::{Api, Operation, ParamLocation, Parameter, TypeId, TypeKind, TypeRef};
use crate::naming::{self, Names};
use proc_macro2::TokenStream;
use quote::quote;
use replies::Replies;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The server's files (relative to the crate root) and what was degraded.
#[derive(Debug, Default)]
pub struct Rendered {
    pub files: Vec<(PathBuf, String)>,
    pub warnings: Vec<String>,
}

/// Methods `Server` has already (runtime and generated); tag methods avoid them.
pub(crate) const SERVER_METHODS: &[&str] = &[
    "all",
    "authenticate",
    "body_limit",
    "clone",
    "default",
    "drf_input",
    "into_router",
    "new",
    "routes",
    "with_api",
];

/// Names `server/mod.rs` has in scope; tag modules avoid them.
/// The module itself is one (`server::server` is clippy's `module_inception`).
pub(crate) const MOD_ITEMS: &[&str] = &[
    "api", "models", "runtime", "rt", "server", "table", "validate",
];

/// Names used in generated handler code; parameters avoid them.
const LOCALS: &[&str] = &[
    "auth", "body", "input", "query", "reply", "self_", "service",
];

enum Body {
    None,
    Json { ty: TypeRef, optional: bool },
    Form(TypeId),
    Text,
}

struct Plan<'a> {
    op: &'a Operation,
    method: String,
    /// Path parameters and their argument identifiers.
    path: Vec<(&'a Parameter, String)>,
    /// The other parameters (a `*Query` struct) and their field identifiers.
    query: Vec<(&'a Parameter, String)>,
    query_struct: String,
    response_alias: String,
    body: Body,
    /// Index into the shared response enums, and the success body type.
    reply: usize,
    success: Option<TypeRef>,
}

struct Tag<'a> {
    name: &'a str,
    module: String,
    trait_name: String,
    plans: Vec<Plan<'a>>,
}

struct Cx<'a> {
    api: &'a Api,
    names: &'a Names,
    models: ModelsPath,
    tag_cfg: &'a dyn Fn(&str) -> TokenStream,
    warnings: Vec<String>,
}

impl Cx<'_> {
    fn ty(&self, ty: &TypeRef) -> TokenStream {
        type_tokens_in(ty, self.names, &self.models)
    }
}

/// Render the server for `api`; the validation table (`api.json`) comes
/// from `table_api`, the newest schema version alone, so requests are
/// checked as the newest server checks them while the Rust types stay the
/// folded, lenient ones. `tag_cfg(tag)` is the `#[cfg]` of a tag's code,
/// `type_cfg(id)` that of a model (see `emit::features`).
pub fn render_with(
    api: &Api,
    table_api: &Api,
    names: &Names,
    tag_cfg: &dyn Fn(&str) -> TokenStream,
    type_cfg: &dyn Fn(TypeId) -> TokenStream,
) -> Result<Rendered, String> {
    let mut cx = Cx {
        api,
        names,
        models: ModelsPath::new(quote!(super::models)),
        tag_cfg,
        warnings: Vec::new(),
    };
    let mut replies = Replies::default();
    let tags = plan(&mut cx, &mut replies);
    let mut files = Vec::new();
    for tag in &tags {
        let stem = tag.module.trim_start_matches("r#");
        files.push((
            PathBuf::from(format!("src/server/{stem}.rs")),
            render_tag(&cx, &replies, tag)?,
        ));
    }
    let server_path = super::client::server_path(api);
    files.push((
        PathBuf::from("src/server/mod.rs"),
        render_mod(&cx, &replies, &tags, type_cfg)?,
    ));
    files.push((
        PathBuf::from("src/server/api.json"),
        table::render(table_api, &server_path),
    ));
    Ok(Rendered {
        files,
        warnings: cx.warnings,
    })
}

fn plan<'a>(cx: &mut Cx<'a>, replies: &mut Replies) -> Vec<Tag<'a>> {
    let api = cx.api;
    let mut by_tag: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    // The stubs serve the newest version: operations it removed stay out.
    for op in api
        .operations
        .iter()
        .filter(|op| !api.removed(&op.versions))
    {
        by_tag.entry(op.tag.as_str()).or_default().push(op);
    }
    let tag_names: Vec<String> = by_tag.keys().map(|t| naming::field_ident(t)).collect();
    let modules = naming::disambiguate(&tag_names, &[SERVER_METHODS, MOD_ITEMS].concat());
    by_tag
        .into_iter()
        .zip(modules)
        .map(|((tag, ops), module)| plan_tag(cx, replies, tag, ops, module))
        .collect()
}

fn plan_tag<'a>(
    cx: &mut Cx<'a>,
    replies: &mut Replies,
    tag: &'a str,
    ops: Vec<&'a Operation>,
    module: String,
) -> Tag<'a> {
    let prefix = format!("{tag}_");
    let wanted: Vec<String> = ops
        .iter()
        .map(|op| {
            let base = op
                .id
                .strip_prefix(&prefix)
                .filter(|rest| !rest.is_empty())
                .unwrap_or(&op.id);
            naming::field_ident(base)
        })
        .collect();
    let methods = naming::disambiguate(&wanted, &[]);
    let trait_name = naming::type_ident(tag);
    let mut types = vec![trait_name.clone()];
    for m in &methods {
        let base = naming::type_ident(m.trim_start_matches("r#"));
        types.push(format!("{base}Query"));
        types.push(format!("{base}Response"));
    }
    let types = naming::disambiguate(&types, &["Arc", "Future"]);
    let trait_name = types[0].clone();
    let plans = ops
        .into_iter()
        .zip(methods)
        .enumerate()
        .map(|(i, (op, method))| {
            let mut plan = plan_op(cx, replies, op, method);
            plan.query_struct = types[1 + 2 * i].clone();
            plan.response_alias = types[2 + 2 * i].clone();
            plan
        })
        .collect();
    Tag {
        name: tag,
        module,
        trait_name,
        plans,
    }
}

fn plan_op<'a>(
    cx: &mut Cx<'a>,
    replies: &mut Replies,
    op: &'a Operation,
    method: String,
) -> Plan<'a> {
    let api = cx.api;
    let mut path = Vec::new();
    let mut query = Vec::new();
    for param in &op.parameters {
        match param.location {
            ParamLocation::Path => path.push(param),
            ParamLocation::Query | ParamLocation::Header => query.push(param),
            ParamLocation::Cookie => cx.warnings.push(format!(
                "{}: cookie parameter {:?} is not read by the server",
                op.id, param.name
            )),
        }
    }
    let path_idents = naming::field_idents(path.iter().map(|p| p.name.as_str()));
    let path_idents = naming::disambiguate(&path_idents, LOCALS);
    let query_idents = naming::field_idents(query.iter().map(|p| p.name.as_str()));

    let body = match &op.request_body {
        None => Body::None,
        Some(body) => {
            let json = body
                .content
                .iter()
                .find(|c| super::client::is_json(&c.media_type));
            let form = body
                .content
                .iter()
                .find(|c| c.media_type == "multipart/form-data");
            match (json, form) {
                (Some(c), _) => Body::Json {
                    ty: c.ty.clone().unwrap_or(TypeRef::Json),
                    optional: !body.required,
                },
                (None, Some(c)) => match &c.ty {
                    Some(TypeRef::Named(id))
                        if matches!(api.get(*id).kind, TypeKind::Struct(_)) =>
                    {
                        Body::Form(*id)
                    }
                    _ => Body::Text,
                },
                (None, None) if body.content.is_empty() => Body::None,
                (None, None) => Body::Text,
            }
        }
    };
    let (reply, success) = replies.add(op, &mut cx.warnings);
    Plan {
        op,
        method,
        path: path.into_iter().zip(path_idents).collect(),
        query: query.into_iter().zip(query_idents).collect(),
        query_struct: String::new(),
        response_alias: String::new(),
        body,
        reply,
        success,
    }
}

fn op_doc(op: &Operation) -> TokenStream {
    let mut text = super::rust::operation_text(op);
    text.push_str(&format!(
        "`{} {}` (`{}`).",
        op.method.as_str(),
        op.path,
        op.id
    ));
    if op.security.iter().any(Vec::is_empty) {
        text.push_str(" Allows anonymous access.");
    }
    doc_attrs(Some(&text))
}

/// The method signature's parameters after `auth` (tokens), and the
/// forwarding of each into `rt::Args` (for `Dynamic`).
fn signature(cx: &Cx<'_>, p: &Plan<'_>) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let mut params = Vec::new();
    let mut forward = Vec::new();
    for (param, arg) in &p.path {
        let name = ident(arg);
        let ty = cx.ty(&param.ty);
        let wire = &param.name;
        params.push(quote!(#name: #ty));
        forward.push(quote!(.param(#wire, &#name)));
    }
    if !p.query.is_empty() {
        let q = ident(&p.query_struct);
        params.push(quote!(query: #q));
        forward.push(quote!(.params(&query)));
    }
    match &p.body {
        Body::None => {}
        Body::Json { ty, optional } => {
            let ty = cx.ty(ty);
            params.push(if *optional {
                quote!(body: Option<#ty>)
            } else {
                quote!(body: #ty)
            });
            forward.push(quote!(.body(&body)));
        }
        Body::Form(id) => {
            let ty = cx.ty(&TypeRef::Named(*id));
            params.push(quote!(body: rt::Form<#ty>));
            forward.push(quote!(.form(&body)));
        }
        Body::Text => {
            params.push(quote!(body: String));
            forward.push(quote!(.body(&body)));
        }
    }
    (params, forward)
}

fn render_tag(cx: &Cx<'_>, replies: &Replies, tag: &Tag<'_>) -> Result<String, String> {
    let trait_name = ident(&tag.trait_name);
    let module = tag.module.trim_start_matches("r#");
    let count = tag.plans.len();
    let header_doc = format!(
        " Server side of the operations tagged `{}` ({count}).",
        tag.name
    );
    let header = quote! {
        #![doc = #header_doc]
        use super::rt;
        use ::std::sync::Arc;
    };
    let trait_doc = format!(
        " The operations tagged `{}`. Every method defaults to `501 Not Implemented`:",
        tag.name
    );
    let trait_doc2 = format!(
        " implement those you serve, then `Server::new().{module}(service)` or [`router`]."
    );

    let mut methods = Vec::new();
    let mut routes = Vec::new();
    let mut forwards = Vec::new();
    let mut items = Vec::new();
    for p in &tag.plans {
        let method = ident(&p.method);
        let alias = ident(&p.response_alias);
        let id = &p.op.id;
        let doc = op_doc(p.op);
        let deprecated = p.op.deprecated.then(|| quote!(#[deprecated]));
        let (params, forward) = signature(cx, p);
        let output = quote!(impl ::std::future::Future<Output = rt::Result<#alias>> + Send);
        methods.push(quote! {
            #doc
            #deprecated
            fn #method(&self, auth: rt::Auth, #(#params),*) -> #output {
                rt::not_implemented()
            }
        });
        forwards.push(quote! {
            fn #method(&self, auth: rt::Auth, #(#params),*) -> #output {
                self.call(#id, auth, rt::Args::new() #(#forward)*)
            }
        });

        // Glue: typed values out of the validated input, in signature order.
        let mut lets = Vec::new();
        let mut args = Vec::new();
        for (param, arg) in &p.path {
            let name = ident(arg);
            let wire = &param.name;
            lets.push(quote!(let #name = input.path(#wire)?;));
            args.push(quote!(#name));
        }
        if !p.query.is_empty() {
            lets.push(quote!(let query = input.params()?;));
            args.push(quote!(query));
        }
        match &p.body {
            Body::None => {}
            Body::Json { optional: true, .. } => {
                lets.push(quote!(let body = input.json_opt()?;));
                args.push(quote!(body));
            }
            Body::Json { .. } | Body::Text => {
                lets.push(quote!(let body = input.json()?;));
                args.push(quote!(body));
            }
            Body::Form(_) => {
                lets.push(quote!(let body = input.form()?;));
                args.push(quote!(body));
            }
        }
        routes.push(quote! {
            rt::Route::new(#id, service, |service, mut input| {
                Box::pin(async move {
                    #(#lets)*
                    let reply = service.#method(input.auth() #(, #args)*).await?;
                    Ok(rt::IntoReply::into_reply(reply))
                })
            }),
        });

        let reply_ty = replies.type_tokens(p.reply, p.success.as_ref().map(|t| cx.ty(t)));
        let alias_doc = format!(
            " What [`{}::{}`] returns (`{}`).",
            tag.trait_name,
            p.method.trim_start_matches("r#"),
            p.op.id
        );
        items.push(quote! {
            #[doc = #alias_doc]
            pub type #alias = #reply_ty;
        });
        if !p.query.is_empty() {
            items.push(render_query(cx, tag, p));
        }
    }
    let router_doc = format!(
        " An `axum::Router` serving the `{}` operations with `service` (the other tags' routes are `404`).",
        tag.name
    );
    let mut all = vec![
        quote! {
            #[doc = #trait_doc]
            #[doc = #trait_doc2]
            #[allow(unused_variables)]
            pub trait #trait_name: Send + Sync + 'static {
                #(#methods)*
            }
        },
        quote! {
            /// The handlers of every operation of the tag, served by `service`.
            #[allow(deprecated)]
            pub fn routes<S: #trait_name>(service: &Arc<S>) -> Vec<rt::Route> {
                Vec::from([#(#routes)*])
            }
        },
        quote! {
            #[doc = #router_doc]
            pub fn router<S: #trait_name>(service: S) -> ::axum::Router {
                super::Server::new().routes(routes(&Arc::new(service))).into_router()
            }
        },
        quote! {
            /// Every operation forwarded, untyped, to the backend.
            impl<B: rt::Backend> #trait_name for rt::Dynamic<B> {
                #(#forwards)*
            }
        },
    ];
    all.extend(items);
    format_items(header, all)
}

fn render_query(cx: &Cx<'_>, tag: &Tag<'_>, p: &Plan<'_>) -> TokenStream {
    let name = ident(&p.query_struct);
    let doc = format!(
        " Query and header parameters of [`{}::{}`] (`{}`).",
        tag.trait_name,
        p.method.trim_start_matches("r#"),
        p.op.id
    );
    let all_optional = p.query.iter().all(|(param, _)| !param.required);
    let fields = p.query.iter().map(|(param, field)| {
        let f = ident(field);
        let ty = cx.ty(&param.ty);
        let wire = &param.name;
        let rename =
            (field.trim_start_matches("r#") != wire).then(|| quote!(#[serde(rename = #wire)]));
        let doc = doc_attrs(param.description.as_deref());
        let deprecated = param.deprecated.then(|| quote!(#[deprecated]));
        if param.required {
            quote! {
                #doc
                #deprecated
                #rename
                pub #f: #ty,
            }
        } else {
            quote! {
                #doc
                #deprecated
                #rename
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub #f: Option<#ty>,
            }
        }
    });
    let default = all_optional.then(|| quote!(Default,));
    let allow_deprecated = p
        .query
        .iter()
        .any(|(param, _)| param.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, #default PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #allow_deprecated
        pub struct #name {
            #(#fields)*
        }
    }
}

fn render_mod(
    cx: &Cx<'_>,
    replies: &Replies,
    tags: &[Tag<'_>],
    type_cfg: &dyn Fn(TypeId) -> TokenStream,
) -> Result<String, String> {
    let api = cx.api;
    let doc_title = format!(
        " Server stubs for the {} API, schema version {}.",
        api.info.title, api.info.version
    );
    let header = quote! {
        #![doc = #doc_title]
        //!
        //! One trait per tag with one async method per operation (`core::Core`),
        //! served by [`Server`] as an `axum::Router` under the API's server path.
        //! Requests are checked against the schema before a method is called:
        //! parameters and bodies of the wrong type, missing required fields,
        //! values outside their length, range or pattern, and unknown enum values
        //! get `400` in authentik's `ValidationError` shape; operations that need
        //! a credential get `403` without one; bodies over [`Server::body_limit`]
        //! get `413`; unknown routes `404`.
        //!
        //! ```ignore
        //! struct MyCore;
        //! impl server::core::Core for MyCore { /* the operations you serve */ }
        //! let app = server::Server::new().core(MyCore).into_router();
        //! ```
        //!
        //! [`Dynamic`] turns one untyped [`Backend`] into an implementation of
        //! every trait (the fake authentik is one).
        #[allow(unused_imports)]
        use super::{models, runtime};
        #[allow(unused_imports)]
        use super::runtime::server as rt;
        pub use super::runtime::server::{
            Api, Args, Auth, Backend, BoxReply, Call, Dynamic, Form, FromReply, IntoReply, RawBody,
            Reply, ReplyBody, Result, Route, Server, ServerError, Ty, UploadedFile, DEFAULT_BODY_LIMIT,
        };
        pub use super::runtime::server::{table, validate};
    };
    let modules = tags.iter().map(|t| {
        let m = ident(&t.module);
        let cfg = (cx.tag_cfg)(t.name);
        quote!(#cfg pub mod #m;)
    });
    let registrations = tags.iter().map(|t| {
        let m = ident(&t.module);
        let tr = ident(&t.trait_name);
        let cfg = (cx.tag_cfg)(t.name);
        let doc = format!(
            " Serve the operations tagged `{}` ({}) with `service`.",
            t.name,
            t.plans.len()
        );
        quote! {
            #[doc = #doc]
            #cfg
            pub fn #m<S: #m::#tr>(self, service: S) -> Self {
                self.routes(#m::routes(&::std::sync::Arc::new(service)))
            }
        }
    });
    let gated = tags.iter().any(|t| !(cx.tag_cfg)(t.name).is_empty());
    let all_cfg = gated.then(|| quote!(#[cfg(feature = "all-tags")]));
    let bounds = tags.iter().map(|t| {
        let m = ident(&t.module);
        let tr = ident(&t.trait_name);
        quote!(#m::#tr)
    });
    let all_routes = tags.iter().map(|t| {
        let m = ident(&t.module);
        quote!(.routes(#m::routes(&service)))
    });
    let all_body = if tags.is_empty() {
        quote!(let _ = service; self)
    } else {
        quote! {
            let service = ::std::sync::Arc::new(service);
            self #(#all_routes)*
        }
    };
    let server_impl = quote! {
        impl Server {
            /// A server for this API with no operations yet: register tags, then
            /// [`Server::into_router`].
            pub fn new() -> Self {
                Server::with_api(api())
            }

            #(#registrations)*

            /// Serve every operation with one implementation of every tag's trait
            /// (e.g. [`Dynamic`]).
            #all_cfg
            pub fn all<S: #(#bounds)+*>(self, service: S) -> Self {
                #all_body
            }
        }
    };
    let items = vec![
        quote!(#(#modules)*),
        quote! {
            /// The schema table (operations and types) requests are checked against.
            pub fn api() -> &'static Api {
                static API: ::std::sync::OnceLock<Api> = ::std::sync::OnceLock::new();
                API.get_or_init(|| match Api::from_json(include_str!("api.json")) {
                    Ok(api) => api,
                    Err(e) => panic!("the generated api.json does not parse: {e}"),
                })
            }
        },
        server_impl,
        quote! {
            impl Default for Server {
                fn default() -> Self {
                    Server::new()
                }
            }
        },
        quote! {
            impl<B: Backend> Dynamic<B> {
                /// `backend` as an implementation of every tag's trait.
                pub fn new(backend: B) -> Self {
                    Dynamic::with_api(backend, api())
                }
            }
        },
    ];
    let mod_models = ModelsPath::new(quote!(models));
    let ty = |t: &TypeRef| type_tokens_in(t, cx.names, &mod_models);
    let enums = replies.render(&ty, type_cfg);
    format_items(header, items.into_iter().chain(enums))
}
