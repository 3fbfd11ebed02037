//! The server's response enums as code: the shapes are planned in
//! `emit::plan::replies`; here each becomes an enum with its `IntoReply`
//! and `FromReply` impls.

use crate::emit::plan::replies::{variant_name, Payload, Replies};
use crate::emit::rust::ident;
use crate::ir::{TypeId, TypeRef};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The type of enum `index` as seen from a tag module, with its
/// success body type filled in.
pub fn type_tokens(replies: &Replies, index: usize, success: Option<TokenStream>) -> TokenStream {
    let Some(shape) = replies.shapes.get(index) else {
        return quote!(());
    };
    let name = ident(&shape.name);
    let generic = shape.statuses.iter().any(|(_, p)| *p == Payload::Success);
    match (generic, success) {
        (true, Some(t)) => quote!(super::#name<#t>),
        _ => quote!(super::#name),
    }
}

/// The enums and their `IntoReply` / `FromReply` impls.
pub fn render(
    replies: &Replies,
    ty: &dyn Fn(&TypeRef) -> TokenStream,
    type_cfg: &dyn Fn(TypeId) -> TokenStream,
) -> Vec<TokenStream> {
    replies
        .shapes
        .iter()
        .map(|shape| {
            let name = ident(&shape.name);
            let generic = shape.statuses.iter().any(|(_, p)| *p == Payload::Success);
            let (params, ser, de) = if generic {
                (
                    quote!(<T>),
                    quote!(<T: ::serde::Serialize>),
                    quote!(<T: ::serde::de::DeserializeOwned>),
                )
            } else {
                (quote!(), quote!(), quote!())
            };
            let cfgs = shape.statuses.iter().filter_map(|(_, p)| match p {
                Payload::Fixed(TypeRef::Named(id)) => Some(type_cfg(*id)),
                _ => None,
            });
            let cfgs: Vec<TokenStream> = cfgs.collect();
            let described: Vec<String> = shape
                .statuses
                .iter()
                .map(|(code, p)| match p {
                    Payload::Empty => format!("`{code}`"),
                    Payload::Success => format!("`{code}` (`T`)"),
                    Payload::Raw => format!("`{code}` (raw)"),
                    Payload::Fixed(t) => format!(
                        "`{code}` (`{}`)",
                        ty(t).to_string().replace(' ', "").replace("models::", "")
                    ),
                })
                .collect();
            let doc = if described.is_empty() {
                // A `default` response only: no status to send.
                " The responses of operations that document no status: none.".to_string()
            } else {
                format!(
                    " The responses of operations documenting {}.",
                    described.join(", ")
                )
            };
            let mut variants = Vec::new();
            let mut into = Vec::new();
            let mut from = Vec::new();
            for (code, payload) in &shape.statuses {
                let v = ident(&variant_name(*code));
                let status = Literal::u16_unsuffixed(*code);
                let vdoc = format!(" `{code}`.");
                match payload {
                    Payload::Empty => {
                        variants.push(quote!(#[doc = #vdoc] #v,));
                        into.push(quote!(Self::#v => Reply::empty(#status),));
                        from.push(quote!(#status => Ok(Self::#v),));
                    }
                    Payload::Success => {
                        variants.push(quote!(#[doc = #vdoc] #v(T),));
                        into.push(quote!(Self::#v(body) => Reply::json(#status, &body),));
                        from.push(quote!(#status => reply.decode().map(Self::#v),));
                    }
                    Payload::Raw => {
                        variants.push(quote!(#[doc = #vdoc] #v(RawBody),));
                        into.push(quote!(Self::#v(body) => Reply::raw(#status, body),));
                        from.push(quote!(#status => reply.decode_raw().map(Self::#v),));
                    }
                    Payload::Fixed(t) => {
                        let t = ty(t);
                        variants.push(quote!(#[doc = #vdoc] #v(#t),));
                        into.push(quote!(Self::#v(body) => Reply::json(#status, &body),));
                        from.push(quote!(#status => reply.decode().map(Self::#v),));
                    }
                }
            }
            let from = if from.is_empty() {
                quote!(Err(ServerError::Reply(reply)))
            } else {
                quote! {
                    match reply.status {
                        #(#from)*
                        _ => Err(ServerError::Reply(reply)),
                    }
                }
            };
            quote! {
                #[doc = #doc]
                #(#cfgs)*
                #[derive(Clone, Debug, PartialEq)]
                pub enum #name #params {
                    #(#variants)*
                }

                #(#cfgs)*
                impl #ser IntoReply for #name #params {
                    fn into_reply(self) -> Reply {
                        match self {
                            #(#into)*
                        }
                    }
                }

                #(#cfgs)*
                impl #de FromReply for #name #params {
                    fn from_reply(reply: Reply) -> rt::Result<Self> {
                        #from
                    }
                }
            }
        })
        .collect()
}
