//! Helpers shared by the back-ends: Rust type expressions for IR type
//! references, doc attributes from schema descriptions, identifiers, and
//! formatting with prettyplease.

use crate::ir::{Api, IntWidth, TypeRef};
use crate::naming::Names;
use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::quote;
use std::collections::HashSet;

/// An identifier token; `r#type` style names become raw identifiers.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// The Rust type for a type reference, as seen from the `models` module.
pub fn type_tokens(ty: &TypeRef, names: &Names) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(names.ty(*id));
            quote!(#name)
        }
        TypeRef::String | TypeRef::Binary => quote!(String),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Integer(IntWidth::I32) => quote!(i32),
        TypeRef::Integer(IntWidth::I64) => quote!(i64),
        TypeRef::Integer(IntWidth::U32) => quote!(u32),
        TypeRef::Integer(IntWidth::U64) => quote!(u64),
        TypeRef::Number => quote!(f64),
        TypeRef::Uuid => quote!(::uuid::Uuid),
        TypeRef::DateTime => quote!(::chrono::DateTime<::chrono::Utc>),
        TypeRef::Date => quote!(::chrono::NaiveDate),
        TypeRef::Json => quote!(::serde_json::Value),
        TypeRef::Array(item) => {
            let item = type_tokens(item, names);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = type_tokens(value, names);
            quote!(::std::collections::BTreeMap<String, #value>)
        }
        TypeRef::Versioned(inner) => {
            let inner = type_tokens(inner, names);
            quote!(super::runtime::compat::Versioned<#inner>)
        }
        TypeRef::Nullable(inner) if **inner == TypeRef::Json => type_tokens(inner, names),
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(inner, names);
            quote!(Option<#inner>)
        }
    }
}

/// Where code outside the `models` module finds the generated types.
#[derive(Clone, Debug)]
pub struct ModelsPath {
    /// The path to the `models` module (`super::models`).
    pub path: TokenStream,
    names: HashSet<String>,
}

impl ModelsPath {
    pub fn new(api: &Api, names: &Names, path: TokenStream) -> Self {
        ModelsPath {
            path,
            names: api.ids().map(|id| names.ty(id).to_string()).collect(),
        }
    }
}

/// [`type_tokens`] for code outside the `models` module: every generated
/// type is written as a path below `models` (`super::models::User`), so
/// the code's own items can never shadow a model. Paths that
/// [`type_tokens`] already writes (`::uuid::Uuid`, `super::runtime::...`)
/// are kept as they are.
pub fn type_tokens_in(ty: &TypeRef, names: &Names, models: &ModelsPath) -> TokenStream {
    qualify(type_tokens(ty, names), models)
}

fn qualify(tokens: TokenStream, models: &ModelsPath) -> TokenStream {
    let mut out = TokenStream::new();
    // Whether the previous two tokens were `::` (the ident continues a path).
    let mut after_colons = false;
    let mut colon = false;
    for tree in tokens {
        match tree {
            TokenTree::Ident(ref i) if !after_colons && models.names.contains(&i.to_string()) => {
                let path = &models.path;
                out.extend(quote!(#path::#i));
                after_colons = false;
                colon = false;
            }
            TokenTree::Group(group) => {
                let inner = qualify(group.stream(), models);
                let mut new = Group::new(group.delimiter(), inner);
                new.set_span(group.span());
                out.extend([TokenTree::Group(new)]);
                after_colons = false;
                colon = false;
            }
            TokenTree::Punct(ref p) if p.as_char() == ':' => {
                after_colons = colon;
                colon = !colon;
                out.extend([tree]);
            }
            other => {
                after_colons = false;
                colon = false;
                out.extend([other]);
            }
        }
    }
    out
}

/// An operation's summary and description (each once, blank-line separated,
/// with a trailing blank line when not empty): the start of its docs.
pub fn operation_text(op: &crate::ir::Operation) -> String {
    let mut text = String::new();
    for part in [&op.summary, &op.description].into_iter().flatten() {
        let part = part.trim();
        if !part.is_empty() && !text.contains(part) {
            text.push_str(part);
            text.push_str("\n\n");
        }
    }
    text
}

/// `#[doc = "..."]` attributes for a description, safe for rustdoc:
/// indented lines would become doc tests, and unlabelled code fences would
/// be compiled as Rust, so both are neutralised.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return TokenStream::new();
    };
    let lines: Vec<String> = sanitize_doc(text);
    let attrs = lines.iter().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#attrs)*)
}

fn sanitize_doc(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("```") {
            if in_fence {
                out.push("```".to_string());
            } else {
                // Any fenced block is text to rustdoc, whatever its label.
                let _ = rest;
                out.push("```text".to_string());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
        } else {
            // At most three leading spaces: four would start a code block.
            let indent = (line.len() - trimmed.len()).min(3);
            out.push(format!("{}{}", " ".repeat(indent), trimmed));
        }
    }
    if in_fence {
        out.push("```".to_string());
    }
    out
}

/// Format a token stream as a Rust file.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// Format a file made of a header (inner attributes, `//!` docs) and
/// items, with a blank line between items (prettyplease puts none).
pub fn format_items(
    header: TokenStream,
    items: impl IntoIterator<Item = TokenStream>,
) -> Result<String, String> {
    let mut out = format_file(header)?;
    for item in items {
        out.push('\n');
        out.push_str(&format_file(item)?);
    }
    Ok(out)
}
