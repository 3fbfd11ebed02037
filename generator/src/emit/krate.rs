//! The crate around the models: `Cargo.toml`, `README.md`, `src/lib.rs` and
//! the runtime files copied verbatim from `templates/runtime/`; or, for
//! module output ([`Layout::Module`]), the sources alone, with the runtime
//! crate as their `runtime`.

use super::error::EmitError;
use super::rust::Deps;
use super::{client, models, Output, Stats};
use crate::ir::Api;
use crate::naming::Names;
use quote::quote;
use std::path::{Path, PathBuf};

/// What to call the generated crate.
#[derive(Clone, Debug)]
pub struct CrateOptions {
    pub name: String,
    pub version: String,
    /// One cargo feature per tag gating its client code and the models only
    /// some tags use (see `emit::features`).
    pub tag_features: bool,
    /// `(type name or "*", attribute)`: extra attributes on model types.
    pub type_attributes: Vec<(String, String)>,
    /// Emit the client's test dispatch and the `test-dispatch` feature.
    pub test_dispatch: bool,
    pub layout: Layout,
}

/// How the output is packaged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// A crate: `Cargo.toml`, `README.md`, the runtime copied into
    /// `src/runtime/`, models, client and server stubs, with `client` and
    /// `server` as cargo features; dependencies named directly (`::serde`).
    #[default]
    Crate,
    /// The sources of a module of another crate (`Config::generate_module`)
    /// that depends on the runtime crate ([`RUNTIME_CRATE`]): the models and
    /// the client, with no feature gates and no runtime files (the module's
    /// `runtime` is the runtime crate's); dependencies named through the
    /// runtime ([`Deps::Runtime`]), so the crate needs no other.
    Module,
}

impl Layout {
    /// How the code names serde, uuid and the like.
    pub fn deps(self) -> Deps {
        match self {
            Layout::Crate => Deps::Direct,
            Layout::Module => Deps::Runtime,
        }
    }
}

#[path = "../../../templates/fingerprint.rs"]
mod fingerprint;

/// The runtime crate (`templates/`) as a Rust path root: module output's
/// `runtime` (the tidy test checks it against the crate's package name).
pub(crate) const RUNTIME_CRATE: &str = "authentik_codegen_runtime";

