//! Runtime support shared by all generated code.
//!
//! This folder is copied verbatim into every generated crate as
//! `src/runtime/`, and compiled and tested on its own as the
//! `authentik-codegen-runtime` crate, which is also the one dependency of a
//! crate that includes a generated module (`Config::generate_module`): that
//! module's `runtime` is this crate's. Generated code reaches the runtime
//! through relative paths (`super::runtime`), never `crate::`, so a
//! generated crate can also be included as a module of another crate; and
//! names the crates it uses through [`deps`] wherever it cannot name them
//! directly (module output, the macros' expansions).
//!
//! `client` and `server` are compiled with the features of the same names:
//! a generated crate's, or this crate's.
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

/// The crates generated code uses, for code whose own crate does not depend
/// on them: the expansions of the runtime's macros, and module output
/// (`super::runtime::deps::serde::Serialize`).
#[doc(hidden)]
pub mod deps {
    pub use ::chrono;
    pub use ::serde;
    pub use ::serde_json;
    pub use ::uuid;
}

/// The fingerprint of this runtime's files (`templates/fingerprint.rs`),
/// in the runtime crate's own build: module output asserts that it is the
/// one its generator embeds.
#[cfg(runtime_crate)]
#[doc(hidden)]
pub const FINGERPRINT: &str = env!("AUTHENTIK_RUNTIME_FINGERPRINT");

/// Whether `fingerprint` is [`FINGERPRINT`] (a `const fn`, for module
/// output's compile-time check).
#[cfg(runtime_crate)]
#[doc(hidden)]
pub const fn is_fingerprint(fingerprint: &str) -> bool {
    let (a, b) = (fingerprint.as_bytes(), FINGERPRINT.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub use datetime::{DateTime, LenientDateTime};
pub use field_errors::FieldErrors;
pub use number::Number;

// The macros generated code invokes (`super::runtime::object!`), exported
// from this crate's own build only (see `build.rs`).
#[cfg(runtime_crate)]
pub use crate::{object, string_enum};
#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use enums::string_enum;
#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use object::object;
