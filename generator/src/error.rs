//! Typed errors of the generator's library boundary.
//!
//! Every input error names the file and, where it has one, the line or the
//! JSON pointer of the offending node, so a user can jump straight to it.

use std::path::PathBuf;

/// Everything that can go wrong between reading the inputs and writing a crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An input file is larger than the configured limit.
    #[error("{}: file is {size} bytes, more than the limit of {limit} bytes", path.display())]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// The file is not well-formed YAML or JSON.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// The document parsed but something in it is invalid or unsupported.
    /// `pointer` is a JSON pointer (RFC 6901) into the document.
    #[error("{}#{pointer}: {message}", path.display())]
    Spec {
        path: PathBuf,
        pointer: String,
        message: String,
    },
    /// The configuration itself is unusable (no input, bad crate name, ...).
    #[error("configuration: {0}")]
    Config(String),
    /// The generator failed on its own output (a rendered file that does
    /// not parse, ...): a bug in authentik-codegen, not in the input.
    #[error("internal error while {stage}: {detail} (a bug in authentik-codegen; please report it with the input)")]
    Internal { stage: &'static str, detail: String },
    /// Several independent errors, reported together.
    #[error("{} errors:\n{}", .0.len(), .0.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n"))]
    Many(Vec<Error>),
}

impl Error {
    /// An [`Error::Internal`] of `stage`, for `map_err`.
    pub(crate) fn internal(stage: &'static str) -> impl Fn(String) -> Self {
        move |detail| Error::Internal { stage, detail }
    }

    pub(crate) fn spec(path: &std::path::Path, pointer: &str, message: impl Into<String>) -> Self {
        Error::Spec {
            path: path.to_path_buf(),
            pointer: pointer.to_string(),
            message: message.into(),
        }
    }
}

/// No error, one, or several reported together ([`Error::Many`]).
pub(crate) fn collapse(mut errors: Vec<Error>) -> Result<(), Error> {
    match errors.len() {
        0 => Ok(()),
        1 => Err(errors.remove(0)),
        _ => Err(Error::Many(errors)),
    }
}

/// Escape one JSON pointer segment (RFC 6901: `~` -> `~0`, `/` -> `~1`).
pub fn pointer_segment(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::Error;

    /// An internal failure says whose bug it is and where it happened,
    /// unlike a configuration error.
    #[test]
    fn internal_errors_name_the_stage_and_the_bug() {
        let error = Error::internal("rendering the client")("expected `;`".into());
        assert_eq!(
            error.to_string(),
            "internal error while rendering the client: expected `;` \
             (a bug in authentik-codegen; please report it with the input)"
        );
        assert!(matches!(
            error,
            Error::Internal {
                stage: "rendering the client",
                ..
            }
        ));
    }
}