/// The runtime files, relative to `src/runtime/`.
pub(crate) const RUNTIME: &[(&str, &str)] = &[
    ("mod.rs", include_str!("../../../templates/runtime/mod.rs")),
    (
        "client/mod.rs",
        include_str!("../../../templates/runtime/client/mod.rs"),
    ),
    (
        "client/dispatch.rs",
        include_str!("../../../templates/runtime/client/dispatch.rs"),
    ),
    (
        "client/encode.rs",
        include_str!("../../../templates/runtime/client/encode.rs"),
    ),
    (
        "client/error.rs",
        include_str!("../../../templates/runtime/client/error.rs"),
    ),
    (
        "client/multipart.rs",
        include_str!("../../../templates/runtime/client/multipart.rs"),
    ),
    (
        "client/operation.rs",
        include_str!("../../../templates/runtime/client/operation.rs"),
    ),
    (
        "client/paginate.rs",
        include_str!("../../../templates/runtime/client/paginate.rs"),
    ),
    (
        "client/params.rs",
        include_str!("../../../templates/runtime/client/params.rs"),
    ),
    (
        "client/request.rs",
        include_str!("../../../templates/runtime/client/request.rs"),
    ),
    (
        "client/response.rs",
        include_str!("../../../templates/runtime/client/response.rs"),
    ),
    (
        "client/send.rs",
        include_str!("../../../templates/runtime/client/send.rs"),
    ),
    (
        "client/values.rs",
        include_str!("../../../templates/runtime/client/values.rs"),
    ),
    (
        "server/mod.rs",
        include_str!("../../../templates/runtime/server/mod.rs"),
    ),
    (
        "server/coerce.rs",
        include_str!("../../../templates/runtime/server/coerce.rs"),
    ),
    (
        "server/form.rs",
        include_str!("../../../templates/runtime/server/form.rs"),
    ),
    (
        "server/dynamic.rs",
        include_str!("../../../templates/runtime/server/dynamic.rs"),
    ),
    (
        "server/example.rs",
        include_str!("../../../templates/runtime/server/example.rs"),
    ),
    (
        "server/params.rs",
        include_str!("../../../templates/runtime/server/params.rs"),
    ),
    (
        "server/router.rs",
        include_str!("../../../templates/runtime/server/router.rs"),
    ),
    (
        "server/table.rs",
        include_str!("../../../templates/runtime/server/table.rs"),
    ),
    (
        "server/table_format.rs",
        include_str!("../../../templates/runtime/server/table_format.rs"),
    ),
    (
        "server/validate.rs",
        include_str!("../../../templates/runtime/server/validate.rs"),
    ),
    (
        "compat.rs",
        include_str!("../../../templates/runtime/compat.rs"),
    ),
    (
        "correct/mod.rs",
        include_str!("../../../templates/runtime/correct/mod.rs"),
    ),
    (
        "correct/null_member.rs",
        include_str!("../../../templates/runtime/correct/null_member.rs"),
    ),
    (
        "correct/paths.rs",
        include_str!("../../../templates/runtime/correct/paths.rs"),
    ),
    (
        "correct/session.rs",
        include_str!("../../../templates/runtime/correct/session.rs"),
    ),
    (
        "correct/shape.rs",
        include_str!("../../../templates/runtime/correct/shape.rs"),
    ),
    (
        "correct/state.rs",
        include_str!("../../../templates/runtime/correct/state.rs"),
    ),
    (
        "correct/zero.rs",
        include_str!("../../../templates/runtime/correct/zero.rs"),
    ),
    (
        "datetime.rs",
        include_str!("../../../templates/runtime/datetime.rs"),
    ),
    (
        "enums.rs",
        include_str!("../../../templates/runtime/enums.rs"),
    ),
    (
        "field_errors.rs",
        include_str!("../../../templates/runtime/field_errors.rs"),
    ),
    (
        "json_path.rs",
        include_str!("../../../templates/runtime/json_path.rs"),
    ),
    (
        "number.rs",
        include_str!("../../../templates/runtime/number.rs"),
    ),
    (
        "object.rs",
        include_str!("../../../templates/runtime/object.rs"),
    ),
    (
        "unions.rs",
        include_str!("../../../templates/runtime/unions.rs"),
    ),
];

const CARGO_TOML: &str = include_str!("../../../templates/Cargo.toml.tmpl");

/// What `{{test_dispatch}}` in `Cargo.toml.tmpl` becomes when the test
/// dispatch is on (empty when off).
pub(crate) const TEST_DISPATCH_FEATURE: &str =
    "# `client::__call_by_operation_id`, for tests.\ntest-dispatch = [\"client\"]";
const README: &str = include_str!("../../../templates/README.md.tmpl");

