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
//!   alias of a shared response enum) and default to forwarding the call
//!   to the trait's `fallback()` (none: `501`); `routes()` / `router()`;
//!   and the trait's implementation for `Dynamic<B>` (its own fallback);
//! - `api.json` ([`table`]): operations and types as data, which the
//!   runtime validates requests against.
//!
//! Per operation the generated code is the trait method (its default body
//! one `rt::forward` call) and one `Route` entry whose glue takes typed
//! values out of the validated input; parsing, validation, credentials,
//! limits, forwarding and error bodies are runtime code, compiled once.
//!
//! Everything is rendered from the plan (`emit::plan`): method names,
//! parameter identifiers and body types are the client's.

mod replies;
pub mod table;

use super::error::EmitError;
use super::format::format_items;
use super::jobs::Job;
use super::plan::{reserved, ApiPlan, BodyPlan, OpPlan, TagPlan};
use super::rust::{doc_attrs, ident, type_tokens_in, Deps, Scope};
use crate::ir::{Api, Operation, TypeId, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::path::{Path, PathBuf};

/// What the server's renderers share: the plan, and the models as seen
/// from a tag module.
struct Cx<'a> {
    plan: &'a ApiPlan<'a>,
    /// The server is in generated crates only (not in module output): it
    /// names its dependencies directly.
    models: Scope,
}

impl Cx<'_> {
    /// A type as the tag modules write it.
    fn ty(&self, ty: &TypeRef) -> TokenStream {
        type_tokens_in(ty, self.plan.names, &self.models)
    }
}

