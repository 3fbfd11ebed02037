//! List queries: filters, `search`, `ordering` and page-number pagination,
//! as authentik's viewsets (Django REST framework + django-filter) do them.

use serde_json::{json, Map, Value};
use std::cmp::Ordering;

/// authentik's `PAGE_SIZE`.
pub const DEFAULT_PAGE_SIZE: u64 = 100;
/// The largest `page_size` honoured (larger values are cut to it).
pub const MAX_PAGE_SIZE: u64 = 1000;

/// Parameters that are not filters.
pub const RESERVED: [&str; 4] = ["ordering", "page", "page_size", "search"];

/// Django lookups understood after `__` (`name__iexact`, `provider__isnull`).
const LOOKUPS: [&str; 14] = [
    "exact",
    "iexact",
    "contains",
    "icontains",
    "startswith",
    "istartswith",
    "endswith",
    "iendswith",
    "in",
    "gt",
    "gte",
    "lt",
    "lte",
    "isnull",
];

/// Whether `object` passes the filter `name=value`. `fields` are the
/// top-level field names of the objects: a parameter whose name (before
/// any `__`) is not one of them is not a filter and passes everything, as
/// does a lookup path the object's shape cannot follow.
pub fn filter(object: &Value, fields: &[&str], name: &str, value: &Value) -> bool {
    let mut segments = name.split("__");
    let Some(first) = segments.next() else {
        return true;
    };
    if !fields.contains(&first) {
        return true;
    }
    let mut current = match object.get(first) {
        Some(v) => v,
        None => return true,
    };
    let rest: Vec<&str> = segments.collect();
    for (i, segment) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        if let Some(next) = current.as_object().and_then(|m| m.get(*segment)) {
            current = next;
            continue;
        }
        if last && LOOKUPS.contains(segment) {
            return lookup(current, segment, value);
        }
        return true;
    }
    lookup(current, "exact", value)
}

fn lookup(field: &Value, op: &str, param: &Value) -> bool {
    if op == "isnull" {
        let wanted = match param {
            Value::Bool(b) => *b,
            Value::String(s) => matches!(s.as_str(), "true" | "True" | "1"),
            Value::Number(n) => n.as_i64() == Some(1),
            _ => return true,
        };
        return field.is_null() == wanted;
    }
    if let Value::Array(options) = param {
        // `?type=a&type=b`, `?pk__in=1,2`: any of them.
        return options.iter().any(|p| lookup(field, op, p));
    }
    if op == "in" {
        if let Value::String(s) = param {
            return s
                .split(',')
                .any(|part| lookup(field, "exact", &Value::String(part.to_string())));
        }
        return lookup(field, "exact", param);
    }
    if let Value::Array(items) = field {
        // Many-to-many: `?users=1` matches groups that contain user 1.
        return items.iter().any(|item| lookup(item, op, param));
    }
    match op {
        "exact" => equals(field, param, false),
        "iexact" => equals(field, param, true),
        "gt" | "gte" | "lt" | "lte" => match compare_param(field, param) {
            Some(ordering) => match op {
                "gt" => ordering == Ordering::Greater,
                "gte" => ordering != Ordering::Less,
                "lt" => ordering == Ordering::Less,
                _ => ordering != Ordering::Greater,
            },
            None => false,
        },
        _ => {
            let (Some(haystack), Some(needle)) = (text(field), text(param)) else {
                return false;
            };
            let insensitive = op.starts_with('i');
            let (haystack, needle) = if insensitive {
                (haystack.to_lowercase(), needle.to_lowercase())
            } else {
                (haystack, needle)
            };
            match op.trim_start_matches('i') {
                "contains" => haystack.contains(&needle),
                "startswith" => haystack.starts_with(&needle),
                "endswith" => haystack.ends_with(&needle),
                _ => true,
            }
        }
    }
}

