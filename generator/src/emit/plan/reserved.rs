//! Names the emitted code already uses, which the plan's names avoid. The
//! tidy test (`crate::tidy`) checks these lists against the runtime's and
//! the generated modules' items, so they cannot drift.

/// Methods that `Client` has already (runtime and generated); tag accessors avoid them.
pub(crate) const CLIENT_METHODS: &[&str] = &[
    "base_url",
    "builder",
    "clone",
    "credentials_for",
    "detect_server_version",
    "http_client",
    "new",
    "probe_version",
    "request",
    "server_version",
    "set_server_version",
    "timeout",
    "with_timeout",
];

/// Names used unqualified in `client/mod.rs`; tag modules avoid them.
pub(crate) const CLIENT_MOD_ITEMS: &[&str] = &[
    "__call_by_operation_id",
    "__call_operation",
    // The module itself (`client::client` is clippy's `module_inception`).
    "client",
    "models",
    "reqwest",
    "runtime",
    "rt",
    "API",
    "Client",
    "ClientBuilder",
    "Correction",
    "CorrectionKind",
    "Corrections",
    "Documented",
    "Error",
    "PageStream",
    "ResponseFuture",
    "VERSION_PROBE",
];

/// Methods `Server` has already (runtime and generated); tag methods avoid them.
pub(crate) const SERVER_METHODS: &[&str] = &[
    "all",
    "authenticate",
    "body_limit",
    "clone",
    "default",
    "drf_input",
    "into_router",
    "new",
    "routes",
    "with_api",
];

/// Names `server/mod.rs` has in scope; tag modules avoid them.
/// The module itself is one (`server::server` is clippy's `module_inception`).
pub(crate) const SERVER_MOD_ITEMS: &[&str] = &[
    "api", "models", "runtime", "rt", "server", "table", "validate",
];

/// Names a server tag module imports (`use ::std::sync::Arc`); its types avoid them.
pub(crate) const SERVER_TAG_ITEMS: &[&str] = &["Arc", "Future"];

/// The provided method of every server tag trait (where the operations an
/// implementation leaves out go); operation methods avoid it.
pub(crate) const TRAIT_FALLBACK: &str = "fallback";

/// Local names in the client's method bodies; arguments avoid them.
pub(crate) const CLIENT_LOCALS: &[&str] = &["body", "form", "params", "parts", "request"];

/// Local names in the server's handler code; path arguments avoid them.
pub(crate) const SERVER_LOCALS: &[&str] = &["auth", "body", "input", "query", "self_", "service"];

/// What a tag's module name avoids: it is a method of `Client` and of
/// `Server`, and a module beside `client/mod.rs`'s and `server/mod.rs`'s items.
pub(super) fn tag_modules() -> Vec<&'static str> {
    [
        CLIENT_METHODS,
        CLIENT_MOD_ITEMS,
        SERVER_METHODS,
        SERVER_MOD_ITEMS,
    ]
    .concat()
}
