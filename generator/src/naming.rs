//! Rust names for IR things: types, fields, enum variants.
//!
//! Rules (documented in ARCHITECTURE.md):
//! - a schema name that already is an UpperCamelCase identifier is kept
//!   verbatim (`OAuth2Provider`, `LDAPAPIAccessMode`), so names match the
//!   authentik docs; anything else goes through heck (`modelRequest` ->
//!   `ModelRequest`);
//! - names that would shadow prelude items get a `Model` suffix;
//! - two types that end up with one name never merge: the one whose name was
//!   kept verbatim (then components before inline types, then by schema name)
//!   wins, the others get `2`, `3`, ... and a warning;
//! - fields are snake_case, keywords become raw identifiers (`r#type`) or get a
//!   trailing `_` where raw identifiers are not allowed (`self_`);
//! - enum variants come from the wire value's alphanumeric words
//!   (`http://www.w3.org/2000/09/xmldsig#rsa-sha1` -> `HttpWwwW3Org200009XmldsigRsaSha1`),
//!   prefixed with `V` when they start with a digit (`"1.1"` -> `V1_1`).

use crate::ir::{Api, Origin, TypeId};
use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Names chosen for every type of an [`Api`].
#[derive(Clone, Debug)]
pub struct Names {
    types: Vec<String>,
    pub warnings: Vec<String>,
}

/// Items of the Rust prelude a generated type must not shadow.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Self",
    "Sized",
    "Send",
    "Sync",
    "Copy",
    "Clone",
    "Default",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "Extend",
    "From",
    "Into",
    "ToOwned",
    "ToString",
    "PartialEq",
    "PartialOrd",
    "Eq",
    "Ord",
    "AsRef",
    "AsMut",
    "Some",
    "None",
    "Ok",
    "Err",
];

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

impl Names {
    /// Choose a name for every type in `api`.
    pub fn new(api: &Api) -> Self {
        let mut wanted: BTreeMap<String, Vec<(bool, bool, String, TypeId)>> = BTreeMap::new();
        for id in api.ids() {
            let def = api.get(id);
            let schema = def.origin.schema_name();
            let base = type_ident(schema);
            let verbatim = base == schema;
            let inline = matches!(def.origin, Origin::Inline { .. });
            wanted
                .entry(base)
                .or_default()
                .push((!verbatim, inline, schema.to_string(), id));
        }
        let mut taken: HashSet<String> = wanted.keys().cloned().collect();
        let mut types = vec![String::new(); api.types.len()];
        let mut warnings = Vec::new();
        for (base, mut claimants) in wanted {
            claimants.sort();
            let mut iter = claimants.into_iter();
            let (_, _, first_schema, first) = iter.next().expect("at least one claimant");
            types[first.index()] = base.clone();
            for (_, _, schema, id) in iter {
                let mut n = 2;
                let name = loop {
                    let candidate = format!("{base}{n}");
                    if taken.insert(candidate.clone()) {
                        break candidate;
                    }
                    n += 1;
                };
                warnings.push(format!(
                    "schemas {first_schema:?} and {schema:?} both map to the Rust name `{base}`; \
                     {schema:?} is named `{name}`"
                ));
                types[id.index()] = name;
            }
        }
        Names { types, warnings }
    }

    /// The Rust type name of `id`.
    pub fn ty(&self, id: TypeId) -> &str {
        &self.types[id.index()]
    }
}

/// UpperCamelCase type identifier for a schema name.
pub fn type_ident(schema: &str) -> String {
    let is_camel = schema
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase())
        && schema.chars().all(|c| c.is_ascii_alphanumeric());
    let mut name = if is_camel {
        schema.to_string()
    } else {
        words_camel(schema)
    };
    if name.is_empty() {
        name = "Unnamed".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'T');
    }
    if RESERVED_TYPES.contains(&name.as_str()) {
        name.push_str("Model");
    }
    name
}

/// UpperCamelCase of the alphanumeric words of `s` (punctuation splits words).
fn words_camel(s: &str) -> String {
    let spaced: String = s
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    spaced.to_upper_camel_case()
}

/// A field identifier for a JSON property name (as it is written in Rust,
/// `r#type` included).
pub fn field_ident(wire: &str) -> String {
    let spaced: String = wire
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let mut name = spaced.to_snake_case();
    if name.is_empty() {
        name = "field".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "field_");
    }
    escape_keyword(name)
}

fn escape_keyword(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Field identifiers for a struct's properties, unique within the struct:
/// a property whose name is already its identifier keeps it, the others get
/// `_2`, `_3`, ... in wire-name order.
pub fn field_idents<'a>(wires: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    unique(
        wires.into_iter().map(|w| (w, field_ident(w))).collect(),
        "_",
        &[],
    )
}

