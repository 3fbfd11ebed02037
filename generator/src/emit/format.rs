//! Formatting: token streams to text with prettyplease, plus the few
//! layouts prettyplease cannot produce (the bodies of the runtime's
//! `object!`/`params!` macros, blank lines between items and between an
//! `impl`'s members). Every text-level step of the back-ends is here.

use super::error::EmitError;
use proc_macro2::TokenStream;
use quote::quote;
use std::path::Path;

/// Format a token stream as a Rust file.
///
/// prettyplease prints the body of a macro invocation as one wrapped run of
/// tokens; the runtime's `object!` and `params!` invocations are printed
/// like the struct they declare instead (see [`object_body`]). `path` is
/// the file's path in the generated crate, for errors.
pub(crate) fn format_file(tokens: TokenStream, path: &Path) -> Result<String, EmitError> {
    let mut file: syn::File = syn::parse2(tokens).map_err(|source| EmitError::Parse {
        file: path.to_path_buf(),
        source,
    })?;
    let mut bodies = Vec::new();
    for item in &mut file.items {
        if let syn::Item::Macro(item) = item {
            let name = item.mac.path.segments.last().map(|s| s.ident.to_string());
            if matches!(name.as_deref(), Some("object" | "params")) {
                bodies.push(object_body(item.mac.tokens.clone(), path)?);
                let placeholder = format!("__object_body_{}", bodies.len() - 1);
                let placeholder =
                    proc_macro2::Ident::new(&placeholder, proc_macro2::Span::call_site());
                item.mac.tokens = quote!(#placeholder);
                item.mac.delimiter = syn::MacroDelimiter::Paren(Default::default());
                item.semi_token = Some(Default::default());
            }
        }
    }
    let mut out = prettyplease::unparse(&file);
    for (i, body) in bodies.iter().enumerate() {
        let placeholder = format!("(__object_body_{i});");
        if !out.contains(&placeholder) {
            return Err(EmitError::Placeholder {
                file: path.to_path_buf(),
                placeholder,
            });
        }
        out = out.replacen(&placeholder, body, 1);
    }
    Ok(out)
}

/// The body of an `object! { struct ... required(...) rest(...) }` or
/// `params! { struct ... }` invocation (braces included), printed as
/// prettyplease prints the struct, with each field's `=> ...` after its type.
fn object_body(tokens: TokenStream, path: &Path) -> Result<String, EmitError> {
    let body: ObjectBody = syn::parse2(tokens).map_err(|source| EmitError::MacroBody {
        file: path.to_path_buf(),
        source,
    })?;
    let ObjectBody {
        attrs,
        name,
        fields,
        required,
        rest,
        seq,
        zero,
        shapes,
    } = body;
    // The struct as prettyplease prints it, built from the parsed parts
    // (not quoted and parsed again).
    let mut tails = Vec::with_capacity(fields.len());
    let named = fields.into_iter().map(|f| {
        tails.push(inline_tokens(f.tail));
        syn::Field {
            attrs: f.attrs,
            vis: syn::Visibility::Public(Default::default()),
            mutability: syn::FieldMutability::None,
            ident: Some(f.name),
            colon_token: Some(Default::default()),
            ty: f.ty,
        }
    });
    let item = syn::ItemStruct {
        attrs,
        vis: syn::Visibility::Public(Default::default()),
        struct_token: Default::default(),
        ident: name.clone(),
        generics: Default::default(),
        fields: syn::Fields::Named(syn::FieldsNamed {
            brace_token: Default::default(),
            named: named.collect(),
        }),
        semi_token: None,
    };
    let text = prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![syn::Item::Struct(item)],
    });
    // Field ends: lines at the fields' indentation ending with `,` (a type
    // spanning lines ends with `>,`), not docs or attributes.
    let mut tails = tails.into_iter();
    let layout = |problem| EmitError::Layout {
        file: path.to_path_buf(),
        name: name.to_string(),
        problem,
    };
    let mut out = String::from(" {\n");
    for line in text.lines() {
        let field_end = line.starts_with("    ")
            && !line.starts_with("     ")
            && line.ends_with(',')
            && !line.trim_start().starts_with("//")
            && !line.trim_start().starts_with("#[");
        out.push_str("    ");
        if field_end {
            let tail = tails
                .next()
                .ok_or_else(|| layout("more field ends than fields"))?;
            out.push_str(&format!("{} => {tail},", &line[..line.len() - 1]));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    if tails.next().is_some() {
        return Err(layout("a field's end was not found"));
    }
    if let Some(required) = required {
        out.push_str(&wrap_list(
            "    required(",
            required.into_iter().map(inline_tokens),
            ")",
        ));
    }
    if let Some((name, ty)) = rest {
        let alias = syn::ItemType {
            attrs: Vec::new(),
            vis: syn::Visibility::Inherited,
            type_token: Default::default(),
            ident: syn::Ident::new("T", proc_macro2::Span::call_site()),
            generics: Default::default(),
            eq_token: Default::default(),
            ty: Box::new(ty),
            semi_token: Default::default(),
        };
        let ty = prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![syn::Item::Type(alias)],
        });
        let ty = ty
            .trim()
            .trim_start_matches("type T = ")
            .trim_end_matches(';');
        out.push_str(&format!("    rest({name}: {ty})\n"));
    }
    if let Some(field) = seq {
        out.push_str(&format!("    seq({field})\n"));
    }
    if zero {
        out.push_str("    zero(required)\n");
    }
    if let Some(shapes) = shapes {
        let entries: Vec<String> = shapes
            .to_string()
            .split(',')
            .map(|entry| entry.trim().to_string())
            .filter(|entry| !entry.is_empty())
            .collect();
        out.push_str(&wrap_list("    shapes(", entries.into_iter(), ")"));
    }
    out.push('}');
    Ok(out)
}

