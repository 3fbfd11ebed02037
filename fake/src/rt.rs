//! The server runtime of the generated crate, in one place.
//!
//! Everything the fake uses from `authentik_api::server` is imported here,
//! so the rest of the crate is written against these names only.

pub use authentik_api::server::table::{is_json, Field, Kind, Location, Operation};
#[cfg(test)]
pub use authentik_api::server::ReplyBody;
pub use authentik_api::server::{
    api, validate, Api, Auth, Backend, Call, Dynamic, RawBody, Reply, ServerError, Ty,
};
