//! Runtime support shared by all generated code.
//!
//! This folder is copied verbatim into every generated crate as
//! `src/runtime/`, and compiled and tested on its own in the
//! `authentik-codegen-templates` crate. Generated code reaches it through
//! relative paths (`super::runtime`), never `crate::`, so a generated crate
//! can also be included as a module of another crate.
//!
//! `client` and `server` are compiled with the generated crate's features of
//! the same names; a crate that includes this code as a module and has no
//! such features leaves them out.
#![allow(unexpected_cfgs)]

#[cfg(feature = "client")]
pub mod client;
pub mod compat;
pub mod correct;
pub mod datetime;
mod enums;
pub mod field_errors;
pub mod json_path;
pub mod number;
pub mod object;
#[cfg(feature = "server")]
pub mod server;
pub mod unions;

pub use datetime::{DateTime, LenientDateTime};
pub use field_errors::FieldErrors;
pub use number::Number;

#[allow(unused_imports)]
pub(crate) use enums::string_enum;
#[allow(unused_imports)]
pub(crate) use object::object;
