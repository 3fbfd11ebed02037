//! Patches to the IR from data files: what a server sends that its schema
//! does not say. authentik's known differences are built in
//! (`specs/quirks.yml`, on unless `Config::quirks(false)`); users add their
//! own files with `Config::patch` (CLI `--patch`), in the same format.
//!
//! A file is YAML (or JSON):
//!
//! ```yaml
//! patches:
//!   - field: Task.rel_obj_app_label   # Schema.field, through nested objects: Settings.flags.*
//!     required: false                 # may be absent
//!     evidence: "where this was seen"
//!   - field: TypeCreate.icon_url
//!     nullable: true                  # may be null
//!     evidence: "..."
//!   - field: EventVolume.time
//!     date-time: lenient              # other date-time forms are normal here
//!     evidence: "..."
//!   - schema: ValidationError
//!     array-form: non_field_errors    # may arrive as a bare array: this field
//!     additional: field-errors        # other keys: DRF field errors (or `json`)
//!     evidence: "..."
//!   - operations: "*"                 # an operation id, `prefix_*` or `*`
//!     responses: {"404": GenericError, "405": GenericError}
//!     evidence: "..."
//! version-probe: {operation: admin_version_retrieve, field: version_current}
//! ```
//!
//! Every patch names one target and cites its `evidence`. Patches apply to
//! the folded API (the client's and the models' types); the server's
//! validation table is built from the unpatched newest schema, and patched
//! responses are left out of the server stubs. A patch whose target does not
//! exist is an error, except in the built-in file, whose entries are for
//! the releases that have the target.

use crate::ir::{self, Api, Content, Response, TypeId, TypeKind, TypeRef};
use crate::Error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// authentik's built-in patches.
pub const QUIRKS: &str = include_str!("../../../specs/quirks.yml");

/// The name the built-in patches are reported under.
pub const QUIRKS_PATH: &str = "specs/quirks.yml";

/// A parsed patch file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PatchFile {
    #[serde(default)]
    pub patches: Vec<Patch>,
    #[serde(default)]
    pub version_probe: Option<Probe>,
}

/// One patch: a target and what to change there.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Patch {
    /// `Schema.field` (or `Schema.object.field`, `Schema.object.*`).
    pub field: Option<String>,
    /// A schema by name.
    pub schema: Option<String>,
    /// An operation id, `prefix_*`, or `*`.
    pub operations: Option<String>,
    /// `false`: the field may be absent.
    pub required: Option<bool>,
    /// `true`: the field may be `null`.
    pub nullable: Option<bool>,
    /// `lenient`: date-times without offset and as Unix seconds are normal here.
    pub date_time: Option<DateTimeForms>,
    /// The object may arrive as an array: the value of this field.
    pub array_form: Option<String>,
    /// The type of `additionalProperties`.
    pub additional: Option<Additional>,
    /// Statuses the operations also answer, each with its body's schema.
    #[serde(default)]
    pub responses: BTreeMap<String, String>,
    /// Where the difference was seen (a recording, an issue, source code).
    pub evidence: String,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum DateTimeForms {
    Lenient,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Additional {
    FieldErrors,
    Json,
}

/// `version-probe`: see `ir::VersionProbe`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Probe {
    pub operation: String,
    pub field: String,
}

impl PatchFile {
    /// Parse `text` (YAML or JSON); `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<PatchFile, Error> {
        let value = crate::source::openapi::yaml_value(path, text)?;
        serde_path_to_error::deserialize(value)
            .map_err(|e| crate::source::openapi::structure_error(path, "", e))
    }

    /// The built-in patches.
    pub fn quirks() -> Result<PatchFile, Error> {
        PatchFile::parse(Path::new(QUIRKS_PATH), QUIRKS)
    }
}

/// What applying one file did.
#[derive(Debug, Default)]
pub struct Applied {
    /// Patches applied (each once, whatever the number of targets).
    pub applied: usize,
    /// Patches whose target is not in this API (built-in file only).
    pub skipped: Vec<String>,
}

