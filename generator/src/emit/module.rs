//! Module output: the generated crate's sources folded into one file that
//! holds a single `pub mod NAME { ... }`, for build scripts whose crate
//! `include!`s it (a crate generated at build time cannot be a dependency).
//!
//! The crate's file modules (`mod models;`) are inlined by walking the syn
//! trees; `lib.rs`'s inner attributes move into the wrapping module, the
//! other files' inner attributes onto their module item.

use super::error::EmitError;
use super::Output;
use proc_macro2::TokenStream;
use quote::quote;
use std::path::{Path, PathBuf};

/// One file with `pub mod #name { ... }` holding the whole crate.
/// `name` must be a Rust identifier (a configuration error otherwise).
pub(crate) fn single_file(output: &Output, name: &str) -> Result<String, EmitError> {
    if syn::parse_str::<syn::Ident>(name).is_err() {
        return Err(EmitError::ModuleName(name.to_string()));
    }
    let lib = parse(output, Path::new("src/lib.rs"))?;
    let items = inline_items(output, lib.items, Path::new("src"))?;
    let attrs = lib.attrs;
    let name = super::rust::ident(name);
    let tokens: TokenStream = quote! {
        pub mod #name {
            #(#attrs)*
            #(#items)*
        }
    };
    super::format::format_file(tokens, Path::new(&format!("{name}.rs")))
}

fn parse(output: &Output, path: &Path) -> Result<syn::File, EmitError> {
    let text = output
        .files
        .get(path)
        .ok_or_else(|| EmitError::MissingFile {
            file: path.to_path_buf(),
        })?;
    syn::parse_file(text).map_err(|source| EmitError::Parse {
        file: path.to_path_buf(),
        source,
    })
}

/// Replace every `mod x;` in `items` by `mod x { ... }` with the content of
/// `dir/x.rs` or `dir/x/mod.rs`.
fn inline_items(
    output: &Output,
    items: Vec<syn::Item>,
    dir: &Path,
) -> Result<Vec<syn::Item>, EmitError> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            syn::Item::Mod(mut module) if module.content.is_none() => {
                let name = module.ident.to_string();
                let flat = dir.join(format!("{name}.rs"));
                let nested = dir.join(&name).join("mod.rs");
                let (file, child_dir): (PathBuf, PathBuf) = if output.files.contains_key(&flat) {
                    (flat, dir.join(&name))
                } else {
                    (nested, dir.join(&name))
                };
                let parsed = parse(output, &file)?;
                let children = inline_items(output, parsed.items, &child_dir)?;
                // A `#[cfg]` module cannot also carry inner attributes: the
                // file's inner attributes become outer ones, and its `//!`
                // docs (written for the crate, with doc tests naming it) go.
                for mut attr in parsed.attrs {
                    if attr.path().is_ident("doc") {
                        continue;
                    }
                    attr.style = syn::AttrStyle::Outer;
                    module.attrs.push(attr);
                }
                // `#[rustfmt::skip]` keeps rustfmt off generated files; on an
                // inline module with inner attributes it is an error.
                module.attrs.retain(|a| {
                    a.path()
                        .segments
                        .first()
                        .is_none_or(|s| s.ident != "rustfmt")
                });
                module.content = Some((Default::default(), children));
                module.semi = None;
                out.push(syn::Item::Mod(module));
            }
            other => out.push(other),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::EmitError;
    use proc_macro2::{Spacing, TokenStream, TokenTree};
    use std::collections::BTreeSet;

    /// The crates that code starting a path with `::` names (`::serde::Serialize`).
    fn roots(tokens: TokenStream, out: &mut BTreeSet<String>) {
        // Keywords before a path do not continue it (`impl ::serde::Serialize`).
        const KEYWORDS: &[&str] = &[
            "as", "dyn", "else", "fn", "for", "if", "impl", "in", "let", "match", "mut", "pub",
            "ref", "return", "type", "use", "where",
        ];
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, token) in tokens.iter().enumerate() {
            if let TokenTree::Group(group) = token {
                roots(group.stream(), out);
            }
            let colon = |t: Option<&TokenTree>| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':');
            let leading = match i.checked_sub(1).map(|j| &tokens[j]) {
                None => true,
                Some(TokenTree::Ident(ident)) => KEYWORDS.contains(&ident.to_string().as_str()),
                Some(TokenTree::Punct(p)) => !matches!(p.as_char(), '>' | ':'),
                Some(_) => false,
            };
            let joint = matches!(token, TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Joint);
            if leading && joint && colon(tokens.get(i + 1)) {
                if let Some(TokenTree::Ident(name)) = tokens.get(i + 2) {
                    out.insert(name.to_string());
                }
            }
        }
    }

    /// Module output names no crate but `std`, `core` and the runtime crate,
    /// so the crate that includes it needs no other dependency; it has no
    /// runtime files and no server (checked on every fixture spec; the
    /// build-script example compiles one against the runtime crate).
    #[test]
    fn module_output_names_only_the_runtime_crate() {
        for spec in crate::test_inputs::fixture_specs() {
            let output = crate::Config::new()
                .spec(&spec)
                .tag_features(false)
                .render_as(crate::emit::krate::Layout::Module)
                .unwrap();
            let paths: Vec<_> = output.files.keys().collect();
            assert!(
                paths.iter().all(|p| {
                    p.starts_with("src")
                        && !p.starts_with("src/runtime")
                        && !p.starts_with("src/server")
                }),
                "{}: {paths:?}",
                spec.display()
            );
            let code = super::single_file(&output, "api").unwrap();
            let mut found = BTreeSet::new();
            roots(code.parse().unwrap(), &mut found);
            let allowed = ["authentik_codegen_runtime", "core", "std"];
            let others: Vec<_> = found
                .iter()
                .filter(|r| !allowed.contains(&r.as_str()))
                .collect();
            assert!(others.is_empty(), "{}: {others:?}", spec.display());
        }
    }

    /// The scan finds leading paths, after keywords too, and only those.
    #[test]
    fn roots_are_the_leading_path_segments() {
        let mut found = BTreeSet::new();
        let code = "impl ::serde::Serialize for X { fn f() -> Vec<::uuid::Uuid> { a::b(); <::std::string::String>::new(); super::runtime::x() } }";
        roots(code.parse().unwrap(), &mut found);
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            ["serde", "std", "uuid"]
        );
    }

    /// A module name that is not a Rust identifier is the caller's error,
    /// reported before anything is parsed.
    #[test]
    fn module_names_are_identifiers() {
        let error = super::single_file(&Default::default(), "not-an-ident");
        assert!(
            matches!(&error, Err(EmitError::ModuleName(name)) if name == "not-an-ident"),
            "{error:?}"
        );
    }
}
