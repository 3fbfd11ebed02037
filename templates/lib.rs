//! The runtime code every generated crate includes verbatim (`runtime/`),
//! compiled and tested here, plus the templates for generated crate files
//! (`Cargo.toml.tmpl`, `README.md.tmpl`).

pub mod runtime;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod object_tests;

#[cfg(test)]
mod correct_tests;

#[cfg(all(test, feature = "client"))]
mod client_tests;

#[cfg(all(test, feature = "server"))]
mod server_tests;
