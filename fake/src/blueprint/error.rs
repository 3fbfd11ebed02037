//! The errors of reading and applying blueprints: every problem inside a
//! file is located (`file:line:column`).

use std::fmt;
use std::path::PathBuf;

/// Where in a blueprint file a problem is (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The blueprint file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// Why applying blueprints failed (the fake then holds what it held before
/// the call).
#[derive(Debug, thiserror::Error)]
pub enum BlueprintError {
    /// A file or folder could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A file is larger than [`MAX_FILE_SIZE`](super::MAX_FILE_SIZE).
    #[error("{}: {size} bytes, more than the limit of {limit} bytes", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A folder holds no `*.yaml` / `*.yml` file.
    #[error("{}: no *.yaml or *.yml blueprint in this folder", path.display())]
    EmptyFolder {
        /// The folder.
        path: PathBuf,
    },
    /// A file is not valid YAML.
    #[error("{at}: invalid YAML: {message}")]
    Syntax {
        /// Where the YAML parser stopped.
        at: Location,
        /// The parser's message.
        message: String,
    },
    /// A located problem in a blueprint's content.
    #[error("{at}: {problem}")]
    Invalid {
        /// Where it is.
        at: Location,
        /// What it is.
        problem: Problem,
    },
    /// `metaapplyblueprint` entries that apply each other.
    #[error("{at}: blueprints apply each other in a cycle: {}", show_chain(chain))]
    Cycle {
        /// The entry that closes the cycle.
        at: Location,
        /// The files of the cycle, the first one repeated at the end.
        chain: Vec<PathBuf>,
    },
}

fn show_chain(chain: &[PathBuf]) -> String {
    chain
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" -> ")
}

/// What is wrong with a blueprint, an entry or a tag.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Problem {
    /// A YAML tag the fake does not implement.
    #[error("unsupported tag !{0}")]
    UnsupportedTag(String),
    /// A tag whose argument does not have the expected shape.
    #[error("!{tag}: {message}")]
    BadTag {
        /// The tag (without `!`).
        tag: String,
        /// What is wrong.
        message: String,
    },
    /// The blueprint or an entry does not have the shape of one.
    #[error("malformed {what}: {message}")]
    Malformed {
        /// `blueprint`, `entry` ...
        what: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A model that is neither authentik's (the schema's `ModelEnum`) nor a
    /// meta model.
    #[error("unknown model {0:?}")]
    UnknownModel(String),
    /// `!KeyOf` names no earlier entry of the blueprint with an object.
    #[error("!KeyOf {0}: no earlier entry with this id has an object")]
    UnknownId(String),
    /// `!Find` on a model the fake cannot store.
    #[error("!Find: the fake has no collection for model {0:?}")]
    FindWithoutCollection(String),
    /// `state: must_created` for an object that exists.
    #[error("state must_created, but the object exists already (key {0})")]
    Exists(String),
    /// A required `metaapplyblueprint` target that is not there.
    #[error("metaapplyblueprint: no blueprint matches {0}")]
    MissingBlueprint(String),
    /// The fake rejected the object.
    #[error("the fake rejected the object for {collection}: {message}")]
    Rejected {
        /// The collection.
        collection: String,
        /// The fake's answer.
        message: String,
    },
}
