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
//!
//! Everything is rendered from the plan (`emit::plan`); nothing here
//! decides a name or a shape.

mod dispatch;
mod methods;
mod module;

pub(crate) use module::server_path;

use crate::emit::error::EmitError;
use crate::emit::format::{format_items, space_members};
use crate::emit::jobs::Job;
use crate::emit::plan::{ApiPlan, BodyPlan, Decode, TagPlan};
use crate::emit::rust::{ident, type_tokens_in, Scope};
use crate::ir::TypeRef;
use proc_macro2::TokenStream;
use quote::quote;
use std::path::{Path, PathBuf};

/// What the client's renderers share: the plan, and the models as seen
/// from a tag module.
struct Cx<'a> {
    plan: &'a ApiPlan<'a>,
    models: Scope,
}

/// The client of `plan`: a job per tag module and one for `mod.rs`.
/// `crate_ident` names the crate in doc examples; `test_dispatch` adds the
/// test dispatch (see `dispatch.rs`).
pub(crate) fn jobs<'a>(
    plan: &'a ApiPlan<'a>,
    crate_ident: &'a str,
    test_dispatch: bool,
) -> Vec<Job<'a>> {
    let cx = move || Cx {
        plan,
        models: Scope::beside(quote!(models), plan.deps),
    };
    let mut jobs = Vec::new();
    for tag in &plan.tags {
        let stem = tag.module.trim_start_matches("r#");
        let path = PathBuf::from(format!("src/client/{stem}.rs"));
        jobs.push(Job::new(path.clone(), tag.ops.len(), move || {
            render_tag(&cx(), tag, &path)
        }));
    }
    let path = PathBuf::from("src/client/mod.rs");
    jobs.push(Job::new(path.clone(), plan.tags.len(), move || {
        module::render_mod(&cx(), &plan.tags, crate_ident, test_dispatch, &path)
    }));
    jobs
}

impl Cx<'_> {
    /// A type as the tag modules write it.
    fn ty(&self, ty: &TypeRef) -> TokenStream {
        type_tokens_in(ty, self.plan.names, &self.models)
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

    /// The result type of a method reading the body as `kind`.
    fn kind_type(&self, kind: &Decode) -> TokenStream {
        match kind {
            Decode::Json(ty) => self.ty(ty),
            Decode::Text => quote!(String),
            Decode::Bytes => quote!(rt::Bytes),
            Decode::Empty => quote!(()),
        }
    }
}

/// A tag's module: its `*Api` struct, methods, and parameter and form structs.
fn render_tag(cx: &Cx<'_>, tag: &TagPlan<'_>, path: &Path) -> Result<String, EmitError> {
    let api_struct = ident(&tag.api_struct);
    let count = tag.ops.len();
    let header_doc = format!(" Operations tagged `{}` ({count}).", tag.name);
    let streams = tag.ops.iter().any(|p| p.stream.is_some());
    let page_stream = streams.then(|| quote!(PageStream,));
    // Operations only older versions have are deprecated, and so are the
    // schemas only they use.
    let allow_deprecated = tag
        .ops
        .iter()
        .any(|p| cx.plan.api.removed(&p.op.versions))
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
    let methods = tag.ops.iter().map(|p| methods::render_methods(cx, tag, p));
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
    for p in &tag.ops {
        if let Some(name) = &p.params_struct {
            items.push(methods::render_params_struct(cx, tag, p, name));
        }
        if let (Some(name), BodyPlan::Multipart(id)) = (&p.form_struct, &p.body) {
            items.push(methods::render_form_struct(cx, tag, p, name, *id));
        }
    }
    format_items(path, header, items).map(|text| space_members(&text))
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
        let plan = crate::emit::plan::plan(
            &api,
            &names,
            &|tag| crate::emit::features::Cfg(vec![tag.to_string()]),
            Default::default(),
        );
        let files =
            crate::emit::jobs::run_then(super::jobs(&plan, "fixture", true), Vec::new, 1).unwrap();
        let (_, module) = files
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