/// The text of a scalar (numbers and booleans written out).
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn equals(field: &Value, param: &Value, insensitive: bool) -> bool {
    match (field, param) {
        (Value::Null, _) => false,
        (Value::String(a), Value::String(b)) => {
            a == b || ((insensitive || is_uuid(a)) && a.to_lowercase() == b.to_lowercase())
        }
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (Value::Number(a), Value::String(b)) => b.trim().parse::<f64>().ok() == a.as_f64(),
        (Value::String(a), Value::Number(b)) => a.trim().parse::<f64>().ok() == b.as_f64(),
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::Bool(a), Value::String(b)) => match b.as_str() {
            "true" | "True" | "1" => *a,
            "false" | "False" | "0" => !*a,
            _ => false,
        },
        // A JSON filter (`?attributes={"a": 1}`): containment.
        (Value::Object(a), Value::String(b)) => match serde_json::from_str::<Value>(b) {
            Ok(Value::Object(b)) => contains(a, &b),
            _ => false,
        },
        (Value::Object(a), Value::Object(b)) => contains(a, b),
        // A related object given by its primary key.
        (Value::Object(a), other) => a.get("pk").is_some_and(|pk| equals(pk, other, insensitive)),
        _ => false,
    }
}

fn contains(object: &Map<String, Value>, wanted: &Map<String, Value>) -> bool {
    wanted.iter().all(|(k, v)| object.get(k) == Some(v))
}

fn is_uuid(s: &str) -> bool {
    s.len() >= 32 && uuid::Uuid::try_parse(s).is_ok()
}

fn compare_param(field: &Value, param: &Value) -> Option<Ordering> {
    match (field, param) {
        (Value::Number(a), Value::Number(b)) => a.as_f64()?.partial_cmp(&b.as_f64()?),
        (Value::Number(a), Value::String(b)) => a.as_f64()?.partial_cmp(&b.trim().parse().ok()?),
        (Value::String(a), Value::String(b)) => {
            // Dates and date-times compare as instants when both parse.
            match (
                chrono::DateTime::parse_from_rfc3339(a),
                chrono::DateTime::parse_from_rfc3339(b),
            ) {
                (Ok(x), Ok(y)) => Some(x.cmp(&y)),
                _ => Some(a.as_str().cmp(b.as_str())),
            }
        }
        _ => None,
    }
}

/// Whether any top-level string field of `object` contains `term`,
/// ignoring case.
pub fn search(object: &Value, term: &str) -> bool {
    let term = term.trim().to_lowercase();
    if term.is_empty() {
        return true;
    }
    match object {
        Value::Object(map) => map.values().any(|v| match v {
            Value::String(s) => s.to_lowercase().contains(&term),
            _ => false,
        }),
        _ => false,
    }
}

/// Sort `objects` by `ordering` (`name`, `-name`, `a,-b`). Unknown fields
/// compare equal; the sort is stable, so ties keep insertion order.
pub fn order<T: std::borrow::Borrow<Value>>(objects: &mut [T], ordering: &str) {
    let keys: Vec<(&str, bool)> = ordering
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| match k.strip_prefix('-') {
            Some(name) => (name, true),
            None => (k.trim_start_matches('+'), false),
        })
        .collect();
    if keys.is_empty() {
        return;
    }
    objects.sort_by(|a, b| {
        for (key, descending) in &keys {
            let ordering = compare(path(a.borrow(), key), path(b.borrow(), key));
            let ordering = if *descending {
                ordering.reverse()
            } else {
                ordering
            };
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        Ordering::Equal
    });
}

/// `user__username` followed through nested objects.
fn path<'a>(object: &'a Value, key: &str) -> Option<&'a Value> {
    let mut current = object;
    for segment in key.split("__") {
        current = current.as_object()?.get(segment)?;
    }
    Some(current)
}

/// A total order on JSON values: absent, null, booleans, numbers, strings,
/// then arrays and objects (equal among themselves).
fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    fn rank(v: Option<&Value>) -> u8 {
        match v {
            None => 0,
            Some(Value::Null) => 1,
            Some(Value::Bool(_)) => 2,
            Some(Value::Number(_)) => 3,
            Some(Value::String(_)) => 4,
            Some(Value::Array(_)) => 5,
            Some(Value::Object(_)) => 6,
        }
    }
    match (a, b) {
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        (Some(Value::Number(x)), Some(Value::Number(y))) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            x.total_cmp(&y)
        }
        (Some(Value::String(x)), Some(Value::String(y))) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}

