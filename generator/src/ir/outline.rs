//! A compact, readable outline of an [`Api`], for review and the IR snapshots.
//!
//! One header (info, servers, versions, security schemes, warnings), then one
//! block per named type, sorted by schema name, then one block per operation
//! (in the IR's order, by operation id). Types are always referred to by
//! schema name (a name several arena entries share gets `#1`, `#2` ...),
//! never by [`super::TypeId`]; hoisted inline types are marked `(inline)`.
//! Conventions:
//! - types in [`Api::describe`]'s words: `array<T>`, `map<T>`, `T?`
//!   nullable item, `versioned<T>` the newest type or raw JSON from an
//!   older server, `date-time (lenient)`;
//! - a field's flags in parentheses (`required`, `nullable`, `read-only`,
//!   `write-only`, `deprecated`, `boxed`, `default=`, constraints);
//! - `@` lines are a type's own attributes (aliases, versions, additional
//!   properties, array form); `~` lines a field's history across versions;
//! - `enum E` then `= a | b` (its values, quoted unless plain); `union U by
//!   tag` then `tag values => Variant` (`| Variant` when untagged);
//! - docs after `#`, by their first line cut to [`DOC_CHARS`] characters
//!   (an operation's summary on a line of its own).

use super::*;

/// How many characters of a doc's first line are shown.
const DOC_CHARS: usize = 60;

/// The outline of `api`: deterministic text, one line per fact.
pub fn outline(api: &Api) -> String {
    let names = Names::new(api);
    let mut out = Vec::new();
    header(api, &mut out);
    let mut ids: Vec<TypeId> = api.ids().collect();
    ids.sort_by(|a, b| names.of(*a).cmp(names.of(*b)).then(a.cmp(b)));
    for id in ids {
        out.push(String::new());
        type_block(api, &names, id, &mut out);
    }
    for op in &api.operations {
        out.push(String::new());
        operation(api, &names, op, &mut out);
    }
    out.push(String::new());
    out.join("\n")
}

/// Display names: the schema name, with `#k` when several types share it.
struct Names(Vec<String>);

impl Names {
    fn new(api: &Api) -> Self {
        let (mut count, mut seen) = (BTreeMap::<&str, usize>::new(), BTreeMap::new());
        for def in &api.types {
            *count.entry(def.origin.schema_name()).or_default() += 1;
        }
        let mut names = Vec::with_capacity(api.types.len());
        for name in api.types.iter().map(|def| def.origin.schema_name()) {
            let k: &mut usize = seen.entry(name).or_default();
            *k += 1;
            names.push(match count[name] {
                1 => name.to_string(),
                _ => format!("{name}#{k}"),
            });
        }
        Names(names)
    }

    fn of(&self, id: TypeId) -> &str {
        &self.0[id.index()]
    }

    fn ty(&self, ty: &TypeRef) -> String {
        super::describe_with(ty, &|id| self.of(id))
    }
}

/// `  # first line of the doc…`, or nothing.
fn doc(text: Option<&str>) -> String {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return String::new();
    };
    let first = text.lines().next().unwrap_or_default().trim();
    let mut shown: String = first.chars().take(DOC_CHARS).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    format!("  # {}", shown.replace(char::is_control, " "))
}

/// A wire value as written: bare when plain, quoted otherwise.
fn value(v: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-.:/+@".contains(c);
    if !v.is_empty() && v.chars().all(plain) {
        v.to_string()
    } else {
        format!("{v:?}")
    }
}

/// ` (a, b)` for the non-empty `flags`, or nothing.
fn parens(flags: &[String]) -> String {
    match flags {
        [] => String::new(),
        _ => format!(" ({})", flags.join(", ")),
    }
}

/// `" (removed)"` when `versions` lack the newest input.
fn removed(api: &Api, versions: &[String]) -> &'static str {
    if api.removed(versions) {
        " (removed)"
    } else {
        ""
    }
}

