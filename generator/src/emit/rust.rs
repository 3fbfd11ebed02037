//! Helpers shared by the back-ends: Rust type expressions for IR type
//! references, doc attributes from schema descriptions, identifiers.

use crate::ir::{IntWidth, TypeRef};
use crate::naming::Names;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// An identifier token; `r#type` style names become raw identifiers.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// The Rust type for a type reference, as seen from the `models` module of
/// a generated crate (which names its dependencies directly).
pub fn type_tokens(ty: &TypeRef, names: &Names) -> TokenStream {
    type_tokens_in(ty, names, &Scope::models(Deps::Direct))
}

/// How rendered code names the crates it uses besides `std` (`serde`,
/// `serde_json`, `uuid`, `chrono`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Deps {
    /// By their own names (`::serde`): a generated crate, which depends on
    /// them.
    #[default]
    Direct,
    /// Through the runtime's re-exports (`super::runtime::deps::serde`):
    /// module output, whose crate depends on the runtime crate alone.
    /// Every generated module reaches `super::runtime`. The runtime is then
    /// another crate, whose types the code cannot give methods.
    Runtime,
}

impl Deps {
    /// Whether the runtime is another crate (see [`Deps::Runtime`]).
    pub fn foreign_runtime(self) -> bool {
        self == Deps::Runtime
    }

    fn path(self, krate: &str) -> TokenStream {
        let krate = ident(krate);
        match self {
            Deps::Direct => quote!(::#krate),
            Deps::Runtime => quote!(super::runtime::deps::#krate),
        }
    }

    /// `::serde`, or its path through the runtime.
    pub fn serde(self) -> TokenStream {
        self.path("serde")
    }

    /// `::serde_json`, or its path through the runtime.
    pub fn serde_json(self) -> TokenStream {
        self.path("serde_json")
    }

    /// What a type that derives serde's traits adds, so that the derive's
    /// expansion finds serde: nothing when serde is a dependency,
    /// `#[serde(crate = "...")]` with the runtime's path otherwise.
    pub fn serde_crate_attr(self) -> TokenStream {
        match self {
            Deps::Direct => TokenStream::new(),
            Deps::Runtime => {
                let path = self.serde().to_string().replace(' ', "");
                quote!(#[serde(crate = #path)])
            }
        }
    }
}

/// Where the code being rendered sits: how it reaches the generated types
/// (nowhere to go inside `models`, a path such as `super::models` from
/// anywhere else, so the code's own items can never shadow a model) and how
/// it names its dependencies.
#[derive(Clone, Debug)]
pub struct Scope {
    models: Option<TokenStream>,
    pub deps: Deps,
}

impl Scope {
    /// Code inside the `models` module.
    pub fn models(deps: Deps) -> Scope {
        Scope { models: None, deps }
    }

    /// Code that reaches the models through `path` (`super::models`).
    pub fn beside(path: TokenStream, deps: Deps) -> Self {
        Scope {
            models: Some(path),
            deps,
        }
    }
}

/// The Rust type for a type reference, as seen from code in `scope`: a
/// generated type is written as a path below the models
/// (`super::models::User`); runtime and library types are written as
/// their own paths (`::uuid::Uuid`, `super::runtime::Number`).
pub fn type_tokens_in(ty: &TypeRef, names: &Names, scope: &Scope) -> TokenStream {
    let inner = |ty: &TypeRef| type_tokens_in(ty, names, scope);
    match ty {
        TypeRef::Named(id) => {
            let name = ident(names.ty(*id));
            match &scope.models {
                Some(path) => quote!(#path::#name),
                None => quote!(#name),
            }
        }
        TypeRef::String | TypeRef::Binary => quote!(String),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Integer(IntWidth::I32) => quote!(i32),
        TypeRef::Integer(IntWidth::I64) => quote!(i64),
        TypeRef::Integer(IntWidth::U32) => quote!(u32),
        TypeRef::Integer(IntWidth::U64) => quote!(u64),
        TypeRef::Number => quote!(super::runtime::Number),
        TypeRef::Uuid => {
            let uuid = scope.deps.path("uuid");
            quote!(#uuid::Uuid)
        }
        TypeRef::DateTime => quote!(super::runtime::DateTime),
        TypeRef::LenientDateTime => quote!(super::runtime::LenientDateTime),
        TypeRef::FieldErrors => quote!(super::runtime::FieldErrors),
        TypeRef::Date => {
            let chrono = scope.deps.path("chrono");
            quote!(#chrono::NaiveDate)
        }
        TypeRef::Json => {
            let serde_json = scope.deps.serde_json();
            quote!(#serde_json::Value)
        }
        TypeRef::Array(item) => {
            let item = inner(item);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = inner(value);
            quote!(::std::collections::BTreeMap<String, #value>)
        }
        TypeRef::Versioned(versioned) => {
            let versioned = inner(versioned);
            quote!(super::runtime::compat::Versioned<#versioned>)
        }
        TypeRef::Nullable(nullable) if **nullable == TypeRef::Json => inner(nullable),
        TypeRef::Nullable(nullable) => {
            let nullable = inner(nullable);
            quote!(Option<#nullable>)
        }
    }
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
