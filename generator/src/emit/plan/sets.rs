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
    /// Each operation's (security, error) set, by operation id.
    by_operation: BTreeMap<String, (usize, usize)>,
}

impl Sets {
    pub fn new(api: &Api) -> Sets {
        let mut sets = Sets {
            security: Vec::new(),
            errors: Vec::new(),
            validation: most_common_error_body(api, "400"),
            forbidden: most_common_error_body(api, "403"),
            by_operation: BTreeMap::new(),
        };
        // (set, number of operations), in order of first use, and each
        // operation's sets by their place in that order.
        let mut security: Vec<(Vec<Vec<String>>, usize)> = Vec::new();
        let mut errors: Vec<(Vec<(u16, Documented)>, usize)> = Vec::new();
        let mut first_use = Vec::with_capacity(api.operations.len());
        for op in &api.operations {
            let s = count(&mut security, op.security.clone());
            let e = count(&mut errors, sets.documented(op));
            first_use.push((s, e));
        }
        let (security, security_rank) = by_uses(security);
        let (errors, error_rank) = by_uses(errors);
        sets.by_operation = api
            .operations
            .iter()
            .zip(first_use)
            .map(|(op, (s, e))| (op.id.clone(), (security_rank[s], error_rank[e])))
            .collect();
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
        self.by_operation.get(&op.id).map_or(0, |(s, _)| *s)
    }

    /// The index of `op`'s error set (every operation's set is one).
    pub fn error_index(&self, op: &Operation) -> usize {
        self.by_operation.get(&op.id).map_or(0, |(_, e)| *e)
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
/// Count one use of `set` in `counts`; its index there.
fn count<T: PartialEq>(counts: &mut Vec<(T, usize)>, set: T) -> usize {
    match counts.iter().position(|(s, _)| *s == set) {
        Some(i) => {
            counts[i].1 += 1;
            i
        }
        None => {
            counts.push((set, 1));
            counts.len() - 1
        }
    }
}

/// The sets, the most used first (a stable sort keeps ties in order of
/// first use), and where each set of the input order went.
fn by_uses<T>(counts: Vec<(T, usize)>) -> (Vec<T>, Vec<usize>) {
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(counts[i].1));
    let mut rank = vec![0; counts.len()];
    for (place, &i) in order.iter().enumerate() {
        rank[i] = place;
    }
    let mut slots: Vec<Option<T>> = counts.into_iter().map(|(set, _)| Some(set)).collect();
    let sorted = order.iter().filter_map(|&i| slots[i].take()).collect();
    (sorted, rank)
}

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