/// Apply `file` (read from `path`) to `api`. `optional_targets`: skip
/// patches whose target is missing instead of failing (the built-in file).
pub fn apply(
    api: &mut Api,
    path: &Path,
    file: &PatchFile,
    optional_targets: bool,
) -> Result<Applied, Error> {
    let mut applied = Applied::default();
    let mut errors = Vec::new();
    for (index, patch) in file.patches.iter().enumerate() {
        let pointer = format!("/patches/{index}");
        match apply_one(api, path, patch) {
            Ok(()) => applied.applied += 1,
            Err(Failure::NoTarget(what)) if optional_targets => applied.skipped.push(what),
            Err(Failure::NoTarget(what)) => errors.push(Error::spec(
                path,
                &pointer,
                format!("{what}: not in this API"),
            )),
            Err(Failure::Invalid(message)) => errors.push(Error::spec(path, &pointer, message)),
        }
    }
    if let Some(probe) = &file.version_probe {
        match api.operations.iter().find(|op| op.id == probe.operation) {
            Some(op) => {
                api.version_probe = Some(ir::VersionProbe {
                    operation: op.id.clone(),
                    method: op.method,
                    path: op.path.clone(),
                    security: op.security.clone(),
                    field: probe.field.clone(),
                })
            }
            None if optional_targets => applied
                .skipped
                .push(format!("operation {}", probe.operation)),
            None => errors.push(Error::spec(
                path,
                "/version-probe/operation",
                format!("no operation {}", probe.operation),
            )),
        }
    }
    crate::error::collapse(errors).map(|()| applied)
}

enum Failure {
    /// The target does not exist (fine for the built-in file).
    NoTarget(String),
    /// The patch does not make sense for its target.
    Invalid(String),
}

fn apply_one(api: &mut Api, path: &Path, patch: &Patch) -> Result<(), Failure> {
    let file = path.display().to_string();
    match (&patch.field, &patch.schema, &patch.operations) {
        (Some(target), None, None) => {
            only(
                patch,
                &["required", "nullable", "date-time"],
                patch.array_form.is_none()
                    && patch.additional.is_none()
                    && patch.responses.is_empty(),
            )?;
            field_patch(api, &file, target, patch)
        }
        (None, Some(target), None) => {
            only(
                patch,
                &["array-form", "additional"],
                patch.required.is_none()
                    && patch.nullable.is_none()
                    && patch.date_time.is_none()
                    && patch.responses.is_empty(),
            )?;
            schema_patch(api, target, patch)
        }
        (None, None, Some(target)) => {
            only(
                patch,
                &["responses"],
                patch.required.is_none()
                    && patch.nullable.is_none()
                    && patch.date_time.is_none()
                    && patch.array_form.is_none()
                    && patch.additional.is_none(),
            )?;
            operations_patch(api, target, patch)
        }
        _ => Err(Failure::Invalid(
            "a patch names exactly one of `field`, `schema` and `operations`".into(),
        )),
    }
}

/// Check that a patch changes only what its kind of target allows.
fn only(patch: &Patch, allowed: &[&str], ok: bool) -> Result<(), Failure> {
    if patch.evidence.trim().is_empty() {
        return Err(Failure::Invalid(
            "`evidence` is empty: say where the difference was seen".into(),
        ));
    }
    if ok {
        Ok(())
    } else {
        Err(Failure::Invalid(format!(
            "this kind of target takes only {}",
            allowed.join(", ")
        )))
    }
}

/// The struct named `schema` (a component or a hoisted inline type).
fn struct_id(api: &Api, schema: &str) -> Result<TypeId, Failure> {
    let id = api
        .components
        .get(schema)
        .copied()
        .or_else(|| api.by_schema_name().get(schema).copied())
        .ok_or_else(|| Failure::NoTarget(format!("schema {schema}")))?;
    match &api.get(id).kind {
        TypeKind::Struct(_) => Ok(id),
        _ => Err(Failure::Invalid(format!(
            "{schema} is not an object schema"
        ))),
    }
}