/// One page of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The 1-based page number.
    pub current: u64,
    pub size: u64,
    /// Items in the whole list.
    pub count: u64,
    /// At least 1, as in Django's paginator.
    pub total_pages: u64,
    /// The range of items on this page (0-based, end exclusive).
    pub start: usize,
    pub end: usize,
}

impl Page {
    /// Page `page` (default 1) of `count` items with `page_size` items per
    /// page (default [`DEFAULT_PAGE_SIZE`], at most [`MAX_PAGE_SIZE`]; zero
    /// or negative means the default). `None` for a page that does not
    /// exist (`404 {"detail": "Invalid page."}`).
    pub fn new(count: usize, page: Option<i64>, page_size: Option<i64>) -> Option<Page> {
        let size = match page_size {
            Some(n) if n > 0 => (n as u64).min(MAX_PAGE_SIZE),
            _ => DEFAULT_PAGE_SIZE,
        };
        let count = count as u64;
        let total_pages = count.div_ceil(size).max(1);
        let current = page.unwrap_or(1);
        if current < 1 || current as u64 > total_pages {
            return None;
        }
        let current = current as u64;
        let start = (current - 1).saturating_mul(size).min(count);
        let end = current.saturating_mul(size).min(count);
        Some(Page {
            current,
            size,
            count,
            total_pages,
            start: start as usize,
            end: end as usize,
        })
    }

