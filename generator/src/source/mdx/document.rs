//! Building the `openapiv3::OpenAPI` document from the rewritten pages, and
//! mapping errors in it back to the pages.
//!
//! Paths and components are inserted sorted (path, then method; component
//! name), so the document does not depend on the order pages were read.
//! `servers`, `securitySchemes` and `info` repeat on every page: the first
//! page (in path order) that has one defines it; pages that differ are
//! counted in one warning per key. The document is OpenAPI `3.0.3`, what
//! drf-spectacular writes for authentik.

use super::operation::PageOperation;
use super::schemas::Named;
use crate::error::pointer_segment;
use crate::Error;
use openapiv3::{OpenAPI, PathItem, ReferenceOr};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The page-level extras, as first seen, and how many pages differ.
#[derive(Debug, Default)]
pub(super) struct Shared {
    servers: Extra,
    security_schemes: Extra,
    info: Extra,
}

#[derive(Debug, Default)]
struct Extra {
    /// The value and the page it was taken from.
    first: Option<(Value, usize)>,
    /// Pages whose value differs: how many, and the first of them.
    differing: usize,
    first_differing: Option<usize>,
}

impl Extra {
    fn add(&mut self, value: Option<Value>, page: usize) {
        let Some(value) = value else {
            return;
        };
        match &self.first {
            None => self.first = Some((value, page)),
            Some((first, _)) if *first == value => {}
            Some(_) => {
                self.differing += 1;
                self.first_differing.get_or_insert(page);
            }
        }
    }

    fn warn(&self, key: &str, pages: &[PathBuf], warnings: &mut Vec<String>) {
        if let (Some((_, first)), Some(other)) = (&self.first, self.first_differing) {
            warnings.push(format!(
                "`{key}` differs between pages: {} page(s) (the first is {}) differ from {}, \
                 whose `{key}` is used",
                self.differing,
                name(pages, other),
                name(pages, *first),
            ));
        }
    }
}

impl Shared {
    /// Take a page's extras.
    pub fn add(&mut self, op: &mut PageOperation, page: usize) {
        self.servers.add(op.servers.take(), page);
        self.security_schemes.add(op.security_schemes.take(), page);
        self.info.add(op.info.take(), page);
    }
}

/// Where each part of the document came from.
#[derive(Clone, Debug)]
pub(super) struct Origins {
    /// The name of the document as a whole (the input).
    label: PathBuf,
    /// Pointer prefix in the document -> (page, pointer in its blob).
    entries: BTreeMap<String, (PathBuf, String)>,
}

impl Origins {
    pub fn label(&self) -> &Path {
        &self.label
    }

    fn record(&mut self, at: &str, page: &Path, inner: &str) {
        self.entries
            .insert(at.to_string(), (page.to_path_buf(), inner.to_string()));
    }

    /// Move an error about the document onto the page (and the place in its
    /// blob) the offending part came from.
    pub fn locate(&self, error: Error) -> Error {
        match error {
            Error::Spec {
                path,
                pointer,
                message,
            } if path == self.label => match self.find(&pointer) {
                Some((page, inner, rest)) => Error::Spec {
                    path: page.clone(),
                    pointer: format!("{inner}{rest}"),
                    message: format!("{message} (at {pointer} of the rebuilt document)"),
                },
                None => Error::Spec {
                    path,
                    pointer,
                    message,
                },
            },
            Error::Many(errors) => {
                Error::Many(errors.into_iter().map(|e| self.locate(e)).collect())
            }
            other => other,
        }
    }

    /// The longest recorded prefix of `pointer`: its page, the pointer in
    /// the blob, and the rest of `pointer`.
    fn find<'p>(&self, pointer: &'p str) -> Option<(&PathBuf, &str, &'p str)> {
        let mut end = pointer.len();
        loop {
            let prefix = &pointer[..end];
            if let Some((page, inner)) = self.entries.get(prefix) {
                return Some((page, inner, &pointer[end..]));
            }
            end = prefix.rfind('/')?;
        }
    }
}

/// The document, its origins, and the errors found converting the parts.
pub(super) struct Built {
    pub openapi: OpenAPI,
    pub origins: Origins,
    pub errors: Vec<Error>,
}