fn header(api: &Api, out: &mut Vec<String>) {
    let info = &api.info;
    let version = format!(" {}", info.version);
    let docs = doc(info.description.as_deref());
    out.push(format!("api {:?}{}{docs}", info.title, version.trim_end()));
    if !api.servers.is_empty() {
        out.push(format!("servers: {}", api.servers.join(", ")));
    }
    if !api.versions.is_empty() {
        out.push(format!("versions: {}", api.versions.join(", ")));
    }
    if let Some(p) = &api.version_probe {
        let (method, security) = (p.method.as_str(), security(&p.security));
        let at = format!("{method} {} {}", p.path, p.operation);
        out.push(format!(
            "version probe: {at} .{}; security: {security}",
            p.field
        ));
    }
    for (name, scheme) in &api.security_schemes {
        let kind = match scheme {
            SecurityScheme::ApiKey { name, location } => {
                format!(
                    "api-key {name} in {}",
                    format!("{location:?}").to_lowercase()
                )
            }
            SecurityScheme::Http { scheme } => format!("http {scheme}"),
            SecurityScheme::Other { kind } => format!("other {kind}"),
        };
        out.push(format!("security scheme {name}: {kind}"));
    }
    out.extend(api.warnings.iter().map(|w| format!("warning: {w}")));
}

fn type_block(api: &Api, names: &Names, id: TypeId, out: &mut Vec<String>) {
    let def = api.get(id);
    let name = names.of(id);
    let inline = match def.origin {
        Origin::Inline { .. } => " (inline)",
        Origin::Component(_) => "",
    };
    let docs = doc(def.description.as_deref());
    out.push(match &def.kind {
        TypeKind::Struct(_) => format!("object {name}{inline}{docs}"),
        TypeKind::Enum(_) => format!("enum {name}{inline}{docs}"),
        TypeKind::Union(u) => {
            let by = u.discriminator.as_ref().map(|d| format!(" by {d}"));
            format!("union {name}{inline}{}{docs}", by.unwrap_or_default())
        }
        TypeKind::Alias(ty) => format!("alias {name}{inline} = {}{docs}", names.ty(ty)),
    });
    if !def.aliases.is_empty() {
        out.push(format!("  @aliases: {}", def.aliases.join(", ")));
    }
    if !def.versions.is_empty() {
        let gone = removed(api, &def.versions);
        out.push(format!("  @versions: {}{gone}", def.versions.join(", ")));
    }
    match &def.kind {
        TypeKind::Struct(s) => {
            if let Some(extra) = &s.additional {
                out.push(format!("  @additional: {}", names.ty(extra)));
            }
            if let Some(field) = &s.array_form {
                out.push(format!("  @array-form: {field}"));
            }
            for f in &s.fields {
                field(names, f, out);
            }
        }
        TypeKind::Enum(e) => {
            let values: Vec<String> = e.values.iter().map(|v| value(v)).collect();
            out.extend(
                wrap(&values, " | ", 76)
                    .into_iter()
                    .map(|l| format!("  = {l}")),
            );
        }
        TypeKind::Union(u) => {
            for v in &u.variants {
                let tags: Vec<String> = v.tags.iter().map(|t| value(t)).collect();
                out.push(match tags.as_slice() {
                    [] => format!("  | {}", names.ty(&v.ty)),
                    _ => format!("  {} => {}", tags.join(", "), names.ty(&v.ty)),
                });
            }
        }
        TypeKind::Alias(_) => {}
    }
}

/// Items joined by `sep`, in lines of at most `width` characters.
fn wrap(items: &[String], sep: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for item in items {
        match lines.last_mut() {
            Some(line) if line.len() + sep.len() + item.len() <= width => {
                line.push_str(sep);
                line.push_str(item);
            }
            _ => lines.push(item.clone()),
        }
    }
    lines
}

fn field(names: &Names, f: &Field, out: &mut Vec<String>) {
    let mut flags: Vec<String> = [
        (f.required, "required"),
        (f.nullable, "nullable"),
        (f.read_only, "read-only"),
        (f.write_only, "write-only"),
        (f.deprecated, "deprecated"),
        (f.boxed, "boxed"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, flag)| flag.to_string())
    .collect();
    if let Some(default) = &f.default {
        let text = default.to_string();
        let cut: String = text.chars().take(40).collect();
        let more = if cut.len() < text.len() { "…" } else { "" };
        flags.push(format!("default={cut}{more}"));
    }
    flags.extend(constraints(&f.constraints));
    let (ty, docs) = (names.ty(&f.ty), doc(f.description.as_deref()));
    out.push(format!("  {}: {ty}{}{docs}", f.name, parens(&flags)));
    if let Some(LegacyForm::NewlineSeparatedUrls { since }) = &f.legacy {
        out.push(format!("    legacy: newline-separated URLs before {since}"));
    }
    out.extend(f.history.iter().map(|line| format!("    ~ {line}")));
}