/// Render a complete crate for `api`. `newest` is the newest input version
/// alone (not folded with older ones): the server's request validation
/// table is built from it (for one input, pass the same API twice).
pub(crate) fn render(api: &Api, newest: &Api, options: &CrateOptions) -> Result<Output, EmitError> {
    if options.name.is_empty()
        || !options
            .name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(EmitError::CrateName(options.name.clone()));
    }
    let names = Names::new(api);
    let mut files = std::collections::BTreeMap::new();

    let features = if options.tag_features {
        super::features::TagFeatures::new(api)
    } else {
        super::features::TagFeatures::disabled()
    };
    let layout = options.layout;
    // Every file is a job (see `emit::jobs`): the IR and the plan are plain
    // data shared by reference, each job builds and formats its own token
    // streams. The models need no plan: they start while the plan is made.
    // Module output has no server (nor test dispatch).
    let test_dispatch = options.test_dispatch && layout == Layout::Crate;
    let crate_ident = options.name.replace('-', "_");
    let type_cfg = |id: crate::ir::TypeId| features.cfg_type(id.index());
    let models = super::jobs::Job::new(PathBuf::from("src/models.rs"), api.types.len(), || {
        models::render(
            api,
            &names,
            &features,
            &options.type_attributes,
            layout.deps(),
        )
    });
    let plan = std::cell::OnceCell::new();
    let rest = || {
        let plan = plan.get_or_init(|| {
            super::plan::plan(api, &names, &|tag| features.cfg_tag(tag), layout.deps())
        });
        let mut jobs = client::jobs(plan, &crate_ident, test_dispatch);
        if layout == Layout::Crate {
            jobs.extend(super::server::jobs(plan, newest, &type_cfg));
        }
        jobs
    };
    files.extend(super::jobs::run_then(
        vec![models],
        rest,
        crate::parallel::threads(),
    )?);
    files.insert(PathBuf::from("src/lib.rs"), lib_rs(api, layout)?);
    if layout == Layout::Crate {
        for (name, contents) in RUNTIME {
            files.insert(
                PathBuf::from("src/runtime").join(name),
                (*contents).to_string(),
            );
        }
    }

    let stats_without_lines = Stats {
        schemas: api.components.len(),
        rust_types: api.types.len() + api.types.iter().map(|t| t.aliases.len()).sum::<usize>(),
        operations: api.operations.len(),
        lines: 0,
    };
    let test_dispatch_feature = if options.test_dispatch {
        TEST_DISPATCH_FEATURE
    } else {
        ""
    };
    let tag_features = features.cargo_features();
    let (schemas, rust_types, operations) = (
        stats_without_lines.schemas.to_string(),
        stats_without_lines.rust_types.to_string(),
        stats_without_lines.operations.to_string(),
    );
    let values: &[(&str, &str)] = &[
        ("name", &options.name),
        ("crate_ident", &crate_ident),
        ("version", &options.version),
        ("api_version", &api.info.version),
        ("test_dispatch", test_dispatch_feature),
        ("tag_features", &tag_features),
        ("schemas", &schemas),
        ("rust_types", &rust_types),
        ("operations", &operations),
    ];
    if layout == Layout::Crate {
        files.insert(
            PathBuf::from("Cargo.toml"),
            fill("templates/Cargo.toml.tmpl", CARGO_TOML, values)?,
        );
        files.insert(
            PathBuf::from("README.md"),
            fill("templates/README.md.tmpl", README, values)?,
        );
    }

    let lines = files.values().map(|f| f.lines().count()).sum();
    let type_names = api
        .components
        .iter()
        .map(|(schema, id)| (schema.clone(), names.ty(*id).to_string()))
        .collect();
    Ok(Output {
        files,
        type_names,
        stats: Stats {
            lines,
            ..stats_without_lines
        },
        warnings: api
            .warnings
            .iter()
            .chain(&names.warnings)
            // (`rest` made the plan: `run_then` returns only after it.)
            .chain(plan.get().into_iter().flat_map(|plan| &plan.warnings))
            .cloned()
            .collect(),
    })
}

