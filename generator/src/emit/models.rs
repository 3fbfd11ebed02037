//! The models back-end: one Rust type per IR type.
//!
//! - structs: `Option` for optional fields; `Option<Option<T>>` for optional
//!   *and* nullable fields, so an absent field and an explicit `null` stay
//!   apart; serde impls from one `object!` invocation per struct (the
//!   runtime's `object` module: one line per field with its wire name and
//!   mode, much cheaper to compile than `#[derive(Serialize, Deserialize)]`);
//! - enums: forward compatible (an `Unknown(String)` catch-all) through the
//!   runtime's `string_enum!`;
//! - discriminated unions: a variant per member plus `Unknown(Value)`; the tag
//!   is written when serialising, unknown tags round-trip unchanged;
//! - aliases: `pub type`.

use super::error::EmitError;
use super::features::TagFeatures;
use super::format::format_items;
use super::rust::{doc_attrs, ident, type_tokens_in, Deps, Scope};
use crate::ir::{Api, Field, LegacyForm, TypeDef, TypeId, TypeKind, TypeRef, Union};
use crate::naming::{self, Names};
use proc_macro2::TokenStream;
use quote::quote;
use std::path::Path;

/// The `models` module (`src/models.rs`): every type of `api`, sorted by
/// Rust name, each under the `#[cfg]` of the tags that use it.
///
/// `type_attributes`: `(type name or "*", attribute)` pairs from
/// `Config::type_attribute`, added to the matching structs, enums and unions;
/// `deps`: how the code names serde, uuid and the like.
pub(crate) fn render(
    api: &Api,
    names: &Names,
    features: &TagFeatures,
    type_attributes: &[(String, String)],
    deps: Deps,
) -> Result<String, EmitError> {
    let type_attributes = type_attributes
        .iter()
        .map(|(name, attr)| {
            let tokens =
                attr.parse()
                    .map_err(|e: proc_macro2::LexError| EmitError::TypeAttribute {
                        type_name: name.clone(),
                        attribute: attr.clone(),
                        message: e.to_string(),
                    })?;
            Ok((name, tokens))
        })
        .collect::<Result<Vec<(&String, TokenStream)>, EmitError>>()?;
    let scope = Scope::models(deps);
    let mut ids: Vec<TypeId> = api.ids().collect();
    ids.sort_by(|a, b| names.ty(*a).cmp(names.ty(*b)));
    // Schemas only older versions have are deprecated; the code around
    // them here uses them still.
    let allow_deprecated = api
        .ids()
        .any(|id| api.removed(&api.get(id).versions))
        .then(|| quote!(#![allow(deprecated)]));
    let header = quote! {
        //! Data types of the API: one per component schema, plus named types
        //! for inline objects and enums.
        #allow_deprecated
    };
    let zeroable = zeroable(api);
    let items = ids
        .iter()
        .map(|&id| {
            let extra = type_attributes
                .iter()
                .filter(|(name, _)| {
                    *name == "*"
                        || *name == names.ty(id)
                        || *name == api.get(id).origin.schema_name()
                })
                .map(|(name, attr)| parse_attributes(name, attr))
                .collect::<Result<Vec<_>, _>>()?
                .concat();
            Ok::<_, EmitError>(render_type(
                api,
                names,
                &scope,
                id,
                &extra,
                zeroable[id.index()],
                &features.cfg_type(id.index()),
            ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    format_items(Path::new("src/models.rs"), header, items)
}

/// A user attribute (`#[derive(Hash)]`, ...) from `Config::type_attribute`
/// for `type_name`: not an attribute is a configuration error.
fn parse_attributes(
    type_name: &str,
    tokens: &TokenStream,
) -> Result<Vec<syn::Attribute>, EmitError> {
    syn::parse::Parser::parse2(syn::Attribute::parse_outer, tokens.clone()).map_err(|e| {
        EmitError::TypeAttribute {
            type_name: type_name.to_string(),
            attribute: tokens.to_string(),
            message: e.to_string(),
        }
    })
}

/// The structs a lenient decode may need the zero value of: those held by
/// value in a required field (through `Box` or `Versioned`); their zero
/// value is the struct of their required fields' zero values. The others'
/// `zero()` is never asked for and answers `None` (less code to compile).
fn zeroable(api: &Api) -> Vec<bool> {
    let mut out = vec![false; api.types.len()];
    for def in &api.types {
        let TypeKind::Struct(s) = &def.kind else {
            continue;
        };
        for field in s.fields.iter().filter(|f| is_plain(f)) {
            let mut ty = &field.ty;
            while let TypeRef::Versioned(inner) = ty {
                ty = inner;
            }
            if let TypeRef::Named(id) = ty {
                if matches!(api.get(*id).kind, TypeKind::Struct(_)) {
                    out[id.index()] = true;
                }
            }
        }
    }
    out
}

/// The items of one type; `extra`: user attributes for its definition;
/// `zeroable`: see [`zeroable`]; `cfg`: the `#[cfg]` every item gets (or
/// nothing).
fn render_type(
    api: &Api,
    names: &Names,
    scope: &Scope,
    id: TypeId,
    extra: &[syn::Attribute],
    zeroable: bool,
    cfg: &TokenStream,
) -> TokenStream {
    let def = api.get(id);
    let name = ident(names.ty(id));
    let mut doc = type_doc(def);
    if let Some(note) = api.presence_note(&def.versions) {
        let line = format!(" {note}");
        doc.extend(quote!(#[doc = ""] #[doc = #line]));
        if api.removed(&def.versions) {
            doc.extend(quote!(#[deprecated(note = #note)]));
        }
    }
    let aliases = def.aliases.iter().map(|alias| {
        let alias_ident = ident(&naming::type_ident(alias));
        let line = format!(
            " `{alias}`: the name of [`{}`] in older schema versions.",
            names.ty(id)
        );
        quote! {
            #cfg
            #[doc = #line]
            pub type #alias_ident = #name;
        }
    });
    let aliases = quote!(#(#aliases)*);
    match &def.kind {
        TypeKind::Struct(s) => {
            let wires: Vec<&str> = s.fields.iter().map(|f| f.name.as_str()).collect();
            let idents = naming::field_idents(wires);
            // `pub name: Type => index "wire" mode,` and the `req`/`urls`
            // fields' `index name`.
            let mut fields = Vec::new();
            let mut required = Vec::new();
            let mut shapes = Vec::new();
            for (index, (field, field_ident)) in s.fields.iter().zip(&idents).enumerate() {
                let (declaration, mode) = render_field(field, field_ident, names, scope);
                let index = proc_macro2::Literal::usize_unsuffixed(index);
                let wire = &field.name;
                let tokens = &mode.tokens;
                if let Some(shape) = shape(api, &field.ty) {
                    let shape = ident(&shape);
                    shapes.push(quote!(#index #shape));
                }
                fields.push(quote!(#declaration => #index #wire #tokens,));
                if mode.required {
                    let name = ident(field_ident);
                    required.push(quote!(#index #name));
                }
            }
            let rest = s.additional.as_ref().map(|value| {
                let value = type_tokens_in(value, names, scope);
                quote!(rest(additional_properties: ::std::collections::BTreeMap<String, #value>))
            });
            let zero = zeroable.then(|| quote!(zero(required)));
            let shapes = (!shapes.is_empty()).then(|| quote!(shapes(#(#shapes),*)));
            let seq = s.array_form.as_ref().and_then(|wire| {
                let index = s.fields.iter().position(|f| &f.name == wire)?;
                let field = ident(&idents[index]);
                Some(quote!(seq(#field)))
            });
            let all_optional = s.fields.iter().all(|f| !is_plain(f));
            let default = all_optional.then(|| quote!(Default,));
            quote! {
                #cfg
                super::runtime::object! {
                    #doc
                    #[derive(Clone, Debug, #default PartialEq)]
                    #(#extra)*
                    pub struct #name {
                        #(#fields)*
                    }
                    required(#(#required),*)
                    #rest
                    #seq
                    #zero
                    #shapes
                }
                #aliases
            }
        }
        TypeKind::Enum(e) => {
            let idents = naming::variant_idents(e.values.iter().map(String::as_str), &["Unknown"]);
            let variants = e.values.iter().zip(&idents).map(|(wire, v)| {
                let v = ident(v);
                let doc = if wire.is_empty() {
                    " `\"\"` (the empty string: DRF's \"blank\", no choice made)".to_string()
                } else {
                    format!(" `{}`", wire.replace('`', "'"))
                };
                quote!(#[doc = #doc] #v,)
            });
            let arms = e.values.iter().zip(&idents).map(|(wire, v)| {
                let v = ident(v);
                quote!(#v => #wire,)
            });
            quote! {
                #cfg
                #doc
                #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
                #(#extra)*
                pub enum #name {
                    #(#variants)*
                    /// A value this version of the crate does not know, kept verbatim.
                    Unknown(String),
                }
                #cfg
                super::runtime::string_enum!(#name, Unknown { #(#arms)* });
                #aliases
            }
        }
        TypeKind::Union(u) => render_union(names, scope, &name, &doc, extra, u, cfg),
        TypeKind::Alias(ty) => {
            let ty = type_tokens_in(ty, names, scope);
            quote! {
                #cfg
                #doc
                pub type #name = #ty;
            }
        }
    }
}

fn type_doc(def: &TypeDef) -> TokenStream {
    match &def.description {
        Some(d) => doc_attrs(Some(d)),
        None => {
            let line = format!(" `{}`", def.origin.schema_name());
            quote!(#[doc = #line])
        }
    }
}

/// Where structs sit inside a field's value when they sit inside arrays or
/// maps (`seq`, `map_seq`, ...: the runtime's `correct::shapes`, two levels
/// deep at most); `None` for a struct (or scalar) value itself.
fn shape(api: &Api, ty: &TypeRef) -> Option<String> {
    fn holds_struct(api: &Api, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(id) => !matches!(api.get(*id).kind, TypeKind::Enum(_)),
            TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::Nullable(t) | TypeRef::Versioned(t) => {
                holds_struct(api, t)
            }
            _ => false,
        }
    }
    fn steps(ty: &TypeRef, out: &mut Vec<&'static str>) {
        match ty {
            TypeRef::Array(t) => {
                out.push("seq");
                steps(t, out)
            }
            TypeRef::Map(t) => {
                out.push("map");
                steps(t, out)
            }
            TypeRef::Nullable(t) | TypeRef::Versioned(t) => steps(t, out),
            _ => {}
        }
    }
    if !holds_struct(api, ty) {
        return None;
    }
    let mut out = Vec::new();
    steps(ty, &mut out);
    out.truncate(2);
    (!out.is_empty()).then(|| out.join("_"))
}

/// A field that is required and not nullable: a plain `T`, no default.
fn is_plain(field: &Field) -> bool {
    field.required && (!field.nullable || field.ty == TypeRef::Json)
}

/// How `object!` reads and writes a field (see the runtime's `object` module).
struct Mode {
    tokens: TokenStream,
    /// `req` or `urls`: an absent field is an error.
    required: bool,
}

/// A struct field, and its mode in the struct's `object!` invocation.
fn render_field(
    field: &Field,
    field_ident: &str,
    names: &Names,
    scope: &Scope,
) -> (TokenStream, Mode) {
    let mut doc = doc_attrs(field.description.as_deref());
    if !field.history.is_empty() {
        let lines = field.history.iter().map(|h| format!(" {h}"));
        let separator = field.description.is_some().then(|| quote!(#[doc = ""]));
        doc = quote!(#doc #separator #(#[doc = #lines])*);
    }
    let name = ident(field_ident);
    let mut base = type_tokens_in(&field.ty, names, scope);
    if field.boxed {
        base = quote!(Box<#base>);
    }
    let json = field.ty == TypeRef::Json;
    let (ty, tokens) = match (&field.legacy, &field.ty) {
        (Some(LegacyForm::NewlineSeparatedUrls { since }), TypeRef::Array(_))
            if !field.nullable =>
        {
            if field.required {
                let mode = Mode {
                    tokens: quote!(urls(#since)),
                    required: true,
                };
                return (quote!(#doc pub #name: #base), mode);
            }
            (quote!(Option<#base>), quote!(urls_opt(#since)))
        }
        _ if is_plain(field) => {
            let mode = Mode {
                tokens: quote!(req),
                required: true,
            };
            return (quote!(#doc pub #name: #base), mode);
        }
        // Required and nullable: `null` is `None`.
        _ if field.required => (quote!(Option<#base>), quote!(nullable)),
        // Optional and nullable (or untyped): absent is `None`, null is
        // `Some(None)` / `Some(Value::Null)`.
        _ if json => (quote!(Option<#base>), quote!(opt_null)),
        _ if field.nullable => (quote!(Option<Option<#base>>), quote!(opt_null)),
        _ => (quote!(Option<#base>), quote!(opt)),
    };
    let mode = Mode {
        tokens,
        required: false,
    };
    (quote!(#doc pub #name: #ty), mode)
}

fn render_union(
    names: &Names,
    scope: &Scope,
    name: &proc_macro2::Ident,
    doc: &TokenStream,
    extra: &[syn::Attribute],
    u: &Union,
    cfg: &TokenStream,
) -> TokenStream {
    let variant_names: Vec<String> = u
        .variants
        .iter()
        .enumerate()
        .map(|(i, v)| match &v.ty {
            TypeRef::Named(id) => names.ty(*id).to_string(),
            _ => format!("Variant{i}"),
        })
        .collect();
    let variant_idents = naming::disambiguate(&variant_names, &["Unknown"]);
    let (serde, serde_json) = (scope.deps.serde(), scope.deps.serde_json());
    let serde_crate = scope.deps.serde_crate_attr();
    let variants = u.variants.iter().zip(&variant_idents).map(|(v, vi)| {
        let vi = ident(vi);
        let ty = type_tokens_in(&v.ty, names, scope);
        quote!(#vi(#ty),)
    });
    let Some(tag_name) = &u.discriminator else {
        // Untagged: the variants are tried in order, strictly (so that a
        // lenient decode does not pick the first variant that can be
        // corrected into shape); only when none fits exactly, leniently.
        let tries = |strict: bool| {
            let arms = u.variants.iter().zip(&variant_idents).map(move |(v, vi)| {
                let vi = ident(vi);
                let ty = type_tokens_in(&v.ty, names, scope);
                quote! {
                    if let Some(v) = super::runtime::unions::attempt::<#ty>(&value, #strict) {
                        return Ok(Self::#vi(v));
                    }
                }
            });
            quote!(#(#arms)*)
        };
        let (strict, lenient) = (tries(true), tries(false));
        let expected = format!("data did not match any variant of untagged enum {name}");
        return quote! {
            #cfg
            #doc
            #[derive(Clone, Debug, PartialEq, #serde::Serialize)]
            #serde_crate
            #[serde(untagged)]
            #[allow(clippy::large_enum_variant)]
            #(#extra)*
            pub enum #name {
                #(#variants)*
            }

            #cfg impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    super::runtime::unions::deserialize(deserializer, |value| {
                        #strict
                        if super::runtime::correct::lenient() {
                            #lenient
                        }
                        Err(#serde::de::Error::custom(#expected))
                    })
                }
            }

            #cfg impl super::runtime::correct::FieldType for #name {
                fn zero() -> Option<Self> {
                    None
                }
            }
        };
    };
    let ser_arms = u.variants.iter().zip(&variant_idents).map(|(v, vi)| {
        let vi = ident(vi);
        let tag = v.tags.first().cloned().unwrap_or_default();
        quote!(Self::#vi(value) => super::runtime::unions::serialize_tagged(serializer, #tag_name, #tag, value),)
    });
    let de_arms = u
        .variants
        .iter()
        .zip(&variant_idents)
        .filter(|(v, _)| !v.tags.is_empty())
        .map(|(v, vi)| {
            let vi = ident(vi);
            let tags = &v.tags;
            quote!(Some(#(#tags)|*) => super::runtime::unions::variant(value).map(Self::#vi),)
        });
    let tag_doc = format!(" Selected by the `{tag_name}` property.");
    quote! {
        #cfg
        #doc
        #[doc = ""]
        #[doc = #tag_doc]
        #[derive(Clone, Debug, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        #(#extra)*
        pub enum #name {
            #(#variants)*
            /// A variant this version of the crate does not know, kept as raw JSON.
            Unknown(#serde_json::Value),
        }

        #cfg impl #serde::Serialize for #name {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#ser_arms)*
                    Self::Unknown(value) => #serde::Serialize::serialize(value, serializer),
                }
            }
        }

        #cfg impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                super::runtime::unions::deserialize(deserializer, |value| {
                    match super::runtime::unions::tag_of(&value, #tag_name) {
                        #(#de_arms)*
                        _ => Ok(Self::Unknown(value)),
                    }
                })
            }
        }

        // Any JSON reads as a union (unknown tags into `Unknown`), `null` included.
        #cfg impl super::runtime::correct::FieldType for #name {
            const NULLABLE: bool = true;

            #[inline]
            fn zero() -> Option<Self> {
                Some(Self::Unknown(#serde_json::Value::Null))
            }
        }
    }
}
