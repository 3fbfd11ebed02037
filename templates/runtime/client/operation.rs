//! What the schema says about an operation ([`Operation`], [`Method`]),
//! declared once per generated method by `operation!`.

use super::response::Documented;

/// HTTP method of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub(super) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Put => reqwest::Method::PUT,
            Method::Post => reqwest::Method::POST,
            Method::Delete => reqwest::Method::DELETE,
            Method::Options => reqwest::Method::OPTIONS,
            Method::Head => reqwest::Method::HEAD,
            Method::Patch => reqwest::Method::PATCH,
            Method::Trace => reqwest::Method::TRACE,
        }
    }
}

/// What the schema says about one operation.
#[derive(Debug)]
pub struct Operation {
    /// The operation id (`core_users_list`).
    pub id: &'static str,
    pub method: Method,
    /// The path template below the server path (`/core/users/{id}/`).
    pub path: &'static str,
    /// Security alternatives: each a list of scheme names that must all be
    /// sent; an empty list allows anonymous access.
    pub security: &'static [&'static [&'static str]],
    /// The documented error statuses.
    pub errors: &'static [(u16, Documented)],
}

/// `operation!(Get "/core/users/" "core_users_list")`: declares
/// `static OPERATION`, the [`Operation`] of the method being written.
/// Security and documented errors are the client module's
/// `DEFAULT_SECURITY` and `DEFAULT_ERRORS` unless given:
/// `operation!(Get "/x/" "x_list" security(SECURITY_ANONYMOUS) errors(ERRORS_400_403_404))`.
///
/// Paths in the expansion start with `super::runtime::client` and
/// `super::`: invoke it from a module of the generated `client`.
// A schema without operations leaves the macro unused.
#[allow(unused_macros)]
#[cfg_attr(runtime_crate, macro_export)]
macro_rules! operation {
    (@pick $default:path) => { $default };
    (@pick $default:path, $given:path) => { $given };
    ($method:ident $path:literal $id:literal $(security($security:ident))? $(errors($errors:ident))?) => {
        static OPERATION: super::runtime::client::Operation = super::runtime::client::Operation {
            id: $id,
            method: super::runtime::client::Method::$method,
            path: $path,
            security: super::runtime::client::operation!(@pick super::DEFAULT_SECURITY $(, super::$security)?),
            errors: super::runtime::client::operation!(@pick super::DEFAULT_ERRORS $(, super::$errors)?),
        };
    };
}

#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use operation;
