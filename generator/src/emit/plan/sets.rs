//! The security alternatives and documented error statuses operations
//! share: each distinct set becomes one constant in `client/mod.rs`
//! (`SECURITY_AUTHENTIK_OR_ANONYMOUS`, `ERRORS_400_403`), and an operation
//! names its set instead of spelling it out.

use crate::emit::media::is_json;
use crate::ir::{Api, Content, Operation, TypeRef};
use std::collections::BTreeMap;

/// How a documented error status is read (the runtime's `Documented`).
#[derive(Clone, Debug, PartialEq)]
pub enum Documented {
    Validation,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Other(String),
}

/// The shared sets, the most used first (it is the default of the
/// runtime's `operation!`), each with its constant's name.
pub struct Sets {
    pub security: Vec<(Vec<Vec<String>>, String)>,
    pub errors: Vec<(Vec<(u16, Documented)>, String)>,
    /// The JSON body most operations document for `400` (the client's
    /// `Error::Validation`) and for `403` (`Forbidden`, `NotFound`,
    /// `MethodNotAllowed`).
    pub validation: Option<TypeRef>,
    pub forbidden: Option<TypeRef>,
}

impl Sets {
    pub fn new(api: &Api) -> Sets {
        let mut sets = Sets {
            security: Vec::new(),
            errors: Vec::new(),
            validation: most_common_error_body(api, "400"),
            forbidden: most_common_error_body(api, "403"),
        };
        // (set, number of operations), in order of first use.
        let mut security: Vec<(Vec<Vec<String>>, usize)> = Vec::new();
        let mut errors: Vec<(Vec<(u16, Documented)>, usize)> = Vec::new();
        for op in &api.operations {
            match security.iter_mut().find(|(set, _)| *set == op.security) {
                Some((_, n)) => *n += 1,
                None => security.push((op.security.clone(), 1)),
            }
            let documented = sets.documented(op);
            match errors.iter_mut().find(|(set, _)| *set == documented) {
                Some((_, n)) => *n += 1,
                None => errors.push((documented, 1)),
            }
        }
        // A stable sort keeps ties in order of first use.
        security.sort_by_key(|(_, uses)| std::cmp::Reverse(*uses));
        errors.sort_by_key(|(_, uses)| std::cmp::Reverse(*uses));
        let security: Vec<Vec<Vec<String>>> = security.into_iter().map(|(set, _)| set).collect();
        let errors: Vec<Vec<(u16, Documented)>> = errors.into_iter().map(|(set, _)| set).collect();
        let security_names = numbered(security.iter().map(|set| security_name(set)).collect());
        let error_names = numbered(errors.iter().map(|set| error_name(set)).collect());
        sets.security = security.into_iter().zip(security_names).collect();
        sets.errors = errors.into_iter().zip(error_names).collect();
        sets
    }

    /// The documented error statuses of `op`.
    pub fn documented(&self, op: &Operation) -> Vec<(u16, Documented)> {
        op.responses
            .iter()
            .filter(|r| !r.status.starts_with('2'))
            .filter_map(|r| {
                let code: u16 = r.status.parse().ok()?;
                let documented = if self.is_error_body(&r.status, &r.content) {
                    match code {
                        400 => Documented::Validation,
                        404 => Documented::NotFound,
                        405 => Documented::MethodNotAllowed,
                        _ => Documented::Forbidden,
                    }
                } else {
                    Documented::Other(r.description.clone().unwrap_or_default())
                };
                Some((code, documented))
            })
            .collect()
    }

    /// The index of `op`'s security set (every operation's set is one).
    pub fn security_index(&self, op: &Operation) -> usize {
        self.security
            .iter()
            .position(|(set, _)| *set == op.security)
            .unwrap_or_default()
    }

    /// The index of `op`'s error set (every operation's set is one).
    pub fn error_index(&self, op: &Operation) -> usize {
        let documented = self.documented(op);
        self.errors
            .iter()
            .position(|(set, _)| *set == documented)
            .unwrap_or_default()
    }

    fn is_error_body(&self, status: &str, content: &[Content]) -> bool {
        let expected = match status {
            "400" => &self.validation,
            "403" | "404" | "405" => &self.forbidden,
            _ => return false,
        };
        expected.is_some()
            && content
                .iter()
                .any(|c| is_json(&c.media_type) && c.ty.as_ref() == expected.as_ref())
    }
}

/// The JSON body type most operations document for `status`.
fn most_common_error_body(api: &Api, status: &str) -> Option<TypeRef> {
    let mut counts: Vec<(TypeRef, usize)> = Vec::new();
    for op in &api.operations {
        for response in op.responses.iter().filter(|r| r.status == status) {
            for ty in response
                .content
                .iter()
                .filter(|c| is_json(&c.media_type))
                .filter_map(|c| c.ty.as_ref())
            {
                match counts.iter_mut().find(|(t, _)| t == ty) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((ty.clone(), 1)),
                }
            }
        }
    }
    // The first of the most common (max_by_key keeps the last of equals).
    counts
        .into_iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(ty, _)| ty)
}

/// `SECURITY_AUTHENTIK_OR_ANONYMOUS`, `SECURITY_UNSPECIFIED`.
fn security_name(alternatives: &[Vec<String>]) -> String {
    if alternatives.is_empty() {
        return "SECURITY_UNSPECIFIED".to_string();
    }
    let alternatives: Vec<String> = alternatives
        .iter()
        .map(|alt| {
            if alt.is_empty() {
                "ANONYMOUS".to_string()
            } else {
                alt.iter()
                    .map(|s| shouty(s))
                    .collect::<Vec<_>>()
                    .join("_AND_")
            }
        })
        .collect();
    format!("SECURITY_{}", alternatives.join("_OR_"))
}

/// `ERRORS_400_403`, `ERRORS_NONE`.
fn error_name(set: &[(u16, Documented)]) -> String {
    let codes: Vec<String> = set.iter().map(|(c, _)| c.to_string()).collect();
    if codes.is_empty() {
        "ERRORS_NONE".to_string()
    } else {
        format!("ERRORS_{}", codes.join("_"))
    }
}

/// Later repeats of a name get `_2`, `_3`, ...
fn numbered(names: Vec<String>) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    names
        .into_iter()
        .map(|name| {
            let n = seen.entry(name.clone()).or_default();
            *n += 1;
            if *n == 1 {
                name
            } else {
                format!("{name}_{n}")
            }
        })
        .collect()
}

/// `authentik_device_auth` -> `AUTHENTIK_DEVICE_AUTH`.
fn shouty(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_uppercase())
        .collect();
    if words.is_empty() {
        "SCHEME".to_string()
    } else {
        words.join("_")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_constant_names() {
        assert_eq!(shouty("authentik_device_auth"), "AUTHENTIK_DEVICE_AUTH");
        assert_eq!(shouty("bearer-auth"), "BEARER_AUTH");
        assert_eq!(
            numbered(vec!["A".into(), "B".into(), "A".into(), "A".into()]),
            ["A", "B", "A_2", "A_3"]
        );
        assert_eq!(security_name(&[]), "SECURITY_UNSPECIFIED");
        assert_eq!(
            security_name(&[vec!["authentik".into()], vec![]]),
            "SECURITY_AUTHENTIK_OR_ANONYMOUS"
        );
    }
}
