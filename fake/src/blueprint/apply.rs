//! Applying blueprint files: folders, files, `metaapplyblueprint`
//! targets (once each, cycles refused) and entries, in order.

use super::document::{self, Document};
use super::entry::{self, Outcome, Resolved, State};
use super::error::{BlueprintError, Location, Problem};
use super::locate::{Path as NodePath, Step};
use super::models::{Models, Target, META_APPLY};
use super::python::truthy;
use super::tags::{self, Instance, Resolver};
use super::{AppliedBlueprint, BlueprintOptions, BlueprintReport, SkipReason, SkippedEntry};
use crate::Fake;
use serde_json::{json, Map, Value};
use serde_yaml::Value as Yaml;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The root of a path given without one (see [`BlueprintOptions::root`]).
pub(super) fn default_root(path: &Path) -> PathBuf {
    let folder = if path.is_dir() {
        Some(path)
    } else {
        path.parent()
    };
    folder
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The `*.yaml` / `*.yml` files of a folder, by name.
fn folder_files(folder: &Path) -> Result<Vec<PathBuf>, BlueprintError> {
    let read_error = |source| BlueprintError::Read {
        path: folder.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for item in std::fs::read_dir(folder).map_err(read_error)? {
        let path = item.map_err(read_error)?.path();
        let yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
        if yaml && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// How deep the name index looks under a root.
const MAX_INDEX_DEPTH: usize = 4;

/// A file under a root: its path, `metadata.name`, and whether authentik
/// would instantiate it.
type Indexed = (PathBuf, Option<String>, bool);

/// What `!Env` reads: a variable's value, `None` when unset.
type EnvLookup = dyn Fn(&str) -> Option<String>;

/// The state of one `apply_blueprints` call.
pub(super) struct Run<'f> {
    fake: &'f Fake,
    models: Models,
    env: Box<EnvLookup>,
    pub(super) report: BlueprintReport,
    /// Files applied (canonical paths).
    done: BTreeSet<PathBuf>,
    /// Files being applied, outermost first (canonical paths).
    stack: Vec<PathBuf>,
    /// Name index per root.
    names: BTreeMap<PathBuf, Vec<Indexed>>,
}

/// The context of one blueprint, each value with its path.
type Context = BTreeMap<String, (Yaml, NodePath)>;

impl<'f> Run<'f> {
    pub(super) fn new(fake: &'f Fake, options: &BlueprintOptions) -> Run<'f> {
        let overrides = options.env.clone();
        Run {
            fake,
            models: Models::new(fake),
            env: Box::new(move |name| match overrides.get(name) {
                Some(value) => value.clone(),
                None => std::env::var(name).ok(),
            }),
            report: BlueprintReport::default(),
            done: BTreeSet::new(),
            stack: Vec::new(),
            names: BTreeMap::new(),
        }
    }

    pub(super) fn apply_path(&mut self, path: &Path, root: &Path) -> Result<(), BlueprintError> {
        if !path.is_dir() {
            return self.apply_file(path, root, None);
        }
        let files = folder_files(path)?;
        if files.is_empty() {
            return Err(BlueprintError::EmptyFolder {
                path: path.to_path_buf(),
            });
        }
        for file in files {
            self.apply_file(&file, root, None)?;
        }
        Ok(())
    }

    /// Apply `file` unless it was; `via` is the meta entry that asks for it.
    fn apply_file(
        &mut self,
        file: &Path,
        root: &Path,
        via: Option<Location>,
    ) -> Result<(), BlueprintError> {
        let canonical = std::fs::canonicalize(file).map_err(|source| BlueprintError::Read {
            path: file.to_path_buf(),
            source,
        })?;
        if self.done.contains(&canonical) {
            return Ok(());
        }
        if let Some(start) = self.stack.iter().position(|f| *f == canonical) {
            let mut chain = self.stack[start..].to_vec();
            chain.push(canonical.clone());
            let at = via.unwrap_or(Location {
                file: file.to_path_buf(),
                line: 1,
                column: 1,
            });
            return Err(BlueprintError::Cycle { at, chain });
        }
        let doc = Document::load(file)?;
        self.stack.push(canonical.clone());
        let result = self.apply_document(&doc, root);
        self.stack.pop();
        result?;
        self.done.insert(canonical);
        self.record_instance(&doc, root)?;
        self.report.blueprints.push(AppliedBlueprint {
            file: file.to_path_buf(),
            name: doc.name.clone(),
            entries: doc.entries.len(),
        });
        Ok(())
    }

    fn context(&self, doc: &Document) -> Context {
        let mut context = Context::new();
        let defaults = [
            ("goauthentik.io/enterprise/licensed", Value::Bool(false)),
            ("goauthentik.io/rbac/models", self.models.rbac_models()),
        ];
        for (key, value) in defaults {
            if let Ok(yaml) = serde_yaml::to_value(value) {
                context.insert(key.to_string(), (yaml, Vec::new()));
            }
        }
        for (key, value, path) in &doc.context {
            context.insert(key.clone(), (value.clone(), path.clone()));
        }
        context
    }

    fn apply_document(&mut self, doc: &Document, root: &Path) -> Result<(), BlueprintError> {
        let context = self.context(doc);
        let mut ids = BTreeMap::new();
        for (path, node) in &doc.entries {
            self.apply_entry(doc, root, &context, &mut ids, path, node)?;
        }
        Ok(())
    }

    fn apply_entry(
        &mut self,
        doc: &Document,
        root: &Path,
        context: &Context,
        ids: &mut BTreeMap<String, Instance>,
        path: &NodePath,
        node: &Yaml,
    ) -> Result<(), BlueprintError> {
        let Yaml::Mapping(map) = node else {
            return Err(doc.malformed(path, "entry", "an entry is not a mapping"));
        };
        let at = |key: &str| {
            let mut p = path.clone();
            p.push(Step::Key(key.to_string()));
            p
        };
        let fail = |(p, problem): tags::Failure| doc.invalid(&p, problem);
        let env = &*self.env;
        let mut r = Resolver::new(self.fake, &self.models, context, ids, env, false);

        let Some(model_node) = map.get("model") else {
            return Err(doc.malformed(path, "entry", "no model"));
        };
        let model = match r.resolve(model_node, &at("model")).map_err(fail)? {
            Value::String(model) => model,
            _ => return Err(doc.malformed(&at("model"), "entry", "the model is not a string")),
        };
        r.policy_binding = model == "authentik_policies.policybinding";
        if !conditions_hold(&mut r, doc, map.get("conditions"), &at("conditions"))? {
            self.skip(doc, path, &model, SkipReason::Conditions);
            return Ok(());
        }
        let state = match map.get("state") {
            None => State::Present,
            Some(node) => match r.resolve(node, &at("state")).map_err(fail)? {
                Value::String(s) => State::parse(&s).ok_or_else(|| {
                    let message =
                        format!("unknown state {s:?} (present, created, must_created, absent)");
                    doc.malformed(&at("state"), "entry", &message)
                })?,
                _ => return Err(doc.malformed(&at("state"), "entry", "the state is not a string")),
            },
        };
        let attrs = resolve_mapping(&mut r, doc, map.get("attrs"), &at("attrs"), true)?;
        if model == META_APPLY {
            return self.meta(doc, root, path, attrs);
        }
        let collection = match self.models.target(&model) {
            Some(Target::Collection(c)) => c.clone(),
            Some(Target::NoCollection) => {
                self.skip(doc, path, &model, SkipReason::NoCollection);
                return Ok(());
            }
            None => {
                return Err(doc.invalid(&at("model"), Problem::UnknownModel(model)));
            }
        };
        let identifiers = resolve_mapping(
            &mut r,
            doc,
            map.get("identifiers"),
            &at("identifiers"),
            false,
        )?;
        if identifiers.is_empty() {
            return Err(doc.malformed(path, "entry", "no identifiers"));
        }
        let id = match map.get("id") {
            None | Some(Yaml::Null) => None,
            Some(Yaml::String(id)) => Some(id.clone()),
            Some(_) => return Err(doc.malformed(&at("id"), "entry", "the id is not a string")),
        };
        let outcome = self.store(&model, &collection, state, identifiers, attrs);
        let outcome = outcome.map_err(|problem| doc.invalid(path, problem))?;
        let object = match &outcome {
            Outcome::Created(o) | Outcome::Updated(o) | Outcome::Kept(o) => Some(o),
            Outcome::Deleted | Outcome::NothingToDelete => None,
        };
        if let (Some(id), Some(object)) = (id, object) {
            ids.insert(id, instance(object));
        }
        Ok(())
    }

    /// Store one resolved entry and count what happened.
    fn store(
        &mut self,
        model: &str,
        collection: &str,
        state: State,
        identifiers: Map<String, Value>,
        attrs: Map<String, Value>,
    ) -> Result<Outcome, Problem> {
        let info = self
            .models
            .info(collection)
            .ok_or_else(|| Problem::Rejected {
                collection: collection.to_string(),
                message: "no such viewset".into(),
            })?;
        let parent = info
            .parent
            .as_deref()
            .and_then(|p| self.models.info(p).map(|i| (p, i)));
        let outcome = entry::apply(
            self.fake,
            Resolved {
                model,
                collection,
                info,
                parent,
                state,
                identifiers,
                attrs,
            },
        )?;
        let count = match &outcome {
            Outcome::Created(_) => &mut self.report.created,
            Outcome::Updated(_) => &mut self.report.updated,
            Outcome::Deleted => &mut self.report.deleted,
            Outcome::Kept(_) | Outcome::NothingToDelete => return Ok(outcome),
        };
        *count.entry(collection.to_string()).or_default() += 1;
        if let (Some((parent, _)), Outcome::Created(_)) = (parent, &outcome) {
            *count.entry(parent.to_string()).or_default() += 1;
        }
        Ok(outcome)
    }

    fn skip(&mut self, doc: &Document, path: &[Step], model: &str, reason: SkipReason) {
        self.report.skipped.push(SkippedEntry {
            at: doc.at(path),
            model: model.to_string(),
            reason,
        });
    }

    /// A `metaapplyblueprint` entry: apply the blueprint its
    /// `attrs.identifiers` name.
    fn meta(
        &mut self,
        doc: &Document,
        root: &Path,
        path: &NodePath,
        attrs: Map<String, Value>,
    ) -> Result<(), BlueprintError> {
        let mut attrs_path = path.clone();
        attrs_path.push(Step::Key("attrs".into()));
        let Some(Value::Object(identifiers)) = attrs.get("identifiers") else {
            return Err(doc.malformed(&attrs_path, "entry", "attrs.identifiers is not a mapping"));
        };
        let required = match attrs.get("required") {
            None => true,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                return Err(doc.malformed(&attrs_path, "entry", "attrs.required is not a boolean"))
            }
        };
        let wanted = describe(identifiers);
        let target = self
            .meta_target(root, identifiers)
            .map_err(|message| doc.malformed(&attrs_path, "entry", &message))?;
        match target {
            Some(file) => self.apply_file(&file, root, Some(doc.at(path))),
            None if required => Err(doc.invalid(path, Problem::MissingBlueprint(wanted))),
            None => {
                self.skip(doc, path, META_APPLY, SkipReason::MissingBlueprint(wanted));
                Ok(())
            }
        }
    }

    /// The file a meta entry's identifiers (`path`, `name`) name, if any.
    fn meta_target(
        &mut self,
        root: &Path,
        identifiers: &Map<String, Value>,
    ) -> Result<Option<PathBuf>, String> {
        let mut path = None;
        let mut name = None;
        for (key, value) in identifiers {
            match (key.as_str(), value) {
                ("path", Value::String(p)) => path = Some(p.clone()),
                ("name", Value::String(n)) => name = Some(n.clone()),
                _ => {
                    return Err(format!(
                        "identifiers {key}: only the string identifiers path and name are supported"
                    ))
                }
            }
        }
        if path.is_none() && name.is_none() {
            return Err("identifiers name no path or name".into());
        }
        let by_path = path.as_ref().map(|p| root.join(p)).filter(|p| p.is_file());
        if path.is_some() && by_path.is_none() {
            return Ok(None);
        }
        let Some(name) = name else {
            return Ok(by_path);
        };
        let index = self.index(root);
        let found = index.iter().find(|(file, n, instantiate)| {
            *instantiate
                && n.as_deref() == Some(name.as_str())
                && by_path.as_ref().is_none_or(|p| same_file(p, file))
        });
        Ok(found.map(|(file, _, _)| file.clone()))
    }

    /// The blueprint files under `root` with their names (built once).
    fn index(&mut self, root: &Path) -> &[Indexed] {
        self.names.entry(root.to_path_buf()).or_insert_with(|| {
            let mut files = Vec::new();
            collect_files(root, 0, &mut files);
            files
                .into_iter()
                .filter_map(|file| {
                    let (name, instantiate) = document::name_of(&file)?;
                    Some((file, name, instantiate))
                })
                .collect()
        })
    }

    /// List an applied file under `/managed/blueprints/`.
    fn record_instance(&mut self, doc: &Document, root: &Path) -> Result<(), BlueprintError> {
        let Some(Target::Collection(collection)) = self
            .models
            .target("authentik_blueprints.blueprintinstance")
            .cloned()
        else {
            return Ok(());
        };
        let path = doc
            .file
            .strip_prefix(root)
            .unwrap_or(&doc.file)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let exists = self
            .fake
            .objects(&collection)
            .unwrap_or_default()
            .iter()
            .any(|o| o.get("path").and_then(Value::as_str) == Some(path.as_str()));
        if exists {
            return Ok(());
        }
        let name = doc.name.clone().unwrap_or_else(|| path.clone());
        let object = json!({
            "name": name,
            "path": path,
            "context": {},
            "enabled": true,
            "status": "successful",
            "last_applied": chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            "managed_models": [],
            "metadata": {"name": name, "labels": doc.labels},
            "content": "",
        });
        self.fake.insert(&collection, object).map_err(|e| {
            doc.invalid(
                &[],
                Problem::Rejected {
                    collection: collection.clone(),
                    message: e.to_string(),
                },
            )
        })?;
        *self.report.created.entry(collection).or_default() += 1;
        Ok(())
    }
}

/// Whether all `conditions` (a list) are true.
fn conditions_hold(
    r: &mut Resolver<'_>,
    doc: &Document,
    conditions: Option<&Yaml>,
    path: &NodePath,
) -> Result<bool, BlueprintError> {
    let items = match conditions {
        None | Some(Yaml::Null) => return Ok(true),
        Some(Yaml::Sequence(items)) => items,
        Some(_) => return Err(doc.malformed(path, "entry", "conditions is not a list")),
    };
    for (i, item) in items.iter().enumerate() {
        let mut at = path.clone();
        at.push(Step::Index(i));
        let value = r.resolve(item, &at).map_err(|(p, e)| doc.invalid(&p, e))?;
        if !truthy(&value) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A mapping field of an entry, tags resolved (absent or null: empty).
fn resolve_mapping(
    r: &mut Resolver<'_>,
    doc: &Document,
    node: Option<&Yaml>,
    path: &NodePath,
    allow_null: bool,
) -> Result<Map<String, Value>, BlueprintError> {
    match node {
        None => Ok(Map::new()),
        Some(Yaml::Null) if allow_null => Ok(Map::new()),
        Some(node) => match r.resolve(node, path).map_err(|(p, e)| doc.invalid(&p, e))? {
            Value::Object(map) => Ok(map),
            _ => Err(doc.malformed(path, "entry", "not a mapping")),
        },
    }
}

/// What `!KeyOf` gives for a stored object.
fn instance(object: &Value) -> Instance {
    Instance {
        pk: object.get("pk").cloned().unwrap_or(Value::Null),
        binding_target: object.get("policybindingmodel_ptr_id").cloned(),
    }
}

/// `path=..., name=...` for messages.
fn describe(identifiers: &Map<String, Value>) -> String {
    identifiers
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The `*.yaml` / `*.yml` files under `folder`, sorted, at most
/// [`MAX_INDEX_DEPTH`] folders deep (unreadable folders are left out).
fn collect_files(folder: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > MAX_INDEX_DEPTH {
        return;
    }
    let Ok(items) = std::fs::read_dir(folder) else {
        return;
    };
    let mut paths: Vec<PathBuf> = items.filter_map(|i| i.ok().map(|i| i.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_files(&path, depth + 1, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}
