//! The `*Params` structs of operations: their optional parameters.
//!
//! The generator writes one `params!` invocation per struct: the struct's
//! fields, each with where it goes (`query`, `joined(",")` for arrays with
//! `explode: false`, `deep` for style `deepObject`, `header`) and its wire
//! name. The macro declares the
//! struct, notes each field's wire name in its docs, and implements
//! [`Params`], which the operation method calls once instead of one line
//! per parameter.

use super::Request;

/// A set of optional parameters that can be added to a request.
pub trait Params {
    /// Add every parameter that is set (`Some`) to `request`.
    fn apply(&self, request: &mut Request);
}

/// ```text
/// params! {
///     /// Docs and attributes of the struct.
///     #[derive(Clone, Debug, Default, PartialEq)]
///     pub struct Name {
///         /// Docs of the field.
///         pub field: Option<String> => query "wire",
///         pub ids: Option<Vec<i64>> => joined(",") "ids",
///         pub client: Option<String> => header "X-Client",
///     }
/// }
/// ```
///
/// Paths in the expansion start with `super::runtime::client`: invoke it
/// from a module of the generated `client` (which imports `runtime`).
// A schema without optional parameters leaves the macro unused.
#[allow(unused_macros)]
#[cfg_attr(runtime_crate, macro_export)]
macro_rules! params {
    (@doc query $wire:literal) => { concat!(" Query parameter `", $wire, "`.") };
    (@doc joined $wire:literal) => { concat!(" Query parameter `", $wire, "`.") };
    (@doc header $wire:literal) => { concat!(" Header parameter `", $wire, "`.") };
    (@doc deep $wire:literal) => { concat!(" Query parameter `", $wire, "` (`", $wire, "[key]=value`).") };
    (@apply $request:ident $value:expr, query $wire:literal) => {
        $request.query($wire, $value)
    };
    (@apply $request:ident $value:expr, joined $separator:literal $wire:literal) => {
        $request.query_joined($wire, $value, $separator)
    };
    (@apply $request:ident $value:expr, header $wire:literal) => {
        $request.header($wire, $value)
    };
    (@apply $request:ident $value:expr, deep $wire:literal) => {
        $request.query_deep($wire, $value)
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: $ty:ty => $how:ident $(($separator:literal))? $wire:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[doc = ""]
                #[doc = super::runtime::client::params!(@doc $how $wire)]
                pub $field: $ty,
            )*
        }

        impl super::runtime::client::Params for $name {
            #[allow(deprecated)]
            fn apply(&self, request: &mut super::runtime::client::Request) {
                $(super::runtime::client::params!(@apply request &self.$field, $how $($separator)? $wire);)*
            }
        }
    };
}

#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use params;
