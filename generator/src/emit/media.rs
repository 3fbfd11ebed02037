//! Media types: which are JSON, and the method suffix a media type gives
//! (`metadata_retrieve_xml`).

/// `application/json` and `*+json`, with or without parameters.
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence == "application/json" || essence.ends_with("+json")
}

/// `application/vnd.oai.openapi+json` -> `oai_openapi_json`, `application/xml` -> `xml`.
pub fn media_suffix(media_type: &str) -> String {
    let essence = media_type.split(';').next().unwrap_or_default();
    let subtype = essence.rsplit('/').next().unwrap_or(essence);
    let subtype = subtype.strip_prefix("vnd.").unwrap_or(subtype);
    let words: Vec<&str> = subtype
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        "raw".to_string()
    } else {
        words.join("_").to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_type_suffixes() {
        assert_eq!(media_suffix("application/xml"), "xml");
        assert_eq!(media_suffix("application/vnd.oai.openapi"), "oai_openapi");
        assert_eq!(
            media_suffix("application/vnd.oai.openapi+json"),
            "oai_openapi_json"
        );
        assert_eq!(media_suffix("text/plain; charset=utf-8"), "plain");
        assert_eq!(media_suffix("*/*"), "raw");
    }

    #[test]
    fn json_media_types() {
        assert!(is_json("application/json"));
        assert!(is_json("application/problem+json; charset=utf-8"));
        assert!(!is_json("application/xml"));
        assert!(!is_json("application/jsonl"));
    }
}