/// The server of `plan`: a job per tag module, one for `mod.rs` and one
/// for the validation table (`api.json`), which comes from `table_api`,
/// the newest schema version alone, so requests are checked as the newest
/// server checks them while the Rust types stay the folded, lenient ones.
/// `type_cfg(id)` is the `#[cfg]` of a model (see `emit::features`).
pub(crate) fn jobs<'a>(
    plan: &'a ApiPlan<'a>,
    table_api: &'a Api,
    type_cfg: &'a (dyn Fn(TypeId) -> TokenStream + Sync),
) -> Vec<Job<'a>> {
    let cx = move || Cx {
        plan,
        models: Scope::beside(quote!(super::models), Deps::Direct),
    };
    // A tag whose operations were all removed has no server module.
    let tags: Vec<&TagPlan<'_>> = plan
        .tags
        .iter()
        .filter(|t| t.served().next().is_some())
        .collect();
    let mut jobs = Vec::new();
    for &tag in &tags {
        let stem = tag.module.trim_start_matches("r#");
        let path = PathBuf::from(format!("src/server/{stem}.rs"));
        // About twice a client module's work per operation.
        jobs.push(Job::new(path.clone(), 2 * tag.ops.len(), move || {
            render_tag(&cx(), tag, &path)
        }));
    }
    let path = PathBuf::from("src/server/mod.rs");
    let weight = tags.len();
    jobs.push(Job::new(path.clone(), weight, move || {
        render_mod(&cx(), &tags, type_cfg, &path)
    }));
    let weight = table_api.operations.len() + table_api.types.len();
    jobs.push(Job::new(
        PathBuf::from("src/server/api.json"),
        weight,
        move || table::render(table_api, &crate::emit::client::server_path(plan.api)),
    ));
    jobs
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
/// forwarding of each into `rt::Args` (the default body, for the fallback).
fn signature(cx: &Cx<'_>, p: &OpPlan<'_>) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let mut params = Vec::new();
    let mut forward = Vec::new();
    for path in p.path() {
        let name = ident(&path.ident);
        let ty = cx.ty(&path.param.ty);
        let wire = &path.param.name;
        params.push(quote!(#name: #ty));
        forward.push(quote!(.param(#wire, &#name)));
    }
    if p.query().next().is_some() {
        let q = ident(&p.query_struct);
        params.push(quote!(query: #q));
        forward.push(quote!(.params(&query)));
    }
    match &p.body {
        BodyPlan::None => {}
        BodyPlan::Json { ty, optional } => {
            let ty = cx.ty(ty);
            params.push(if *optional {
                quote!(body: Option<#ty>)
            } else {
                quote!(body: #ty)
            });
            forward.push(quote!(.body(&body)));
        }
        BodyPlan::Multipart(id) => {
            let ty = cx.ty(&TypeRef::Named(*id));
            params.push(quote!(body: rt::Form<#ty>));
            forward.push(quote!(.form(&body)));
        }
        BodyPlan::Form(ty) => {
            let ty = cx.ty(ty);
            params.push(quote!(body: #ty));
            forward.push(quote!(.body(&body)));
        }
        BodyPlan::Raw(_) => {
            params.push(quote!(body: rt::Bytes));
            forward.push(quote!(.raw(&body)));
        }
    }
    (params, forward)
}

fn render_tag(cx: &Cx<'_>, tag: &TagPlan<'_>, path: &Path) -> Result<String, EmitError> {
    let trait_name = ident(&tag.trait_name);
    let module = tag.module.trim_start_matches("r#");
    let count = tag.served().count();
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
        " The operations tagged `{}`. Implement those you serve, then",
        tag.name
    );
    let trait_doc2 = format!(" `Server::new().{module}(service)` or [`router`]; the others go to");
    let fallback = format_ident!("{}", reserved::TRAIT_FALLBACK);
    let fallback_doc = format!(
        " [`{}::{fallback}`] (by default nowhere: `501 Not Implemented`).",
        tag.trait_name
    );

    let mut methods = Vec::new();
    let mut routes = Vec::new();
    let mut items = Vec::new();
    for p in tag.served() {
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
                rt::forward(self.#fallback(), #id, auth, rt::Args::new() #(#forward)*)
            }
        });

        // Glue: typed values out of the validated input, in signature order.
        let mut args = Vec::new();
        for path in p.path() {
            let wire = &path.param.name;
            args.push(quote!(input.path(#wire)?));
        }
        if p.query().next().is_some() {
            args.push(quote!(input.params()?));
        }
        match &p.body {
            BodyPlan::None => {}
            BodyPlan::Json { optional: true, .. } => args.push(quote!(input.json_opt()?)),
            BodyPlan::Json { .. } | BodyPlan::Form(_) => args.push(quote!(input.json()?)),
            BodyPlan::Multipart(_) => args.push(quote!(input.form()?)),
            BodyPlan::Raw(_) => args.push(quote!(input.raw())),
        }
        routes.push(quote! {
            rt::Route::new(#id, service, |service, mut input| {
                rt::reply(async move { service.#method(input.auth() #(, #args)*).await })
            }),
        });

        let reply_ty = replies::type_tokens(
            &cx.plan.replies,
            p.reply,
            p.success.as_ref().map(|t| cx.ty(t)),
        );
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
        if p.query().next().is_some() {
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
            #[doc = #fallback_doc]
            pub trait #trait_name: Send + Sync + 'static {
                /// Where the operations this implementation does not define go:
                /// `None` (the default) answers them `501 Not Implemented`. Return
                /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
                /// say). `Dynamic` is its own fallback.
                fn #fallback(&self) -> Option<&dyn rt::Forward> {
                    None
                }
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
                fn #fallback(&self) -> Option<&dyn rt::Forward> {
                    Some(self)
                }
            }
        },
    ];
    all.extend(items);
    format_items(path, header, all)
}

fn render_query(cx: &Cx<'_>, tag: &TagPlan<'_>, p: &OpPlan<'_>) -> TokenStream {
    let name = ident(&p.query_struct);
    let doc = format!(
        " Query and header parameters of [`{}::{}`] (`{}`).",
        tag.trait_name,
        p.method.trim_start_matches("r#"),
        p.op.id
    );
    let all_optional = p.query().all(|q| !q.param.required);
    let fields = p.query().map(|q| {
        let (param, field) = (q.param, &q.ident);
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
        .query()
        .any(|q| q.param.deprecated)
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
    tags: &[&TagPlan<'_>],
    type_cfg: &dyn Fn(TypeId) -> TokenStream,
    path: &Path,
) -> Result<String, EmitError> {
    let api = cx.plan.api;
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
        //! every trait (the fake authentik is one). A trait's `fallback()`
        //! sends the operations an implementation leaves out elsewhere, e.g. to
        //! a `Dynamic`: serve a few operations yourself, fake the rest.
        #[allow(unused_imports)]
        use super::{models, runtime};
        #[allow(unused_imports)]
        use super::runtime::server as rt;
        pub use super::runtime::server::{
            Api, Args, Auth, Backend, BoxReply, Call, Dynamic, Form, Forward, FromReply, IntoReply,
            RawBody, Reply, ReplyBody, Result, Route, Server, ServerError, Ty, UploadedFile,
            DEFAULT_BODY_LIMIT,
        };
        pub use super::runtime::server::{table, validate};
    };
    let modules = tags.iter().map(|t| {
        let m = ident(&t.module);
        let cfg = &t.cfg;
        quote!(#cfg pub mod #m;)
    });
    let registrations = tags.iter().map(|t| {
        let m = ident(&t.module);
        let tr = ident(&t.trait_name);
        let cfg = &t.cfg;
        let doc = format!(
            " Serve the operations tagged `{}` ({}) with `service`.",
            t.name,
            t.served().count()
        );
        quote! {
            #[doc = #doc]
            #cfg
            pub fn #m<S: #m::#tr>(self, service: S) -> Self {
                self.routes(#m::routes(&::std::sync::Arc::new(service)))
            }
        }
    });
    let gated = tags.iter().any(|t| !t.cfg.is_empty());
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
    let mod_models = Scope::beside(quote!(models), Deps::Direct);
    let ty = |t: &TypeRef| type_tokens_in(t, cx.plan.names, &mod_models);
    let enums = replies::render(&cx.plan.replies, &ty, type_cfg);
    format_items(path, header, items.into_iter().chain(enums))
}
