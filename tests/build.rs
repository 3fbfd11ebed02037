//! Generates, into OUT_DIR, one module per fixture spec and per pinned
//! authentik version, so that everything the generator emits is compiled
//! (and linted by clippy) as part of this crate.
//!
//! For each module it also writes a `dispatch.rs` that maps schema names and
//! operation ids to the generated Rust types, so tests can round-trip JSON
//! through "the type generated for schema X" without naming it by hand.

use authentik_codegen::__private::type_tokens;
use authentik_codegen::__private::Names;
use authentik_codegen::ir::{Api, TypeRef};
use authentik_codegen::Config;
use quote::{format_ident, quote};
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .parent()
        .unwrap()
        .to_path_buf();
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CI");

    let mut modules = Vec::new();

    let fixtures = root.join("specs/fixtures");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    let mut fixture_files: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .expect("specs/fixtures")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    fixture_files.sort();
    for spec in fixture_files {
        let name = spec.file_stem().unwrap().to_string_lossy().into_owned();
        modules.push((format!("fixture_{name}"), vec![spec]));
    }

    // The two-version drift fixture: one module from both versions.
    let drift = fixtures.join("drift");
    println!("cargo:rerun-if-changed={}", drift.display());
    modules.push((
        "fixture_drift".to_string(),
        vec![drift.join("v1.yaml"), drift.join("v2.yaml")],
    ));

    let manifest =
        std::fs::read_to_string(root.join("specs/manifest.toml")).expect("specs/manifest.toml");
    println!(
        "cargo:rerun-if-changed={}",
        root.join("specs/manifest.toml").display()
    );
    let mut manifest_files = 0;
    let mut pinned_versions = Vec::new();
    for line in manifest.lines() {
        let Some(file) = line
            .strip_prefix("file = \"")
            .and_then(|l| l.strip_suffix('"'))
        else {
            continue;
        };
        manifest_files += 1;
        let path = root.join("specs/fetched").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        if !path.exists() {
            if ci {
                panic!(
                    "{} is missing: run `cargo xtask fetch-specs`",
                    path.display()
                );
            }
            println!("cargo:warning={} is missing (run `cargo xtask fetch-specs`); its module is skipped", path.display());
            continue;
        }
        let version = file.trim_end_matches(".yml").replace(['.', '-'], "_");
        pinned_versions.push((
            file.trim_end_matches(".yml").to_string(),
            format_ident!("v{version}_dispatch"),
        ));
        modules.push((format!("v{version}"), vec![path]));
    }

    let mut items = Vec::new();
    for (module, specs) in &modules {
        let mut config = Config::new();
        // Modules of this crate: no per-tag features (this crate has none).
        config.tag_features(false);
        for spec in specs {
            config.spec(spec);
        }
        let api = config.load().unwrap_or_else(|e| panic!("{module}: {e}"));
        let output = config.render().unwrap_or_else(|e| panic!("{module}: {e}"));
        let dir = out.join(module);
        output
            .write_to(&dir)
            .unwrap_or_else(|e| panic!("{module}: {e}"));
        std::fs::write(dir.join("src/dispatch.rs"), dispatch(&api, module, false)).unwrap();
        let lib = dir.join("src/lib.rs").display().to_string();
        let dispatch = dir.join("src/dispatch.rs").display().to_string();
        let ident = format_ident!("{}", module);
        items.push(quote! {
            #[path = #lib]
            pub mod #ident;
        });
        let dispatch_ident = format_ident!("{}_dispatch", module);
        items.push(quote! {
            /// Schema-name and operation-id dispatch for the module of the same name.
            #[path = #dispatch]
            pub mod #dispatch_ident;
        });
    }
    // Dispatch for the checked-in crate, folded from every pinned version.
    let pinned: Vec<PathBuf> = modules
        .iter()
        .filter(|(m, _)| m.starts_with('v'))
        .flat_map(|(_, specs)| specs.clone())
        .collect();
    // Every version of the manifest, as `cargo xtask regenerate` folds them.
    if !pinned.is_empty() && pinned.len() == manifest_files {
        let mut config = Config::new();
        for spec in &pinned {
            config.spec(spec);
        }
        let api = config.load().unwrap_or_else(|e| panic!("folded: {e}"));
        let path = out.join("folded_dispatch.rs");
        std::fs::write(&path, dispatch(&api, "authentik_api", true)).unwrap();
        let path = path.display().to_string();
        items.push(quote! {
            /// Dispatch for `authentik_api`, the crate folded from all pinned versions.
            #[path = #path]
            pub mod folded_dispatch;
        });
    }

    let names: Vec<&String> = modules.iter().map(|(m, _)| m).collect();
    let specs: Vec<String> = modules
        .iter()
        .map(|(_, s)| s.last().unwrap().display().to_string())
        .collect();
    let (versions, dispatches): (Vec<&String>, Vec<&proc_macro2::Ident>) =
        pinned_versions.iter().map(|(v, d)| (v, d)).unzip();
    let file = quote! {
        #(#items)*
        /// Every generated module and the spec it was generated from.
        pub const MODULES: &[(&str, &str)] = &[#((#names, #specs)),*];
        /// `roundtrip_schema` of a generated module.
        pub type RoundTrip = fn(&str, ::serde_json::Value) -> Option<Result<::serde_json::Value, String>>;
        /// Every pinned version whose spec is fetched (oldest first), and
        /// `roundtrip_schema` of its module.
        pub const PINNED: &[(&str, RoundTrip)] = &[#((#versions, #dispatches::roundtrip_schema)),*];
    };
    std::fs::write(out.join("generated_modules.rs"), file.to_string()).unwrap();
}

/// `roundtrip_schema(name, json)` and `roundtrip_response(operation, status, json)`
/// for one generated module.
fn dispatch(api: &Api, module: &str, external: bool) -> String {
    let names = Names::new(api);
    let module = format_ident!("{}", module);
    let models = if external {
        quote!(::#module::models)
    } else {
        quote!(super::#module::models)
    };
    let schema_arms = api.components.iter().map(|(schema, id)| {
        let ty = type_tokens(&TypeRef::Named(*id), &names);
        quote!(#schema => Some(roundtrip::<#ty>(value)),)
    });
    let mut response_arms = Vec::new();
    for op in &api.operations {
        for response in &op.responses {
            for content in &response.content {
                let (Some(ty), true) = (&content.ty, content.media_type == "application/json")
                else {
                    continue;
                };
                if matches!(ty, TypeRef::Binary | TypeRef::String) {
                    continue;
                }
                let ty = type_tokens(ty, &names);
                let id = &op.id;
                let status = &response.status;
                response_arms.push(quote!((#id, #status) => Some(roundtrip::<#ty>(value)),));
            }
        }
    }
    // For the checked-in crate: lenient and strict decoding by schema name.
    let corrections = external.then(|| {
        let arms = api.components.iter().map(|(schema, id)| {
            let ty = type_tokens(&TypeRef::Named(*id), &names);
            quote!(#schema => Some(corrected::<#ty>(text, lenient)),)
        });
        quote! {
            fn corrected<T: ::serde::de::DeserializeOwned + ::#module::runtime::correct::FieldType>(
                text: &[u8],
                lenient: bool,
            ) -> Result<Vec<::#module::correction::Correction>, String> {
                ::#module::correction::decode_as::<T>(text, lenient)
                    .map(|c| c.corrections)
                    .map_err(|e| e.to_string())
            }

            /// Decode `text` into the type of component schema `schema`,
            /// leniently or strictly: the corrections made, or the error.
            /// `None`: no such schema.
            pub fn correct_schema(
                schema: &str,
                text: &[u8],
                lenient: bool,
            ) -> Option<Result<Vec<::#module::correction::Correction>, String>> {
                match schema {
                    #(#arms)*
                    _ => None,
                }
            }
        }
    });
    // For the checked-in crate: every operation's id, method and path
    // template (for tests that map recorded requests to operations).
    let operations = external.then(|| {
        let entries = api.operations.iter().map(|op| {
            let (id, method, path) = (&op.id, op.method.as_str(), &op.path);
            quote!((#id, #method, #path))
        });
        let removed = api
            .operations
            .iter()
            .filter(|op| api.removed(&op.versions))
            .map(|op| {
                let (id, note) = (&op.id, api.presence_note(&op.versions).unwrap_or_default());
                quote!((#id, #note))
            });
        quote! {
            /// `(operation id, method, path template)` of every operation.
            pub const OPERATIONS: &[(&str, &str, &str)] = &[#(#entries),*];
            /// The operations only older pinned versions have, with the
            /// versions that have them.
            pub const REMOVED_OPERATIONS: &[(&str, &str)] = &[#(#removed),*];
        }
    });
    // For the checked-in crate: decode error paths found from the error's
    // position (the runtime's `json_path`) against `serde_path_to_error`.
    let oracle = external.then(|| {
        let path_arms = api.components.iter().map(|(schema, id)| {
            let ty = type_tokens(&TypeRef::Named(*id), &names);
            quote!(#schema => Some(error_paths::<#ty>(text)),)
        });
        quote! {
            fn error_paths<T: ::serde::de::DeserializeOwned>(text: &str) -> Option<(String, String)> {
                let plain = ::serde_json::from_str::<T>(text).err()?;
                let scanned = ::#module::runtime::json_path::path_at(text.as_bytes(), plain.line(), plain.column());
                let mut de = ::serde_json::Deserializer::from_str(text);
                let tracked = match ::serde_path_to_error::deserialize::<_, T>(&mut de) {
                    Err(e) => e.path().to_string(),
                    Ok(_) => String::from("(no error)"),
                };
                Some((scanned, tracked))
            }

            /// Decode `text` into the type of component schema `schema`; when
            /// it fails, the error's path as the runtime finds it and as
            /// `serde_path_to_error` tracks it. `None`: no such schema.
            pub fn error_paths_schema(schema: &str, text: &str) -> Option<Option<(String, String)>> {
                match schema {
                    #(#path_arms)*
                    _ => None,
                }
            }
        }
    });
    let tokens = quote! {
        //! Generated by tests/build.rs.
        #![allow(unused_imports, deprecated)]
        use #models::*;

        fn roundtrip<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
            value: ::serde_json::Value,
        ) -> Result<::serde_json::Value, String> {
            let typed: T = ::serde_json::from_value(value).map_err(|e| e.to_string())?;
            ::serde_json::to_value(&typed).map_err(|e| e.to_string())
        }

        /// Deserialize `value` into the type generated for component schema
        /// `schema` and serialise it back. `None`: no such schema.
        pub fn roundtrip_schema(schema: &str, value: ::serde_json::Value) -> Option<Result<::serde_json::Value, String>> {
            match schema {
                #(#schema_arms)*
                _ => None,
            }
        }

        #oracle
        #operations
        #corrections

        /// The same for the JSON body of `operation`'s response `status`.
        pub fn roundtrip_response(operation: &str, status: &str, value: ::serde_json::Value) -> Option<Result<::serde_json::Value, String>> {
            match (operation, status) {
                #(#response_arms)*
                _ => None,
            }
        }
    };
    tokens.to_string()
}