/// The named struct a field's type holds (through arrays, maps, `null`).
fn inner_struct(api: &Api, ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => matches!(api.get(*id).kind, TypeKind::Struct(_)).then_some(*id),
        TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::Nullable(t) | TypeRef::Versioned(t) => {
            inner_struct(api, t)
        }
        _ => None,
    }
}

fn field_patch(api: &mut Api, file: &str, target: &str, patch: &Patch) -> Result<(), Failure> {
    let mut segments = target.split('.');
    let (Some(schema), Some(last)) = (segments.next(), target.rsplit('.').next()) else {
        return Err(Failure::Invalid(format!("`{target}` is not Schema.field")));
    };
    let path: Vec<&str> = segments.collect();
    if path.is_empty() {
        return Err(Failure::Invalid(format!("`{target}` is not Schema.field")));
    }
    let mut id = struct_id(api, schema)?;
    for segment in &path[..path.len() - 1] {
        let TypeKind::Struct(s) = &api.get(id).kind else {
            return Err(Failure::Invalid(format!("`{target}`: not an object")));
        };
        let field = s
            .fields
            .iter()
            .find(|f| f.name == *segment)
            .ok_or_else(|| Failure::NoTarget(format!("field {target}")))?;
        id = inner_struct(api, &field.ty)
            .ok_or_else(|| Failure::Invalid(format!("{segment} in `{target}` is not an object")))?;
    }
    let mut what = Vec::new();
    if patch.required == Some(false) {
        what.push("may be absent");
    }
    if patch.nullable == Some(true) {
        what.push("may be `null`");
    }
    if patch.date_time.is_some() {
        what.push("may also be a date-time without offset (UTC) or Unix seconds");
    }
    if what.is_empty() || patch.required == Some(true) || patch.nullable == Some(false) {
        return Err(Failure::Invalid(
            "a field patch sets `required: false`, `nullable: true` or `date-time: lenient`".into(),
        ));
    }
    let note = format!("On the wire it {} (patched by {file}).", what.join(", "));
    let TypeKind::Struct(s) = &mut api.get_mut(id).kind else {
        return Err(Failure::Invalid(format!("`{target}`: not an object")));
    };
    let mut matched = false;
    for field in s
        .fields
        .iter_mut()
        .filter(|f| last == "*" || f.name == last)
    {
        matched = true;
        if patch.required == Some(false) {
            field.required = false;
        }
        if patch.nullable == Some(true) {
            field.nullable = true;
        }
        if patch.date_time.is_some() && !lenient_date_time(&mut field.ty) {
            return Err(Failure::Invalid(format!(
                "{target}: `date-time` on a field that holds no date-time"
            )));
        }
        field.history.push(note.clone());
    }
    if matched {
        Ok(())
    } else {
        Err(Failure::NoTarget(format!("field {target}")))
    }
}

/// Make the date-times in `ty` lenient; whether there was one.
fn lenient_date_time(ty: &mut TypeRef) -> bool {
    match ty {
        TypeRef::DateTime | TypeRef::LenientDateTime => {
            *ty = TypeRef::LenientDateTime;
            true
        }
        TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::Nullable(t) | TypeRef::Versioned(t) => {
            lenient_date_time(t)
        }
        _ => false,
    }
}