    /// authentik's `pagination` object.
    pub fn pagination(&self) -> Value {
        let next = if self.current < self.total_pages {
            self.current + 1
        } else {
            0
        };
        let previous = self.current.saturating_sub(1);
        let (start_index, end_index) = if self.count == 0 {
            (0, 0)
        } else {
            (self.start as u64 + 1, self.end as u64)
        };
        json!({
            "next": next,
            "previous": previous,
            "count": self.count,
            "current": self.current,
            "total_pages": self.total_pages,
            "start_index": start_index,
            "end_index": end_index,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(count: usize, page: Option<i64>, size: Option<i64>) -> Option<Value> {
        Page::new(count, page, size).map(|p| p.pagination())
    }

    #[test]
    fn pagination_of_an_empty_list() {
        assert_eq!(
            page(0, None, None),
            Some(json!({"next": 0, "previous": 0, "count": 0, "current": 1,
                "total_pages": 1, "start_index": 0, "end_index": 0}))
        );
        assert_eq!(page(0, Some(2), None), None);
    }

    #[test]
    fn pagination_math() {
        // 45 items, 20 per page: pages of 20, 20, 5.
        assert_eq!(
            page(45, Some(1), Some(20)),
            Some(json!({"next": 2, "previous": 0, "count": 45, "current": 1,
                "total_pages": 3, "start_index": 1, "end_index": 20}))
        );
        assert_eq!(
            page(45, Some(2), Some(20)),
            Some(json!({"next": 3, "previous": 1, "count": 45, "current": 2,
                "total_pages": 3, "start_index": 21, "end_index": 40}))
        );
        assert_eq!(
            page(45, Some(3), Some(20)),
            Some(json!({"next": 0, "previous": 2, "count": 45, "current": 3,
                "total_pages": 3, "start_index": 41, "end_index": 45}))
        );
        assert_eq!(page(45, Some(4), Some(20)), None);
        assert_eq!(page(45, Some(0), Some(20)), None);
        assert_eq!(page(45, Some(-1), Some(20)), None);
        // Exactly full pages.
        let p = Page::new(40, Some(2), Some(20)).unwrap();
        assert_eq!((p.start, p.end, p.total_pages), (20, 40, 2));
    }

    #[test]
    fn page_size_defaults_and_limits() {
        assert_eq!(Page::new(5, None, None).unwrap().size, DEFAULT_PAGE_SIZE);
        assert_eq!(Page::new(5, None, Some(0)).unwrap().size, DEFAULT_PAGE_SIZE);
        assert_eq!(
            Page::new(5, None, Some(-3)).unwrap().size,
            DEFAULT_PAGE_SIZE
        );
        assert_eq!(
            Page::new(5, None, Some(i64::MAX)).unwrap().size,
            MAX_PAGE_SIZE
        );
        // Huge values neither overflow nor panic.
        let p = Page::new(usize::MAX, Some(i64::MAX), Some(i64::MAX)).map(|p| p.start);
        assert_eq!(p, None);
        let p = Page::new(usize::MAX, Some(2), Some(i64::MAX)).map(|p| p.start);
        assert_eq!(p, Some(MAX_PAGE_SIZE as usize));
    }

    #[test]
    fn ordering() {
        let mut objects = vec![
            json!({"name": "b", "n": 2}),
            json!({"name": "a", "n": 2}),
            json!({"name": "c", "n": 1}),
            json!({"n": 3}),
        ];
        order(&mut objects, "name");
        let names: Vec<_> = objects.iter().map(|o| o.get("name").cloned()).collect();
        assert_eq!(
            names,
            vec![None, Some(json!("a")), Some(json!("b")), Some(json!("c"))]
        );
        order(&mut objects, "-n,name");
        let ns: Vec<_> = objects
            .iter()
            .map(|o| (o["n"].clone(), o.get("name").cloned()))
            .collect();
        assert_eq!(
            ns,
            vec![
                (json!(3), None),
                (json!(2), Some(json!("a"))),
                (json!(2), Some(json!("b"))),
                (json!(1), Some(json!("c"))),
            ]
        );
        // Unknown field and empty ordering keep the order.
        let before = objects.clone();
        order(&mut objects, "nope");
        assert_eq!(objects, before);
        order(&mut objects, ",");
        assert_eq!(objects, before);
    }

    #[test]
    fn searching() {
        let o = json!({"name": "Admins", "slug": "admins-x", "n": 5});
        assert!(search(&o, "ADMIN"));
        assert!(search(&o, "s-x"));
        assert!(!search(&o, "5"));
        assert!(search(&o, ""));
        assert!(!search(&json!([1]), "a"));
    }

    #[test]
    fn filters() {
        let o = json!({
            "name": "Admins", "n": 3, "flag": true, "parent": null,
            "users": [1, 2], "attributes": {"a": 1, "b": "x"},
            "pk": "5F0E9C1A-0000-4000-8000-000000000000",
            "user": {"pk": 7, "username": "akadmin"},
        });
        let fields = [
            "name",
            "n",
            "flag",
            "parent",
            "users",
            "attributes",
            "pk",
            "user",
        ];
        let f = |name: &str, value: Value| filter(&o, &fields, name, &value);
        assert!(f("name", json!("Admins")));
        assert!(!f("name", json!("admins")));
        assert!(f("name__iexact", json!("admins")));
        assert!(f("name__icontains", json!("DMI")));
        assert!(f("name", json!(["x", "Admins"])));
        assert!(f("n", json!(3)));
        assert!(f("n", json!("3")));
        assert!(f("n__gt", json!(2)));
        assert!(!f("n__lt", json!(3)));
        assert!(f("n__lte", json!(3)));
        assert!(f("flag", json!(true)));
        assert!(!f("flag", json!(false)));
        assert!(f("parent__isnull", json!(true)));
        assert!(!f("parent", json!("x")));
        assert!(f("users", json!(2)));
        assert!(!f("users", json!(3)));
        assert!(f("attributes", json!("{\"a\": 1}")));
        assert!(!f("attributes", json!("{\"a\": 2}")));
        assert!(f("pk", json!("5f0e9c1a-0000-4000-8000-000000000000")));
        assert!(f("user", json!(7)));
        assert!(f("user__username", json!("akadmin")));
        assert!(!f("user__username", json!("other")));
        assert!(f("n__in", json!("1,3")));
        // Not a field: no filter.
        assert!(f("include_users", json!(false)));
        assert!(f("user__nope__deeper", json!(1)));
    }
}
