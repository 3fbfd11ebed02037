//! `client/mod.rs`: the error and future aliases, what the runtime needs
//! to know about the API, `Client::builder`, the tag accessors, the version
//! probe and the module's usage example.

use super::Cx;
use crate::emit::error::EmitError;
use crate::emit::format::{format_items, space_members};
use crate::emit::plan::sets::Documented;
use crate::emit::plan::{BodyPlan, TagPlan};
use crate::emit::rust::{ident, type_tokens_in, Scope};
use crate::ir::{Api, Method, ParamLocation, SecurityScheme, TypeRef};
use proc_macro2::Literal;
use quote::quote;
use std::collections::BTreeMap;
use std::path::Path;

/// `src/client/mod.rs`: the client, its shared sets, the tag accessors, the
/// version probe and (when asked) the test dispatch.
pub(super) fn render_mod(
    cx: &Cx<'_>,
    tags: &[TagPlan<'_>],
    crate_ident: &str,
    test_dispatch: bool,
    path: &Path,
) -> Result<String, EmitError> {
    let api = cx.plan.api;
    let mod_models = Scope::beside(quote!(super::models), cx.plan.deps);
    let serde_json = cx.plan.deps.serde_json();
    let error_ty = |ty: &Option<TypeRef>| match ty {
        Some(ty) => type_tokens_in(ty, cx.plan.names, &mod_models),
        None => quote!(#serde_json::Value),
    };
    let sets = &cx.plan.sets;
    let validation = error_ty(&sets.validation);
    let forbidden = error_ty(&sets.forbidden);

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
        let cfg = t.cfg.clone();
        quote!(#cfg pub mod #m;)
    });
    // With some tags compiled out, some shared constants may be unused.
    let gated = tags.iter().any(|t| !t.cfg.is_empty());
    let allow_unused = gated.then(|| quote!(#[allow(dead_code)]));
    let accessors = tags.iter().map(|t| {
        let m = ident(&t.module);
        let s = ident(&t.api_struct);
        let doc = format!(" Operations tagged `{}` ({}).", t.name, t.ops.len());
        let cfg = t.cfg.clone();
        quote! {
            #[doc = #doc]
            #cfg
            pub fn #m(&self) -> #m::#s<'_> {
                #m::#s { client: self }
            }
        }
    });

    let security_consts = sets.security.iter().map(|(set, name)| {
        let name = ident(name);
        let alternatives = set.iter().map(|alt| quote!(&[#(#alt),*]));
        quote!(#allow_unused const #name: &[&[&str]] = &[#(#alternatives),*];)
    });
    let error_consts = sets.errors.iter().map(|(set, name)| {
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
    let default_security = sets.security.first().map(|(_, name)| {
        let name = ident(name);
        quote!(#allow_unused const DEFAULT_SECURITY: &[&[&str]] = #name;)
    });
    let default_errors = sets.errors.first().map(|(_, name)| {
        let name = ident(name);
        quote!(#allow_unused const DEFAULT_ERRORS: &[(u16, Documented)] = #name;)
    });
    let documented_import = (!sets.errors.is_empty()).then(|| {
        quote!(
            use super::runtime::client::Documented;
        )
    });
    let dispatch = test_dispatch.then(|| super::dispatch::render_dispatch(cx, tags));
    let probe = api.version_probe.as_ref().map(|probe| {
        let (id, path, field) = (&probe.operation, &probe.path, &probe.field);
        let method = ident(&heck::ToUpperCamelCase::to_upper_camel_case(probe.method.as_str()));
        let alternatives = probe.security.iter().map(|alt| quote!(&[#(#alt),*]));
        let errors = api
            .operations
            .iter()
            .find(|op| op.id == *id)
            .map(|op| {
                let name = ident(&sets.errors[sets.error_index(op)].1);
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
    // A runtime in another crate (module output): its `Client` cannot be
    // given methods here, so the module wraps it in its own.
    let (client_reexport, builder, local_client) = if cx.plan.deps.foreign_runtime() {
        (
            quote!(),
            quote!(super::runtime::client::ClientBuilder::new(&API, base_url).wrapped()),
            Some(local_client()),
        )
    } else {
        (
            quote!(Client, ClientBuilder,),
            quote!(ClientBuilder::new(&API, base_url)),
            None,
        )
    };
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
            reqwest, ApiError, BuildError, Bytes, #client_reexport Correction,
            CorrectionKind, Corrections, DecodeError, FilePart, RequestError, StatusError,
            TransportError, DEFAULT_TIMEOUT,
        };
        #documented_import
    };
    let mut items = vec![
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
                agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
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
                    #builder
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
        quote!(#dispatch),
    ];
    items.extend(local_client);
    format_items(path, header, items).map(|text| space_members(&text))
}

/// Module output's `Client` and `ClientBuilder`: the runtime's client in a
/// type of this module (which can have a method per tag), dereferencing to
/// it; `with_timeout`, the one runtime method that gives a client, keeps
/// the wrapper.
fn local_client() -> proc_macro2::TokenStream {
    quote! {
        /// A client of the API: the runtime's client with a method per tag.
        /// Everything else (`base_url`, `server_version`, ...) is the runtime
        /// client's, through `Deref`.
        #[derive(Clone, Debug)]
        pub struct Client(super::runtime::client::Client);

        impl ::core::ops::Deref for Client {
            type Target = super::runtime::client::Client;

            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl ::core::convert::From<super::runtime::client::Client> for Client {
            fn from(client: super::runtime::client::Client) -> Self {
                Client(client)
            }
        }

        impl Client {
            /// A handle whose requests use `timeout` instead of the default; see
            /// the runtime client's `with_timeout`.
            pub fn with_timeout(&self, timeout: impl Into<Option<::std::time::Duration>>) -> Client {
                Client(self.0.with_timeout(timeout))
            }
        }

        /// Configuration of a [`Client`]; start with [`Client::builder`].
        pub type ClientBuilder = super::runtime::client::ClientBuilder<Client>;
    }
}

/// The path of the first server (`/api/v3`), also when it is a full URL.
pub(crate) fn server_path(api: &Api) -> String {
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
fn doc_example(tags: &[TagPlan<'_>], crate_ident: &str) -> Vec<String> {
    // An argument-free GET: `core_users_list` if there is one, else a paginated list, else any.
    let candidates = tags.iter().flat_map(|tag| {
        tag.ops
            .iter()
            .filter(|p| p.args().next().is_none() && matches!(p.body, BodyPlan::None))
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
