//! The back-ends' own errors, typed: what can fail while rendering, before
//! it reaches the library boundary as a [`crate::Error`].
//!
//! Most of these are bugs in the generator (it wrote tokens that are not
//! Rust, or a layout it cannot finish) and become [`Error::Internal`]; the
//! ones that depend on the configuration (a type attribute that is not an
//! attribute, a crate or module name that cannot be one) become
//! [`Error::Config`].

use crate::Error;
use std::path::PathBuf;

/// A failure of the back-ends (`emit`), by cause.
#[derive(Debug, thiserror::Error)]
pub(crate) enum EmitError {
    /// Generated tokens do not parse as a Rust file (a bug).
    #[error("{}: generated code does not parse: {source}", file.display())]
    Parse {
        file: PathBuf,
        #[source]
        source: syn::Error,
    },
    /// A generated `object!` or `params!` invocation does not parse as one (a bug).
    #[error("{}: generated `object!` or `params!` does not parse: {source}", file.display())]
    MacroBody {
        file: PathBuf,
        #[source]
        source: syn::Error,
    },
    /// prettyplease's text of an `object!`/`params!` struct did not match
    /// its fields, so the macro's layout could not be finished (a bug).
    #[error("{}: laying out `object!`/`params!` `{name}`: {problem}", file.display())]
    Layout {
        file: PathBuf,
        name: String,
        problem: &'static str,
    },
    /// A placeholder the formatter put into prettyplease's input is not in
    /// its output (a bug).
    #[error("{}: placeholder `{placeholder}` not found in the formatted text", file.display())]
    Placeholder { file: PathBuf, placeholder: String },
    /// A `{{placeholder}}` of a crate template that nothing fills (a bug).
    #[error("{template}: template placeholder `{{{{{placeholder}}}}}` has no value")]
    Template {
        template: &'static str,
        placeholder: String,
    },
    /// Module output: the generated crate lacks a file its modules declare (a bug).
    #[error("the generated crate has no {}", file.display())]
    MissingFile { file: PathBuf },
    /// The server's validation table did not serialise (a bug).
    #[error("the server table does not serialise: {0}")]
    Table(#[source] serde_json::Error),
    /// Rendering a file panicked (a bug).
    #[error("rendering {} panicked", file.display())]
    Panicked { file: PathBuf },
    /// `Config::type_attribute`: the text is not an outer attribute.
    #[error("type attribute for {type_name}: `{attribute}` is not an attribute: {message}")]
    TypeAttribute {
        type_name: String,
        attribute: String,
        message: String,
    },
    /// `Config::crate_name`: not a package name.
    #[error("invalid crate name {0:?}")]
    CrateName(String),
    /// `Config::generate_module`: not a Rust identifier.
    #[error("invalid module name {0:?}: not a Rust identifier")]
    ModuleName(String),
}

impl EmitError {
    /// The stage named by [`Error::Internal`] for a bug, or `None` when the
    /// configuration is at fault.
    fn stage(&self) -> Option<&'static str> {
        Some(match self {
            EmitError::Parse { .. } => "parsing the generated code",
            EmitError::MacroBody { .. }
            | EmitError::Layout { .. }
            | EmitError::Placeholder { .. } => "formatting the generated code",
            EmitError::Template { .. } => "filling the crate templates",
            EmitError::MissingFile { .. } => "inlining the crate into a module",
            EmitError::Table(_) => "serialising the server table",
            EmitError::Panicked { .. } => "rendering a file",
            EmitError::TypeAttribute { .. }
            | EmitError::CrateName(_)
            | EmitError::ModuleName(_) => return None,
        })
    }
}

impl From<EmitError> for Error {
    fn from(error: EmitError) -> Self {
        match error.stage() {
            Some(stage) => Error::Internal {
                stage,
                detail: error.to_string(),
            },
            None => Error::Config(error.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EmitError;
    use crate::Error;

    /// A bug in the generator is internal and names the file; a bad
    /// setting is a configuration error.
    #[test]
    fn bugs_are_internal_settings_are_config() {
        let Err(source) = syn::parse_str::<syn::File>("fn (") else {
            panic!("`fn (` parsed");
        };
        let error = Error::from(EmitError::Parse {
            file: "src/models.rs".into(),
            source,
        });
        assert!(
            matches!(&error, Error::Internal { stage: "parsing the generated code", detail }
                if detail.starts_with("src/models.rs: generated code does not parse: ")),
            "{error:?}"
        );
        let error = Error::from(EmitError::CrateName("a b".into()));
        assert!(
            matches!(&error, Error::Config(message) if message == "invalid crate name \"a b\""),
            "{error:?}"
        );
        let error = EmitError::Template {
            template: "Cargo.toml.tmpl",
            placeholder: "name".into(),
        };
        assert_eq!(
            error.to_string(),
            "Cargo.toml.tmpl: template placeholder `{{name}}` has no value"
        );
    }
}