/// `1..=5`, `>=1`, `<=5`, or `None` when neither bound is set.
fn range<T: std::fmt::Display>(min: &Option<T>, max: &Option<T>) -> Option<String> {
    match (min, max) {
        (Some(a), Some(b)) => Some(format!("{a}..={b}")),
        (Some(a), None) => Some(format!(">={a}")),
        (None, Some(b)) => Some(format!("<={b}")),
        (None, None) => None,
    }
}

fn constraints(c: &Constraints) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(range(&c.min_length, &c.max_length).map(|r| format!("len {r}")));
    out.extend(range(&c.minimum, &c.maximum).map(|r| format!("value {r}")));
    out.extend(c.pattern.as_ref().map(|p| format!("pattern /{p}/")));
    out.extend(range(&c.min_items, &c.max_items).map(|r| format!("items {r}")));
    out.extend(c.format.as_ref().map(|f| format!("format {f}")));
    if let Some(items) = c.items.as_deref().filter(|i| !i.is_empty()) {
        out.push(format!("each({})", constraints(items).join(", ")));
    }
    out
}

/// Alternatives by ` | `, the schemes of one by ` + `.
fn security(alternatives: &[Vec<String>]) -> String {
    if alternatives.is_empty() {
        return "none".into();
    }
    let alternative = |all: &Vec<String>| match all.as_slice() {
        [] => "anonymous".to_string(),
        _ => all.join(" + "),
    };
    let alternatives: Vec<String> = alternatives.iter().map(alternative).collect();
    alternatives.join(" | ")
}

/// `media/type Type` per content type; `no body` for none.
fn content(names: &Names, content: &[Content]) -> String {
    if content.is_empty() {
        return "no body".into();
    }
    let one = |c: &Content| match &c.ty {
        Some(ty) => format!("{} {}", c.media_type, names.ty(ty)),
        None => c.media_type.clone(),
    };
    content.iter().map(one).collect::<Vec<_>>().join(", ")
}

fn operation(api: &Api, names: &Names, op: &Operation, out: &mut Vec<String>) {
    let summary = doc(op.summary.as_deref().or(op.description.as_deref()));
    let (method, path, id) = (op.method.as_str(), &op.path, &op.id);
    out.push(format!("{method} {path} {id} [{}]", op.tag));
    if !summary.is_empty() {
        out.push(format!("  {}", summary.trim_start()));
    }
    if op.deprecated {
        out.push("  deprecated".into());
    }
    if !op.versions.is_empty() {
        let gone = removed(api, &op.versions);
        out.push(format!("  versions: {}{gone}", op.versions.join(", ")));
    }
    out.push(format!("  security: {}", security(&op.security)));
    for p in &op.parameters {
        parameter(names, p, out);
    }
    if let Some(body) = &op.request_body {
        let required = if body.required { " (required)" } else { "" };
        let (body, docs) = (
            content(names, &body.content),
            doc(body.description.as_deref()),
        );
        out.push(format!("  body{required}: {body}{docs}"));
    }
    for r in &op.responses {
        let patch = if r.from_patch { " (patch)" } else { "" };
        let (body, docs) = (content(names, &r.content), doc(r.description.as_deref()));
        out.push(format!("  {}{patch}: {body}{docs}", r.status));
    }
}

fn parameter(names: &Names, p: &Parameter, out: &mut Vec<String>) {
    let (style, explode) = match p.location {
        ParamLocation::Query | ParamLocation::Cookie => (ParamStyle::Form, true),
        ParamLocation::Path | ParamLocation::Header => (ParamStyle::Simple, false),
    };
    let mut flags = Vec::new();
    if p.style != style {
        flags.push(format!("style {:?}", p.style).to_lowercase());
    }
    if p.explode != explode {
        flags.push(format!("explode={}", p.explode));
    }
    if p.deprecated {
        flags.push("deprecated".into());
    }
    flags.extend(constraints(&p.constraints));
    let location = format!("{:?}", p.location).to_lowercase();
    let optional = if p.required { "" } else { "?" };
    let (ty, docs) = (names.ty(&p.ty), doc(p.description.as_deref()));
    out.push(format!(
        "  {location} {}{optional}: {ty}{}{docs}",
        p.name,
        parens(&flags)
    ));
}

#[cfg(test)]
mod tests;
