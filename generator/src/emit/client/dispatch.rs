//! The test-dispatch functions of `client/mod.rs` (feature `test-dispatch`):
//! call operations by their id, for tests that sweep or replay them.

use super::Cx;
use crate::emit::plan::{BodyPlan, Decode, OpPlan, TagPlan};
use crate::emit::rust::ident;
use crate::ir::{Method, ParamLocation, TypeRef};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// `__call_by_operation_id`, behind the `test-dispatch` feature: every GET
/// operation that needs no argument, called with default parameters, its
/// body returned as JSON. Lets a test call them all from the operation ids.
pub(super) fn render_dispatch(cx: &Cx<'_>, tags: &[TagPlan<'_>]) -> TokenStream {
    let mut arms = Vec::new();
    let mut ids = Vec::new();
    for tag in tags {
        let module = ident(&tag.module);
        for p in &tag.ops {
            if p.op.method != Method::Get
                || p.args().next().is_some()
                || !matches!(p.body, BodyPlan::None)
            {
                continue;
            }
            let method = ident(&p.method);
            let id = &p.op.id;
            let call = match &p.params_struct {
                Some(_) => quote!(client.#module().#method(&Default::default()).await),
                None => quote!(client.#module().#method().await),
            };
            let call = if p.decode == Decode::Bytes {
                quote!(#call.map(|bytes| bytes.to_vec()))
            } else {
                call
            };
            let cfg = tag.cfg.clone();
            arms.push(quote!(#cfg #id => to_json(#call),));
            ids.push(quote!(#cfg #id));
        }
    }
    let any_arms: Vec<TokenStream> = tags
        .iter()
        .flat_map(|tag| tag.ops.iter().map(move |p| (tag, p)))
        .filter_map(|(tag, p)| any_call_arm(cx, tag, p))
        .collect();
    let body = if arms.is_empty() {
        quote! {
            let _ = (client, operation_id);
            None
        }
    } else {
        quote! {
            fn to_json<T: ::serde::Serialize>(result: Result<T, Error>) -> Result<::serde_json::Value, Error> {
                result.map(|body| ::serde_json::to_value(body).expect("a decoded body serialises"))
            }
            Some(match operation_id {
                #(#arms)*
                _ => return None,
            })
        }
    };
    quote! {
        /// Call a GET operation that takes no argument by its operation id,
        /// with default parameters; the body comes back as JSON. `None`: no
        /// such operation. For tests (feature `test-dispatch`).
        #[cfg(feature = "test-dispatch")]
        #[doc(hidden)]
        #[allow(deprecated)]
        pub async fn __call_by_operation_id(
            client: &Client,
            operation_id: &str,
        ) -> Option<Result<::serde_json::Value, Error>> {
            #body
        }

        /// The operation ids `__call_by_operation_id` knows.
        #[cfg(feature = "test-dispatch")]
        #[doc(hidden)]
        pub const __DISPATCH_OPERATIONS: &[&str] = &[#(#ids),*];

        /// Call any operation with a JSON body (none: multipart and raw
        /// bodies) by its operation id: path parameters parsed from `path`
        /// in path order, the body from `body`, every other argument its zero
        /// value and optional parameters unset; the 2xx body comes back as
        /// JSON. `None`: no such operation. For tests that rewrite the
        /// request (`ClientBuilder::on_request`), e.g. to replay a recorded
        /// one (feature `test-dispatch`).
        #[cfg(feature = "test-dispatch")]
        #[doc(hidden)]
        pub async fn __call_operation(
            client: &Client,
            operation_id: &str,
            path: &[&str],
            body: Option<&::serde_json::Value>,
        ) -> Option<Result<::serde_json::Value, Error>> {
            type Call = ::std::pin::Pin<
                Box<dyn ::std::future::Future<Output = Result<::serde_json::Value, Error>> + Send>,
            >;
            /// The operation's future, boxed: the arms' arguments stay in
            /// this function's frame (a debug build gives each arm its own
            /// stack slots; one `async fn` with every arm overflowed).
            #[allow(deprecated, unused_variables, clippy::unit_arg, clippy::match_single_binding)]
            fn start(
                client: &Client,
                operation_id: &str,
                path: &[&str],
                body: Option<&::serde_json::Value>,
            ) -> Result<Option<Call>, Error> {
                #[allow(unused_imports)]
                use super::runtime::client::dispatch;
                // Either helper can be unused: no operation of the API (or
                // of the enabled tags) returns raw bytes, or all of them do.
                #[allow(dead_code)]
                fn boxed<T: ::serde::Serialize + 'static>(future: ResponseFuture<T>) -> Result<Option<Call>, Error> {
                    Ok(Some(Box::pin(async move {
                        Ok(::serde_json::to_value(future.await?).unwrap_or_default())
                    })))
                }
                #[allow(dead_code)]
                fn bytes(future: ResponseFuture<super::runtime::client::Bytes>) -> Result<Option<Call>, Error> {
                    Ok(Some(Box::pin(async move {
                        Ok(::serde_json::to_value(future.await?.to_vec()).unwrap_or_default())
                    })))
                }
                match operation_id {
                    #(#any_arms)*
                    _ => Ok(None),
                }
            }
            match start(client, operation_id, path, body) {
                Ok(Some(call)) => Some(call.await),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            }
        }
    }
}

/// The `__call_operation` arm of one operation (`None` for multipart and
/// raw bodies).
fn any_call_arm(cx: &Cx<'_>, tag: &TagPlan<'_>, p: &OpPlan<'_>) -> Option<TokenStream> {
    let id = &p.op.id;
    let module = ident(&tag.module);
    let method = ident(&p.method);
    let mut pass = Vec::new();
    let mut path_index = 0usize;
    for arg in p.args() {
        let (_, by_value) = cx.arg_type(&arg.param.ty);
        // The argument's own type where inference cannot find it (`&str`, `&[T]`).
        let owned = match &arg.param.ty {
            TypeRef::String | TypeRef::Binary => Some(quote!(::<String>)),
            TypeRef::Array(_) => Some(quote!(::<Vec<_>>)),
            _ => None,
        };
        let from_path = arg.param.location == ParamLocation::Path;
        let value = if from_path && !matches!(arg.param.ty, TypeRef::Array(_)) {
            let index = Literal::usize_unsuffixed(path_index);
            quote!(dispatch::path #owned (#id, path, #index)?)
        } else {
            quote!(dispatch::zero #owned (#id)?)
        };
        path_index += usize::from(from_path);
        pass.push(if by_value { value } else { quote!(&#value) });
    }
    match &p.body {
        BodyPlan::None => {}
        BodyPlan::Form(_) => pass.push(quote!(&dispatch::body(#id, body)?)),
        BodyPlan::Json { optional, ty } => {
            // The owned type where the method borrows an unsized one.
            let owned = match ty {
                TypeRef::String | TypeRef::Binary => Some(quote!(::<String>)),
                TypeRef::Array(_) => Some(quote!(::<Vec<_>>)),
                _ => None,
            };
            let value = quote!(&dispatch::body #owned (#id, body)?);
            pass.push(if *optional {
                quote!(Some(#value))
            } else {
                value
            });
        }
        BodyPlan::Multipart(_) | BodyPlan::Raw(_) => return None,
    }
    if p.params_struct.is_some() {
        pass.push(quote!(&Default::default()));
    }
    let wrap = if p.decode == Decode::Bytes {
        quote!(bytes)
    } else {
        quote!(boxed)
    };
    let cfg = tag.cfg.clone();
    Some(quote!(#cfg #id => #wrap(client.#module().#method(#(#pass),*)),))
}
