//! One crate, old and new servers: the drift rules of `normalize::fold`,
//! on the two-version fixture and on the checked-in crate built from all
//! pinned authentik versions.

use authentik_api::with_target_version;
use authentik_codegen_tests::fixture_drift::models as fx;
use serde_json::{json, Value};

fn roundtrip_text<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> String {
    let value: T = serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    serde_json::to_string(&value).unwrap()
}

#[test]
fn fixture_reads_old_and_new_provider_shapes() {
    let old = json!({
        "pk": 1, "name": "p", "redirect_uris": "https://a.example/cb\nhttps://b.example/cb\n",
        "sub_mode": "legacy_only", "grant_types": ["implicit"],
        "source": {"pk": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "name": "s"},
        "token_expiry": 30, "attributes": {"a": 1}, "removed_later": "x"
    });
    let provider: fx::Provider = serde_json::from_value(old).unwrap();
    assert_eq!(provider.redirect_uris.len(), 2);
    assert_eq!(provider.redirect_uris[1].url, "https://b.example/cb");
    assert_eq!(
        provider.redirect_uris[1].matching_mode,
        fx::MatchingModeEnum::Strict
    );
    assert_eq!(provider.sub_mode, Some(fx::SubModeEnum::LegacyOnly));
    assert!(provider.source.legacy().is_some());
    assert_eq!(
        provider.token_expiry.as_ref().and_then(|t| t.legacy()),
        Some(&json!(30))
    );
    assert_eq!(provider.removed_later.as_deref(), Some("x"));
    assert_eq!(provider.added_later, None);

    let new = json!({
        "pk": 1, "name": "p", "redirect_uris": [{"matching_mode": "regex", "url": "https://.*"}],
        "sub_mode": "user_email", "source": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "token_expiry": "hours=1", "added_later": true
    });
    let provider: fx::Provider = serde_json::from_value(new.clone()).unwrap();
    assert_eq!(
        provider.redirect_uris[0].matching_mode,
        fx::MatchingModeEnum::Regex
    );
    assert!(provider.source.current().is_some());
    assert_eq!(serde_json::to_value(&provider).unwrap(), new);
}

#[test]
fn fixture_writes_the_form_the_target_server_expects() {
    let provider: fx::Provider = serde_json::from_value(json!({
        "pk": 1, "name": "p", "source": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "redirect_uris": [{"matching_mode": "strict", "url": "https://a/"}, {"matching_mode": "strict", "url": "https://b/"}]
    }))
    .unwrap();
    let newest = serde_json::to_value(&provider).unwrap();
    assert!(newest["redirect_uris"].is_array());
    // Each generated crate has its own target setting: the fixture's here.
    use authentik_codegen_tests::fixture_drift::with_target_version as target;
    let legacy = target("2024.8.3", || serde_json::to_value(&provider).unwrap());
    assert_eq!(legacy["redirect_uris"], json!("https://a/\nhttps://b/"));
    let current = target("2024.12.1", || serde_json::to_value(&provider).unwrap());
    assert!(current["redirect_uris"].is_array());
}

#[test]
fn fixture_enum_rename_is_an_alias_and_values_are_merged() {
    let renamed: fx::GrantTypesEnum = fx::GrantTypeEnum::Implicit;
    assert_eq!(renamed.as_str(), "implicit");
    // Values of the older inline query-parameter enum were merged too.
    assert!(fx::SubModeEnum::KNOWN.contains(&"legacy_only"));
    assert!(fx::SubModeEnum::KNOWN.contains(&"user_email"));
    // A paginated list from before `autocomplete` existed.
    let page: fx::PaginatedProviderList =
        serde_json::from_value(json!({"pagination": {"count": 0.0}, "results": []})).unwrap();
    assert!(page.autocomplete.is_none());
}

// --- The checked-in crate, built from 2024.8.3 .. 2026.11.0-rc1 ---

use authentik_api::models;