pub(super) fn build(
    named: Named,
    operations: Vec<(PageOperation, usize)>,
    shared: Shared,
    pages: &[PathBuf],
    label: PathBuf,
    warnings: &mut Vec<String>,
) -> Built {
    let mut errors = Vec::new();
    let mut origins = Origins {
        label,
        entries: BTreeMap::new(),
    };
    let mut openapi = OpenAPI {
        openapi: "3.0.3".to_string(),
        ..OpenAPI::default()
    };
    let mut components = openapiv3::Components::default();

    shared.servers.warn("servers", pages, warnings);
    shared
        .security_schemes
        .warn("securitySchemes", pages, warnings);
    shared.info.warn("info", pages, warnings);
    match shared.info.first {
        Some((value, page)) => {
            let page = name_of(pages, page);
            origins.record("/info", &page, "/info");
            if let Some(info) = convert(value, &page, "/info", &mut errors) {
                openapi.info = info;
            }
        }
        None => {
            warnings.push("no page has `info`: the document's title and version are empty".into())
        }
    }
    if let Some((value, page)) = shared.servers.first {
        let page = name_of(pages, page);
        origins.record("/servers", &page, "/servers");
        if let Some(servers) = convert(value, &page, "/servers", &mut errors) {
            openapi.servers = servers;
        }
    }
    if let Some((value, page)) = shared.security_schemes.first {
        let page = name_of(pages, page);
        origins.record("/components/securitySchemes", &page, "/securitySchemes");
        if let Some(schemes) = convert(value, &page, "/securitySchemes", &mut errors) {
            components.security_schemes = schemes;
        }
    }

    for (component, (body, site)) in &named.components {
        let page = name_of(pages, site.page);
        let at = format!("/components/schemas/{}", pointer_segment(component));
        origins.record(&at, &page, &site.pointer);
        if let Some(schema) = convert(body.clone(), &page, &site.pointer, &mut errors) {
            components.schemas.insert(component.clone(), schema);
        }
    }
    openapi.components = Some(components);

    let mut routes: BTreeMap<String, BTreeMap<&'static str, (PageOperation, usize)>> =
        BTreeMap::new();
    for (op, page) in operations {
        routes
            .entry(op.path.clone())
            .or_default()
            .insert(op.method, (op, page));
    }
    for (route, methods) in routes {
        let mut item = PathItem::default();
        for (method, (op, page)) in methods {
            let page = name_of(pages, page);
            let at = format!("/paths/{}/{method}", pointer_segment(&route));
            origins.record(&at, &page, "");
            let mut body = Value::Object(op.body);
            named.resolve(&mut body);
            let Some(operation) = convert(body, &page, "", &mut errors) else {
                continue;
            };
            // (`method` is one of the eight: `operation.rs` read it.)
            if let Some(slot) = crate::source::openapi::operation_slot(&mut item, method) {
                *slot = Some(operation);
            }
        }
        openapi.paths.paths.insert(route, ReferenceOr::Item(item));
    }
    Built {
        openapi,
        origins,
        errors,
    }
}

/// Deserialize one part of the document; a mismatch is recorded with the
/// page and the pointer in its blob.
fn convert<T: DeserializeOwned>(
    value: Value,
    page: &Path,
    pointer: &str,
    errors: &mut Vec<Error>,
) -> Option<T> {
    match serde_path_to_error::deserialize(value) {
        Ok(part) => Some(part),
        Err(e) => {
            let mut at = pointer.to_string();
            for segment in e.path().iter() {
                use serde_path_to_error::Segment;
                at.push('/');
                match segment {
                    Segment::Seq { index } => at.push_str(&index.to_string()),
                    Segment::Map { key } | Segment::Enum { variant: key } => {
                        at.push_str(&pointer_segment(key))
                    }
                    Segment::Unknown => at.push('?'),
                }
            }
            errors.push(Error::spec(page, &at, e.into_inner().to_string()));
            None
        }
    }
}

fn name_of(pages: &[PathBuf], page: usize) -> PathBuf {
    pages.get(page).cloned().unwrap_or_default()
}

fn name(pages: &[PathBuf], page: usize) -> String {
    name_of(pages, page).display().to_string()
}
