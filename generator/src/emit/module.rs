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
