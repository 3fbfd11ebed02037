//! authentik's built-in quirks (`specs/quirks.yml`): each patch finds its
//! target in the pinned fold, and the checked-in crate reads what the
//! recordings of a real server show, as typed values.

use authentik_api::models;
use authentik_codegen::__private::normalize::patch::{self, PatchFile};
use authentik_codegen_tests::inputs;
use std::path::Path;

#[test]
fn every_built_in_quirk_applies() {
    let mut config = authentik_codegen::Config::new();
    config.quirks(false);
    for version in inputs::pinned_versions() {
        let Some(spec) = inputs::fetched_spec(&version) else {
            return;
        };
        config.spec(spec);
    }
    let mut api = config.load().unwrap();
    let file = PatchFile::quirks().unwrap();
    // As a user's file: every target must exist.
    let applied = patch::apply(&mut api, Path::new(patch::QUIRKS_PATH), &file, false).unwrap();
    assert_eq!(applied.applied, file.patches.len());
    assert!(applied.skipped.is_empty(), "{:?}", applied.skipped);
    let probe = api.version_probe.as_ref().expect("a version probe");
    assert_eq!(
        (probe.operation.as_str(), probe.field.as_str()),
        ("admin_version_retrieve", "version_current")
    );
    // 404 and 405 on every operation, marked as patched (the server stubs
    // leave them out).
    for op in &api.operations {
        for status in ["404", "405"] {
            assert!(
                op.responses.iter().any(|r| r.status == status),
                "{} {status}",
                op.id
            );
        }
    }
}

#[test]
fn the_checked_in_crate_reads_the_quirks_as_typed_values() {
    // Absent fields are `None`, not corrected.
    let task: models::Task = serde_json::from_value(serde_json::json!({
        "message_id": "3cd3c39a-ccd0-459a-b948-068c7717985c", "queue_name": "default",
        "actor_name": "a", "state": "queued", "mtime": "2026-12-01T18:00:00.123456Z",
        "retries": 0, "eta": null, "rel_obj_id": null, "uid": "u", "logs": [],
        "previous_logs": [], "aggregated_status": "queued", "description": null
    }))
    .unwrap();
    let absent: (Option<String>, Option<String>) = (task.rel_obj_app_label, task.rel_obj_model);
    assert_eq!(absent, (None, None));
    // Other date-time forms, documented: read strictly.
    let volume: Vec<models::EventVolume> = serde_json::from_value(serde_json::json!([
        {"time": "2026-12-01T18:00:00", "action": "model_created", "count": 3}
    ]))
    .unwrap();
    assert_eq!(
        volume[0].time.to_utc().to_rfc3339(),
        "2026-12-01T18:00:00+00:00"
    );
    assert_eq!(
        serde_json::to_value(&volume).unwrap()[0]["time"],
        "2026-12-01T18:00:00"
    );
    // The list form of a validation error, and typed field errors.
    let bare: models::ValidationError =
        serde_json::from_value(serde_json::json!(["Null characters are not allowed."])).unwrap();
    assert_eq!(
        bare.non_field_errors.unwrap(),
        ["Null characters are not allowed."]
    );
    let fields: models::ValidationError =
        serde_json::from_value(serde_json::json!({"username": ["This field must be unique."]}))
            .unwrap();
    assert_eq!(
        fields.additional_properties["username"].messages(),
        ["This field must be unique."]
    );
    // Subclass fields of a polymorphic list are kept.
    let policy: models::Policy = serde_json::from_value(serde_json::json!({
        "pk": "2bd9465c-fbf1-4437-9064-831308f80e7f", "name": "p", "execution_logging": false,
        "component": "ak-policy-expression-form", "verbose_name": "v", "verbose_name_plural": "v",
        "meta_model_name": "m", "bound_to": 0, "expression": "return True"
    }))
    .unwrap();
    assert_eq!(policy.additional_properties["expression"], "return True");
}