fn schema_patch(api: &mut Api, target: &str, patch: &Patch) -> Result<(), Failure> {
    let id = struct_id(api, target)?;
    let TypeKind::Struct(s) = &mut api.get_mut(id).kind else {
        return Err(Failure::Invalid(format!(
            "{target} is not an object schema"
        )));
    };
    if let Some(field) = &patch.array_form {
        let Some(f) = s.fields.iter().find(|f| &f.name == field) else {
            return Err(Failure::Invalid(format!("{target} has no field {field}")));
        };
        if !matches!(f.ty, TypeRef::Array(_)) || s.fields.iter().any(|f| f.required) {
            return Err(Failure::Invalid(format!(
                "array-form: {target}.{field} must be an array and every field of {target} optional"
            )));
        }
        s.array_form = Some(field.clone());
    }
    if let Some(additional) = patch.additional {
        s.additional = Some(Box::new(match additional {
            Additional::FieldErrors => TypeRef::FieldErrors,
            Additional::Json => TypeRef::Json,
        }));
    }
    if patch.array_form.is_none() && patch.additional.is_none() {
        return Err(Failure::Invalid(
            "a schema patch sets `array-form` or `additional`".into(),
        ));
    }
    Ok(())
}

fn operations_patch(api: &mut Api, target: &str, patch: &Patch) -> Result<(), Failure> {
    if patch.responses.is_empty() {
        return Err(Failure::Invalid(
            "an operations patch sets `responses`".into(),
        ));
    }
    let mut bodies = Vec::new();
    for (status, schema) in &patch.responses {
        let code: u16 = status
            .parse()
            .ok()
            .filter(|c| (100..600).contains(c))
            .ok_or_else(|| Failure::Invalid(format!("`{status}` is not an HTTP status")))?;
        let id = api
            .components
            .get(schema)
            .copied()
            .ok_or_else(|| Failure::NoTarget(format!("schema {schema}")))?;
        bodies.push((status.clone(), reason(code), id));
    }
    let matches = |id: &str| match target.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => id == target,
    };
    let mut matched = false;
    for op in api.operations.iter_mut().filter(|op| matches(&op.id)) {
        matched = true;
        for (status, reason, id) in &bodies {
            if op.responses.iter().any(|r| &r.status == status) {
                continue;
            }
            op.responses.push(Response {
                status: status.clone(),
                description: Some(reason.to_string()),
                content: vec![Content {
                    media_type: "application/json".into(),
                    ty: Some(TypeRef::Named(*id)),
                }],
                from_patch: true,
            });
        }
        op.responses
            .sort_by(|a, b| status_order(&a.status).cmp(&status_order(&b.status)));
    }
    if matched {
        Ok(())
    } else {
        Err(Failure::NoTarget(format!("operations {target}")))
    }
}

/// Responses sorted by status, `default` last (as the front-ends sort them).
fn status_order(status: &str) -> (bool, &str) {
    (status == "default", status)
}

fn reason(code: u16) -> &'static str {
    match code {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => "",
    }
}

/// A user's patch file, read with the size limit.
pub(crate) fn read(path: &Path, max_bytes: u64) -> Result<PatchFile, Error> {
    let bytes = crate::source::read_limited(path, max_bytes)?;
    let text = String::from_utf8(bytes).map_err(|e| Error::Syntax {
        path: path.to_path_buf(),
        line: 0,
        column: 0,
        message: format!("not valid UTF-8: {e}"),
    })?;
    PatchFile::parse(path, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_quirks_parse_and_every_patch_cites_evidence() {
        let file = PatchFile::quirks().unwrap();
        assert!(!file.patches.is_empty());
        for patch in &file.patches {
            assert!(!patch.evidence.trim().is_empty(), "{patch:?}");
        }
    }

    #[test]
    fn bad_patch_files_are_located() {
        let path = Path::new("p.yml");
        let e = PatchFile::parse(path, "patches:\n  - field: [x\n").unwrap_err();
        assert!(e.to_string().starts_with("p.yml:3:1: "), "{e}");
        let e = PatchFile::parse(path, "patches:\n  - fild: X.y\n    evidence: e\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("p.yml#/patches/0/fild: unknown field `fild`"),
            "{e}"
        );
    }
}
