//! Reading a blueprint file: size limit, YAML, and the top-level shape
//! (`version`, `metadata`, `context`, `entries`).

use super::error::{BlueprintError, Location, Problem};
use super::locate::{key_text, locate, Path, Step};
use super::MAX_FILE_SIZE;
use serde_yaml::{Mapping, Value as Yaml};
use std::io::Read;
use std::path::{Path as FsPath, PathBuf};

/// One parsed blueprint file.
#[derive(Debug)]
pub struct Document {
    /// The file, as it was named.
    pub file: PathBuf,
    /// Its text (kept to locate problems).
    pub text: String,
    /// `metadata.name`.
    pub name: Option<String>,
    /// `metadata.labels`.
    pub labels: serde_json::Map<String, serde_json::Value>,
    /// `context`, each value with its path.
    pub context: Vec<(String, Yaml, Path)>,
    /// The entries, each with its path (`entries[3]`, `entries.section[0]`).
    pub entries: Vec<(Path, Yaml)>,
}

/// Read `file` (at most [`MAX_FILE_SIZE`] bytes).
pub fn read_text(file: &FsPath) -> Result<String, BlueprintError> {
    let read_error = |source| BlueprintError::Read {
        path: file.to_path_buf(),
        source,
    };
    let handle = std::fs::File::open(file).map_err(read_error)?;
    let mut bytes = Vec::new();
    handle
        .take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        let size = std::fs::metadata(file)
            .map(|m| m.len())
            .unwrap_or(bytes.len() as u64);
        return Err(BlueprintError::TooLarge {
            path: file.to_path_buf(),
            size,
            limit: MAX_FILE_SIZE,
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        read_error(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not UTF-8 ({e})"),
        ))
    })
}

impl Document {
    /// Read and parse `file`.
    pub fn load(file: &FsPath) -> Result<Document, BlueprintError> {
        let text = read_text(file)?;
        Document::parse(file, text)
    }

    /// Parse the text of `file`.
    pub fn parse(file: &FsPath, text: String) -> Result<Document, BlueprintError> {
        let root: Yaml = serde_yaml::from_str(&text).map_err(|e| {
            let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
            BlueprintError::Syntax {
                at: Location {
                    file: file.to_path_buf(),
                    line,
                    column,
                },
                message: e.to_string(),
            }
        })?;
        let mut doc = Document {
            file: file.to_path_buf(),
            text,
            name: None,
            labels: serde_json::Map::new(),
            context: Vec::new(),
            entries: Vec::new(),
        };
        let Yaml::Mapping(top) = &root else {
            return Err(doc.malformed(&[], "blueprint", "the document is not a mapping"));
        };
        doc.check_version(top)?;
        doc.read_metadata(top)?;
        doc.read_context(top)?;
        doc.read_entries(top)?;
        Ok(doc)
    }

    /// The location of the node at `path` (the document start if it cannot
    /// be found).
    pub fn at(&self, path: &[Step]) -> Location {
        let (line, column) = locate(&self.text, path).unwrap_or((1, 1));
        Location {
            file: self.file.clone(),
            line,
            column,
        }
    }

    /// A located problem.
    pub fn invalid(&self, path: &[Step], problem: Problem) -> BlueprintError {
        BlueprintError::Invalid {
            at: self.at(path),
            problem,
        }
    }

    /// A located [`Problem::Malformed`].
    pub fn malformed(&self, path: &[Step], what: &'static str, message: &str) -> BlueprintError {
        self.invalid(
            path,
            Problem::Malformed {
                what,
                message: message.to_string(),
            },
        )
    }

    fn check_version(&self, top: &Mapping) -> Result<(), BlueprintError> {
        match top.get("version") {
            None => Ok(()),
            Some(Yaml::Number(n)) if n.as_u64() == Some(1) => Ok(()),
            Some(_) => Err(self.malformed(
                &[Step::Key("version".into())],
                "blueprint",
                "only version 1 is supported",
            )),
        }
    }

    fn read_metadata(&mut self, top: &Mapping) -> Result<(), BlueprintError> {
        let path = [Step::Key("metadata".into())];
        let metadata = match top.get("metadata") {
            None | Some(Yaml::Null) => return Ok(()),
            Some(Yaml::Mapping(m)) => m,
            Some(_) => return Err(self.malformed(&path, "blueprint", "metadata is not a mapping")),
        };
        self.name = match metadata.get("name") {
            Some(Yaml::String(s)) => Some(s.clone()),
            None => None,
            Some(_) => {
                let path = [path[0].clone(), Step::Key("name".into())];
                return Err(self.malformed(&path, "blueprint", "metadata.name is not a string"));
            }
        };
        if let Some(Yaml::Mapping(labels)) = metadata.get("labels") {
            for (k, v) in labels {
                if let (Some(k), Yaml::String(v)) = (key_text(k), v) {
                    self.labels.insert(k, v.clone().into());
                }
            }
        }
        Ok(())
    }

    fn read_context(&mut self, top: &Mapping) -> Result<(), BlueprintError> {
        let path = [Step::Key("context".into())];
        match top.get("context") {
            None | Some(Yaml::Null) => Ok(()),
            Some(Yaml::Mapping(m)) => {
                for (k, v) in m {
                    let Some(key) = key_text(k) else {
                        return Err(self.malformed(
                            &path,
                            "blueprint",
                            "a context key is not text",
                        ));
                    };
                    let at = vec![path[0].clone(), Step::Key(key.clone())];
                    self.context.push((key, v.clone(), at));
                }
                Ok(())
            }
            Some(_) => Err(self.malformed(&path, "blueprint", "context is not a mapping")),
        }
    }

    /// `entries`: a list, or a mapping of sections to lists (authentik's
    /// `iter_entries`).
    fn read_entries(&mut self, top: &Mapping) -> Result<(), BlueprintError> {
        let key = Step::Key("entries".into());
        match top.get("entries") {
            None | Some(Yaml::Null) => Ok(()),
            Some(Yaml::Sequence(items)) => {
                self.push_entries(vec![key], items);
                Ok(())
            }
            Some(Yaml::Mapping(sections)) => {
                for (name, items) in sections {
                    let section = key_text(name).unwrap_or_default();
                    let path = vec![key.clone(), Step::Key(section)];
                    let Yaml::Sequence(items) = items else {
                        return Err(self.malformed(
                            &path,
                            "blueprint",
                            "an entries section is not a list",
                        ));
                    };
                    self.push_entries(path, items);
                }
                Ok(())
            }
            Some(_) => Err(self.malformed(&[key], "blueprint", "entries is not a list")),
        }
    }

    fn push_entries(&mut self, path: Path, items: &[Yaml]) {
        for (i, item) in items.iter().enumerate() {
            let mut at = path.clone();
            at.push(Step::Index(i));
            self.entries.push((at, item.clone()));
        }
    }
}

/// `metadata.name` and whether authentik would instantiate the file (its
/// label `blueprints.goauthentik.io/instantiate` is not `"false"`), for
/// finding a `metaapplyblueprint` target by name. `None` for a file that
/// does not parse.
pub fn name_of(file: &FsPath) -> Option<(Option<String>, bool)> {
    let doc = Document::load(file).ok()?;
    let instantiate = doc
        .labels
        .get("blueprints.goauthentik.io/instantiate")
        .and_then(|v| v.as_str())
        != Some("false");
    Some((doc.name, instantiate))
}