/// `template` with every `{{placeholder}}` replaced by its value; a
/// placeholder without one is an error (the values are not searched for
/// placeholders, so input text such as a schema version is taken as is).
fn fill(name: &'static str, template: &str, values: &[(&str, &str)]) -> Result<String, EmitError> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let (key, tail) = after
            .find("}}")
            .map_or((after, ""), |end| (&after[..end], &after[end + 2..]));
        let value = values
            .iter()
            .find(|(k, _)| *k == key)
            .ok_or_else(|| EmitError::Template {
                template: name,
                placeholder: key.to_string(),
            })?;
        out.push_str(value.1);
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

fn lib_rs(api: &Api, layout: Layout) -> Result<String, EmitError> {
    let title = format!(
        " Typed models for the {} API, schema version {}.",
        api.info.title, api.info.version
    );
    let version = &api.info.version;
    let (client, server, runtime) = match layout {
        Layout::Crate => (
            quote! {
                /// The async HTTP client: one method per operation, grouped by tag
                /// (cargo feature `client`, on by default).
                // Generated code is laid out by prettyplease; `cargo fmt` leaves it alone
                // (rustfmt would lay it out differently and make it stale).
                #[cfg(feature = "client")]
                #[rustfmt::skip]
                pub mod client;
            },
            quote! {
                /// Server stubs: one trait per tag, an axum router with request
                /// validation, and `Dynamic` for untyped implementations (cargo feature
                /// `server`).
                #[cfg(feature = "server")]
                #[rustfmt::skip]
                pub mod server;
            },
            quote! {
                #[doc(hidden)]
                pub mod runtime;
            },
        ),
        Layout::Module => {
            let krate = super::rust::ident(RUNTIME_CRATE);
            let fingerprint = fingerprint::fingerprint(RUNTIME.iter().copied());
            let message = format!(
                "{} is not the runtime this module was generated for (fingerprint {fingerprint}): \
                 take it from the checkout or git revision of the authentik-codegen that generated the module",
                RUNTIME_CRATE.replace('_', "-")
            );
            (
                quote! {
                    /// The async HTTP client: one method per operation, grouped by tag.
                    pub mod client;
                },
                quote!(),
                quote! {
                    #[doc(hidden)]
                    pub use ::#krate::runtime;
                    const _: () = assert!(runtime::is_fingerprint(#fingerprint), #message);
                },
            )
        }
    };
    let tokens = quote! {
        #![doc = #title]
        //!
        //! Generated by `authentik-codegen`. Do not edit by hand: regenerate.
        // Descriptions come from the schema: they are kept as written.
        #![allow(
            clippy::doc_lazy_continuation,
            clippy::doc_overindented_list_items,
            clippy::tabs_in_doc_comments,
            clippy::empty_docs,
            clippy::upper_case_acronyms,
            clippy::enum_variant_names,
            rustdoc::broken_intra_doc_links,
            rustdoc::bare_urls,
            rustdoc::invalid_html_tags
        )]
        // `client` is a cargo feature of the generated crate; a crate that
        // includes this one as a module and has no such feature leaves it out.
        #![allow(unexpected_cfgs)]

        #client
        #[rustfmt::skip]
        pub mod models;
        #server
        #runtime

        /// Compatibility with older authentik servers: fields whose type
        /// changed hold a [`Versioned`] value; [`with_target_version`]
        /// serialises for an older server.
        pub use runtime::compat::{with_target_version, Versioned};
        // In rustfmt's order (`cargo fmt --check` runs on this file).
        /// Lenient decoding: a response that lacks a required field, or has
        /// `null` where the schema allows none, decodes with zero values and
        /// a list of what was corrected (the client does this for every
        /// response unless built `strict`).
        pub use runtime::correct as correction;
        /// Values that keep their wire form: date-times keep the offset and
        /// digits they were received with, numbers stay integers or
        /// fractions; DRF's per-field validation messages.
        pub use runtime::{DateTime, FieldErrors, LenientDateTime, Number};

        /// The `info.version` of the newest schema this crate was generated from.
        pub const API_VERSION: &str = #version;
    };
    super::format::format_file(tokens, Path::new("src/lib.rs"))
}

#[cfg(test)]
mod tests {
    /// The test dispatch is generated only when asked: off (the default),
    /// neither the feature nor the dispatch functions; on, both.
    #[test]
    fn test_dispatch_only_when_asked() {
        let spec = format!(
            "{}/../specs/fixtures/operations.yaml",
            env!("CARGO_MANIFEST_DIR")
        );
        for on in [false, true] {
            let output = crate::Config::new()
                .spec(&spec)
                .test_dispatch(on)
                .render()
                .unwrap();
            let file = |path: &str| &output.files[std::path::Path::new(path)];
            let feature = file("Cargo.toml").contains("\ntest-dispatch = [\"client\"]\n");
            let client = file("src/client/mod.rs");
            let functions = client.contains("pub async fn __call_by_operation_id")
                && client.contains("pub async fn __call_operation");
            assert_eq!((feature, functions), (on, on), "test_dispatch({on})");
        }
    }
}
