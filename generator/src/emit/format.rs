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
    let (tokens, bodies) = take_object_bodies(tokens);
    let file: syn::File = syn::parse2(tokens).map_err(|source| EmitError::Parse {
        file: path.to_path_buf(),
        source,
    })?;
    let mut out = prettyplease::unparse(&file);
    for (i, body) in bodies.into_iter().enumerate() {
        let placeholder = format!("({}{i});", PLACEHOLDER);
        if !out.contains(&placeholder) {
            return Err(EmitError::Placeholder {
                file: path.to_path_buf(),
                placeholder,
            });
        }
        out = out.replacen(&placeholder, &object_body(body, path)?, 1);
    }
    Ok(out)
}

/// What stands in for an `object!`/`params!` body while prettyplease
/// lays out the rest (followed by the body's index).
const PLACEHOLDER: &str = "__object_body_";

/// The bodies of the top-level `object! {..}` and `params! {..}`
/// invocations of `tokens`, taken out before syn parses the file (so it
/// does not copy them) and laid out apart; each replaced by
/// `(__object_body_N);`.
fn take_object_bodies(tokens: TokenStream) -> (TokenStream, Vec<TokenStream>) {
    use proc_macro2::{Delimiter, Group, Ident, Span, TokenTree};
    /// How much of `object !` the last tokens were.
    #[derive(PartialEq)]
    enum Seen {
        Nothing,
        Name,
        Bang,
    }
    let mut out = TokenStream::new();
    let mut bodies = Vec::new();
    let mut seen = Seen::Nothing;
    for token in tokens {
        if let (Seen::Bang, TokenTree::Group(group)) = (&seen, &token) {
            let index = format!("{PLACEHOLDER}{}", bodies.len());
            let index = Ident::new(&index, Span::call_site());
            out.extend([TokenTree::Group(Group::new(
                Delimiter::Parenthesis,
                quote!(#index),
            ))]);
            // Braces end an item; the other delimiters come with a `;`.
            if group.delimiter() == Delimiter::Brace {
                out.extend(quote!(;));
            }
            bodies.push(group.stream());
            seen = Seen::Nothing;
            continue;
        }
        seen = match &token {
            TokenTree::Ident(ident) if ident == "object" || ident == "params" => Seen::Name,
            TokenTree::Punct(punct) if seen == Seen::Name && punct.as_char() == '!' => Seen::Bang,
            _ => Seen::Nothing,
        };
        out.extend([token]);
    }
    (out, bodies)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Top-level `object!`/`params!` bodies are laid out like the struct
    /// they declare, `=> ...` after each field's type, in either
    /// delimiter; other macros (and an `object!` inside a function) are
    /// left to prettyplease.
    #[test]
    fn object_bodies_are_laid_out_as_structs() {
        let tokens = quote! {
            #[cfg(feature = "x")]
            super::runtime::object! {
                #[doc = " A thing."]
                #[derive(Clone, Debug)]
                pub struct Thing {
                    #[doc = " The id."]
                    pub id: i64 => 0 "id" req,
                    pub name: Option<::std::collections::BTreeMap<String, Vec<super::models::Thing>>> => 1 "name" opt urls("2024.12"),
                }
                required(0 id)
                rest(additional_properties: ::std::collections::BTreeMap<String, i64>)
                zero(required)
            }
            params!(pub struct P { pub a: u8 => 0 "a", });
            macro_rules! object { () => {} }
            fn f() { object!{ x }; }
        };
        let text = format_file(tokens, Path::new("t.rs")).unwrap();
        let expected = r#"#[cfg(feature = "x")]
super::runtime::object! {
    /// A thing.
    #[derive(Clone, Debug)]
    pub struct Thing {
        /// The id.
        pub id: i64 => 0 "id" req,
        pub name: Option<::std::collections::BTreeMap<String, Vec<super::models::Thing>>> => 1 "name" opt urls("2024.12"),
    }
    required(0 id)
    rest(additional_properties: ::std::collections::BTreeMap<String, i64>)
    zero(required)
}
params! {
    pub struct P {
        pub a: u8 => 0 "a",
    }
}
macro_rules! object {
    () => {};
}
fn f() {
    object! {
        x
    };
}
"#;
        assert_eq!(text, expected);
    }

    /// A body that is not an `object!` body is an error naming the file.
    #[test]
    fn a_malformed_body_is_an_error() {
        let tokens = quote!(object! { pub struct T { pub a: u8 } });
        let e = format_file(tokens, Path::new("src/models.rs")).unwrap_err();
        assert!(
            matches!(&e, EmitError::MacroBody { file, .. } if file == Path::new("src/models.rs")),
            "{e}"
        );
    }

    /// Lists stay on one line up to 100 columns, then wrap under `open`.
    #[test]
    fn lists_wrap_at_100_columns() {
        let short = wrap_list(
            "    required(",
            ["0 a", "1 b"].map(String::from).into_iter(),
            ")",
        );
        assert_eq!(short, "    required(0 a, 1 b)\n");
        let items: Vec<String> = (0..30).map(|i| format!("{i} field")).collect();
        let long = wrap_list("    required(", items.into_iter(), ")");
        let lines: Vec<&str> = long.lines().collect();
        assert_eq!(lines[0], "    required(");
        assert_eq!(*lines.last().unwrap(), "    )");
        assert!(lines[1].starts_with("        0 field, 1 field,"), "{long}");
        assert!(lines.iter().all(|l| l.len() <= 100), "{long}");
        assert!(lines.len() > 3, "{long}");
    }

    /// A blank line goes between an `impl`'s members, not after the last.
    #[test]
    fn members_are_spaced() {
        let text = "impl A {\n    fn a() {\n    }\n    fn b() {}\n}\n";
        assert_eq!(
            space_members(text),
            "impl A {\n    fn a() {\n    }\n\n    fn b() {}\n}\n"
        );
    }
}