fn provider_2024_8() -> Value {
    json!({
        "pk": 7, "name": "grafana", "authentication_flow": null,
        "authorization_flow": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "invalidation_flow": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "property_mappings": ["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
        "component": "ak-provider-oauth2-form",
        "assigned_application_slug": "grafana", "assigned_application_name": "Grafana",
        "assigned_backchannel_application_slug": "", "assigned_backchannel_application_name": "",
        "verbose_name": "OAuth2/OpenID Provider", "verbose_name_plural": "OAuth2/OpenID Providers",
        "meta_model_name": "authentik_providers_oauth2.oauth2provider",
        "client_type": "confidential", "client_id": "abc", "client_secret": "def",
        "access_code_validity": "minutes=1", "access_token_validity": "minutes=5",
        "refresh_token_validity": "days=30", "include_claims_in_id_token": true,
        "signing_key": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "redirect_uris": "https://grafana.example/login/generic_oauth\nhttps://grafana.example/alt",
        "sub_mode": "hashed_user_id", "issuer_mode": "per_provider", "jwks_sources": []
    })
}

#[test]
fn a_2024_8_provider_deserializes_with_the_newest_crate() {
    let provider: models::OAuth2Provider = serde_json::from_value(provider_2024_8()).unwrap();
    // Optional: 2024.8 servers could omit it.
    let uris = provider.redirect_uris.as_ref().unwrap();
    assert_eq!(uris.len(), 2);
    assert_eq!(uris[0].url, "https://grafana.example/login/generic_oauth");
    assert_eq!(uris[0].matching_mode, models::MatchingModeEnum::Strict);
    // Default: the newest form; for a 2024.8 server: the newline string.
    let newest = serde_json::to_value(&provider).unwrap();
    assert!(newest["redirect_uris"].is_array());
    let legacy = with_target_version("2024.8.3", || serde_json::to_value(&provider).unwrap());
    assert_eq!(
        legacy["redirect_uris"],
        json!("https://grafana.example/login/generic_oauth\nhttps://grafana.example/alt")
    );
}

#[test]
fn a_2026_11_provider_deserializes_and_round_trips() {
    let mut value = provider_2024_8();
    value["redirect_uris"] = json!([
        {"matching_mode": "strict", "url": "https://a/"},
        {"matching_mode": "fuzzy", "url": "https://b/"}
    ]);
    value["sub_mode"] = json!("user_fingerprint");
    let provider: models::OAuth2Provider = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(
        provider.redirect_uris.as_ref().unwrap()[1].matching_mode,
        models::MatchingModeEnum::Unknown("fuzzy".into())
    );
    assert_eq!(
        provider.sub_mode,
        Some(models::SubModeEnum::Unknown("user_fingerprint".into()))
    );
    assert_eq!(serde_json::to_value(&provider).unwrap(), value);
}

#[test]
fn unknown_values_round_trip_byte_for_byte() {
    assert_eq!(
        roundtrip_text::<models::SubModeEnum>(r#""user_fingerprint""#),
        r#""user_fingerprint""#
    );
    let challenge = r#"{"component":"ak-stage-from-the-future","zz":[1,{"b":2,"a":1}],"a":null}"#;
    assert_eq!(
        roundtrip_text::<models::ChallengeTypes>(challenge),
        challenge
    );
    let response = r#"{"component":"ak-stage-new","x":1}"#;
    assert_eq!(
        roundtrip_text::<models::FlowChallengeResponseRequest>(response),
        response
    );
    let model = r#"{"provider_model":"authentik_providers_new.newprovider","name":"n"}"#;
    assert_eq!(roundtrip_text::<models::ModelRequest>(model), model);
}

#[test]
fn known_challenge_components_dispatch_and_write_their_tag() {
    let challenge: models::ChallengeTypes = serde_json::from_value(json!({
        "component": "ak-stage-access-denied", "pending_user": "u", "pending_user_avatar": "a"
    }))
    .unwrap();
    assert!(matches!(
        challenge,
        models::ChallengeTypes::AccessDeniedChallenge(_)
    ));
    assert_eq!(
        serde_json::to_value(&challenge).unwrap()["component"],
        "ak-stage-access-denied"
    );
}

#[test]
fn older_list_shapes_deserialize() {
    // A 2024.8-shaped page: no `autocomplete`.
    let page: models::PaginatedOAuth2ProviderList = serde_json::from_value(json!({
        "pagination": {"next": 0, "previous": 0, "count": 1, "current": 1, "total_pages": 1, "start_index": 1, "end_index": 1},
        "results": [provider_2024_8()]
    }))
    .unwrap();
    assert_eq!(
        page.results[0].redirect_uris.as_ref().map(Vec::len),
        Some(2)
    );
}

#[test]
fn source_connection_reads_the_old_object_and_the_new_uuid() {
    let old: models::UserOAuthSourceConnection = serde_json::from_value(json!({
        "pk": 1, "user": 2, "identifier": "x", "created": "2024-09-27T14:26:18.315Z",
        "source": {"pk": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "name": "GitHub", "slug": "github"}
    }))
    .unwrap();
    assert_eq!(old.source.legacy().unwrap()["slug"], "github");
}
