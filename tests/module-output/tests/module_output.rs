//! Module output read and written through the runtime crate alone: unions
//! (serde's derive, pointed at the runtime's serde), structs and enums (the
//! runtime's macros, invoked across crates), and a client per module.

use authentik_codegen_module_output::{fixture_anyof, fixture_discriminated_union, FIXTURES};
use authentik_codegen_runtime::runtime::deps::serde_json::{self, json, Value};

fn round_trip<T>(value: Value) -> Value
where
    T: authentik_codegen_runtime::runtime::deps::serde::Serialize
        + authentik_codegen_runtime::runtime::deps::serde::de::DeserializeOwned,
{
    let typed: T = serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{value}: {e}"));
    serde_json::to_value(&typed).unwrap()
}

#[test]
fn every_fixture_is_included() {
    assert!(FIXTURES.contains(&"anyof"), "{FIXTURES:?}");
    assert!(FIXTURES.len() > 10, "{FIXTURES:?}");
}

#[test]
fn an_untagged_union_round_trips() {
    use fixture_anyof::models::ChargeLabelsItem;
    for value in [json!("red"), json!(7)] {
        assert_eq!(round_trip::<ChargeLabelsItem>(value.clone()), value);
    }
    let parsed: ChargeLabelsItem = serde_json::from_value(json!(7)).unwrap();
    assert_eq!(parsed, ChargeLabelsItem::Variant1(7));
}

#[test]
fn structs_and_tagged_unions_round_trip() {
    use fixture_discriminated_union::models::{ChallengeTypes, RedirectChallenge};
    let redirect = json!({"component": "xak-flow-redirect", "to": "/next", "final_redirect": true});
    assert_eq!(round_trip::<RedirectChallenge>(redirect.clone()), redirect);
    assert_eq!(round_trip::<ChallengeTypes>(redirect.clone()), redirect);
    let parsed: ChallengeTypes = serde_json::from_value(redirect).unwrap();
    assert!(
        matches!(parsed, ChallengeTypes::RedirectChallenge(ref r) if r.to == "/next"),
        "{parsed:?}"
    );
    // A tag the crate does not know is kept verbatim.
    let unknown = json!({"component": "ak-stage-new", "x": 1});
    assert_eq!(round_trip::<ChallengeTypes>(unknown.clone()), unknown);
}

#[test]
fn each_module_has_its_own_client() {
    let client = fixture_anyof::client::Client::builder("http://127.0.0.1:9")
        .build()
        .unwrap();
    let shorter = client.with_timeout(None);
    assert_eq!(shorter.timeout(), None);
    assert!(
        client.base_url().starts_with("http://127.0.0.1:9"),
        "{}",
        client.base_url()
    );
}