/// `open item, item, ... close` on one line, or wrapped at 100 columns
/// with the items indented under `open`.
fn wrap_list(open: &str, items: impl Iterator<Item = String>, close: &str) -> String {
    let items: Vec<String> = items.collect();
    let line = format!("{open}{}{close}\n", items.join(", "));
    if line.len() <= 101 {
        return line;
    }
    let indent = " ".repeat(open.len() - open.trim_start().len() + 4);
    let mut out = format!("{open}\n");
    let mut current = indent.clone();
    for item in items {
        if current.len() > indent.len() && current.len() + item.len() + 2 > 100 {
            out.push_str(current.trim_end());
            out.push('\n');
            current = indent.clone();
        }
        current.push_str(&item);
        current.push_str(", ");
    }
    out.push_str(current.trim_end());
    out.push('\n');
    out.push_str(&" ".repeat(indent.len() - 4));
    out.push_str(close);
    out.push('\n');
    out
}

/// The tokens of an `object!` invocation (see the runtime's `object` module).
struct ObjectBody {
    attrs: Vec<syn::Attribute>,
    name: syn::Ident,
    fields: Vec<ObjectField>,
    required: Option<Vec<TokenStream>>,
    rest: Option<(syn::Ident, syn::Type)>,
    seq: Option<syn::Ident>,
    zero: bool,
    shapes: Option<TokenStream>,
}

/// `#[attrs] pub name: Type => tail`.
struct ObjectField {
    attrs: Vec<syn::Attribute>,
    name: syn::Ident,
    ty: syn::Type,
    tail: TokenStream,
}

impl syn::parse::Parse for ObjectBody {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let attrs = input.call(syn::Attribute::parse_outer)?;
        input.parse::<syn::Token![pub]>()?;
        input.parse::<syn::Token![struct]>()?;
        let name = input.parse()?;
        let content;
        syn::braced!(content in input);
        let mut fields = Vec::new();
        while !content.is_empty() {
            let attrs = content.call(syn::Attribute::parse_outer)?;
            content.parse::<syn::Token![pub]>()?;
            let name = content.parse()?;
            content.parse::<syn::Token![:]>()?;
            let ty = content.parse()?;
            content.parse::<syn::Token![=>]>()?;
            let mut tail = TokenStream::new();
            while !content.is_empty() && !content.peek(syn::Token![,]) {
                tail.extend([content.parse::<proc_macro2::TokenTree>()?]);
            }
            if !content.is_empty() {
                content.parse::<syn::Token![,]>()?;
            }
            fields.push(ObjectField {
                attrs,
                name,
                ty,
                tail,
            });
        }
        let mut required = None;
        let mut rest = None;
        let mut seq = None;
        let mut zero = false;
        let mut shapes = None;
        while !input.is_empty() {
            let keyword: syn::Ident = input.parse()?;
            let inner;
            syn::parenthesized!(inner in input);
            if keyword == "required" {
                let mut list = Vec::new();
                let mut entry = TokenStream::new();
                while !inner.is_empty() {
                    if inner.peek(syn::Token![,]) {
                        inner.parse::<syn::Token![,]>()?;
                        list.push(std::mem::take(&mut entry));
                    } else {
                        entry.extend([inner.parse::<proc_macro2::TokenTree>()?]);
                    }
                }
                if !entry.is_empty() {
                    list.push(entry);
                }
                required = Some(list);
            } else if keyword == "rest" {
                let name = inner.parse()?;
                inner.parse::<syn::Token![:]>()?;
                rest = Some((name, inner.parse()?));
            } else if keyword == "seq" {
                seq = Some(inner.parse()?);
            } else if keyword == "zero" {
                inner.parse::<syn::Ident>()?;
                zero = true;
            } else if keyword == "shapes" {
                shapes = Some(inner.parse::<TokenStream>()?);
            } else {
                return Err(syn::Error::new(
                    keyword.span(),
                    "expected `required(..)`, `rest(..)`, `seq(..)`, `zero(..)` or `shapes(..)`",
                ));
            }
        }
        Ok(ObjectBody {
            attrs,
            name,
            fields,
            required,
            rest,
            seq,
            zero,
            shapes,
        })
    }
}

/// Tokens on one line: spaces between tokens, none before `,` or `:` or
/// inside and before parentheses (`urls("2024.12")`).
fn inline_tokens(tokens: impl IntoIterator<Item = proc_macro2::TokenTree>) -> String {
    use proc_macro2::{Delimiter, TokenTree};
    let mut out = String::new();
    for token in tokens {
        match token {
            TokenTree::Punct(p) if matches!(p.as_char(), ',' | ':') => out.push(p.as_char()),
            TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis => {
                out.push('(');
                out.push_str(&inline_tokens(g.stream()));
                out.push(')');
            }
            other => {
                if !out.is_empty() && !out.ends_with('(') {
                    out.push(' ');
                }
                out.push_str(&other.to_string());
            }
        }
    }
    out
}

/// Format a file made of a header (inner attributes, `//!` docs) and
/// items, with a blank line between items (prettyplease puts none).
/// `path` is the file's path in the generated crate, for errors.
pub(crate) fn format_items(
    path: &Path,
    header: TokenStream,
    items: impl IntoIterator<Item = TokenStream>,
) -> Result<String, EmitError> {
    let mut out = format_file(header, path)?;
    for item in items {
        out.push('\n');
        out.push_str(&format_file(item, path)?);
    }
    Ok(out)
}

/// A blank line between the methods of an `impl` block (prettyplease puts
/// none); whitespace only.
pub fn space_members(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    let mut previous = "";
    for line in text.lines() {
        if previous == "    }" && line.starts_with("    ") && !line.starts_with("    }") {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}