/// Variant identifier for one enum wire value.
pub fn variant_ident(wire: &str) -> String {
    let mut name = words_camel(wire);
    if name.is_empty() {
        return "Empty".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        // Keep digit groups apart: "1.1" -> V1_1, "2.0" -> V2_0; other
        // groups camel-cased ("110_Punch" -> V110Punch): an underscore
        // next to a letter is not upper camel case.
        name = String::from("V");
        for group in wire
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|g| !g.is_empty())
        {
            let digits_meet = name.ends_with(|c: char| c.is_ascii_digit())
                && group.starts_with(|c: char| c.is_ascii_digit());
            if digits_meet {
                name.push('_');
            }
            name.push_str(&words_camel(group));
        }
    }
    if name == "Self" {
        name.push('_');
    }
    name
}

/// Variant identifiers for enum values, unique, none equal to `reserved`.
pub fn variant_idents<'a>(
    wires: impl IntoIterator<Item = &'a str>,
    reserved: &[&str],
) -> Vec<String> {
    unique(
        wires.into_iter().map(|w| (w, variant_ident(w))).collect(),
        "",
        reserved,
    )
}

/// Make already valid identifiers unique and different from `reserved`
/// (first come keeps its name, later ones get `2`, `3`, ...).
pub fn disambiguate(names: &[String], reserved: &[&str]) -> Vec<String> {
    unique(
        names.iter().map(|n| (n.as_str(), n.clone())).collect(),
        "",
        reserved,
    )
}

/// Make candidate identifiers unique. Items keep their input order; when
/// several want one name, the one whose wire form equals the name (or the
/// first) keeps it.
fn unique(items: Vec<(&str, String)>, sep: &str, reserved: &[&str]) -> Vec<String> {
    // The common case: every name free and wanted once.
    let mut seen = HashSet::with_capacity(items.len());
    if items
        .iter()
        .all(|(_, name)| !reserved.contains(&name.as_str()) && seen.insert(name.as_str()))
    {
        return items.into_iter().map(|(_, name)| name).collect();
    }
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (_, name)) in items.iter().enumerate() {
        by_name.entry(name.clone()).or_default().push(i);
    }
    let mut taken: HashSet<String> = by_name.keys().cloned().collect();
    taken.extend(reserved.iter().map(|s| s.to_string()));
    let mut out: Vec<String> = items.iter().map(|(_, n)| n.clone()).collect();
    let mut names: Vec<&String> = by_name.keys().collect();
    names.sort();
    for name in names {
        let claimants = &by_name[name];
        let keeper = if reserved.contains(&name.as_str()) {
            None
        } else {
            Some(
                claimants
                    .iter()
                    .copied()
                    .find(|&i| items[i].0 == name.trim_start_matches("r#"))
                    .unwrap_or(claimants[0]),
            )
        };
        for &i in claimants {
            if Some(i) == keeper {
                continue;
            }
            let base = name.trim_start_matches("r#").trim_end_matches('_');
            let mut n = 2;
            out[i] = loop {
                let candidate = format!("{base}{sep}{n}");
                if taken.insert(candidate.clone()) {
                    break candidate;
                }
                n += 1;
            };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        assert_eq!(type_ident("LDAPAPIAccessMode"), "LDAPAPIAccessMode");
        assert_eq!(type_ident("modelRequest"), "ModelRequest");
        assert_eq!(type_ident("Foo_Bar"), "FooBar");
        assert_eq!(type_ident("Option"), "OptionModel");
    }

    #[test]
    fn field_names() {
        assert_eq!(field_ident("type"), "r#type");
        assert_eq!(field_ident("self"), "self_");
        assert_eq!(field_ident("userName"), "user_name");
        assert_eq!(field_ident("1st_value"), "field_1st_value");
        assert_eq!(
            field_idents(["userName", "user_name"]),
            ["user_name_2", "user_name"]
        );
    }

    #[test]
    fn variant_names() {
        assert_eq!(variant_ident("1.1"), "V1_1");
        assert_eq!(variant_ident("110_Punch"), "V110Punch");
        assert_eq!(variant_ident("100BASE-TX (10/100ME)"), "V100baseTx10_100me");
        assert_eq!(variant_ident("6"), "V6");
        assert_eq!(variant_ident(""), "Empty");
        assert_eq!(
            variant_ident("http://www.w3.org/2000/09/xmldsig#rsa-sha1"),
            "HttpWwwW3Org200009XmldsigRsaSha1"
        );
        assert_eq!(
            variant_idents(["a-b", "a_b", "unknown"], &["Unknown"]),
            ["AB", "AB2", "Unknown2"]
        );
    }
}
