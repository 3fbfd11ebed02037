//! The MDX front-end against the spec: the IR built from the 893 API-reference
//! pages of authentik 2024.8.3 (`$AUTHENTIK_MDX_DIR/2024.8.3-plugin4.0.1`)
//! equals the IR built from `specs/fetched/2024.8.3.yml`, operation by
//! operation and type by type, names included.
//!
//! Type ids differ between the two (the arenas hold different sets), so
//! both sides are compared in a canonical form: the `Debug` text of an
//! operation or type with every `TypeId(n)` replaced by the schema name of
//! the type it points to. Types are matched by schema name (component name,
//! or the hint of a hoisted inline type).
//!
//! The one justified difference: a component that no operation uses cannot
//! appear in any page, so it and the inline types hoisted from it are
//! absent from the MDX side (`UNUSED` below: 9 components in 2024.8.3, all
//! `*Request` serializers drf-spectacular emits for polymorphic bases).

use authentik_codegen::__private::mdx::{self, MdxLimits};
use authentik_codegen::ir::Api;
use authentik_codegen_tests::inputs::{env_dir, fetched_spec};
use std::collections::BTreeMap;

/// Components of 2024.8.3.yml that no operation reaches.
const UNUSED: [&str; 9] = [
    "DetailedCountryFieldRequest",
    "GroupMemberRequest",
    "PolicyRequest",
    "ProviderRequest",
    "ServiceConnectionRequest",
    "SourceRequest",
    "StaticDeviceTokenRequest",
    "UserGroupRequest",
    "WebAuthnDeviceTypeRequest",
];

/// `Debug` text with `TypeId(n)` replaced by `Type("<schema name>")`.
fn canonical(api: &Api, debug: &str) -> String {
    const NEEDLE: &str = "TypeId(";
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug;
    while let Some(at) = rest.find(NEEDLE) {
        out.push_str(&rest[..at]);
        let after = &rest[at + NEEDLE.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match after[..digits].parse::<usize>() {
            Ok(index) if after[digits..].starts_with(')') && index < api.types.len() => {
                out.push_str(&format!(
                    "Type({:?})",
                    api.types[index].origin.schema_name()
                ));
                rest = &after[digits + 1..];
            }
            _ => {
                out.push_str(NEEDLE);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Types by schema name (a repeated name gets `#2`, `#3`, ... in arena order).
fn types_by_name(api: &Api) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for def in &api.types {
        let base = def.origin.schema_name().to_string();
        let mut key = base.clone();
        let mut n = 1;
        while out.contains_key(&key) {
            n += 1;
            key = format!("{base}#{n}");
        }
        out.insert(key, canonical(api, &format!("{def:?}")));
    }
    out
}

fn operations_by_id(api: &Api) -> BTreeMap<String, String> {
    api.operations
        .iter()
        .map(|op| (op.id.clone(), canonical(api, &format!("{op:?}"))))
        .collect()
}

/// Whether a type may be absent from the MDX side: an unused component or
/// an inline type hoisted from one (its hint starts with the component's name).
fn justified_absence(name: &str) -> bool {
    UNUSED.iter().any(|unused| name.starts_with(unused))
}

#[test]
fn mdx_pages_lower_to_the_same_ir_as_the_spec() {
    let (Some(mdx_dir), Some(spec)) = (env_dir("AUTHENTIK_MDX_DIR"), fetched_spec("2024.8.3"))
    else {
        return;
    };
    let pages = mdx_dir.join("2024.8.3-plugin4.0.1");
    // The front-ends alone: no patches on either side.
    let from_spec = authentik_codegen::Config::new()
        .quirks(false)
        .spec(&spec)
        .load()
        .unwrap_or_else(|e| panic!("{e}"));
    let (mut from_pages, warnings) =
        mdx::load(&[pages], &MdxLimits::default()).unwrap_or_else(|e| panic!("{e}"));
    // What `Config::load` does after any front-end.
    normalize(&mut from_pages);
    assert!(warnings.is_empty(), "warnings: {warnings:#?}");

    assert_eq!(from_pages.info, from_spec.info);
    assert_eq!(from_pages.servers, from_spec.servers);
    assert_eq!(from_pages.security_schemes, from_spec.security_schemes);

    // Operations: all of them, equal.
    let want = operations_by_id(&from_spec);
    let got = operations_by_id(&from_pages);
    let ids: Vec<&String> = want.keys().chain(got.keys()).collect();
    let mut mismatched = Vec::new();
    for id in ids {
        if want.get(id) != got.get(id) && !mismatched.contains(&id) {
            mismatched.push(id);
        }
    }
    let matched_operations = want
        .iter()
        .filter(|(id, op)| got.get(*id) == Some(op))
        .count();
    println!(
        "operations: {matched_operations} of {} (spec) / {} (pages) match",
        want.len(),
        got.len()
    );
    for id in mismatched.iter().take(5) {
        println!(
            "operation {id} differs:\n  spec:  {:?}\n  pages: {:?}",
            want.get(*id),
            got.get(*id)
        );
    }
    assert!(mismatched.is_empty(), "operations differ: {mismatched:?}");

    // Types: equal by name, except the justified absences.
    let want = types_by_name(&from_spec);
    let got = types_by_name(&from_pages);
    let extra: Vec<&String> = got.keys().filter(|k| !want.contains_key(*k)).collect();
    let absent: Vec<&String> = want.keys().filter(|k| !got.contains_key(*k)).collect();
    let unjustified: Vec<&&String> = absent.iter().filter(|k| !justified_absence(k)).collect();
    let differing: Vec<&String> = want
        .iter()
        .filter(|(name, def)| got.get(*name).is_some_and(|g| g != *def))
        .map(|(name, _)| name)
        .collect();
    let matched_types = want.len() - absent.len() - differing.len();
    println!(
        "types: {matched_types} of {} (spec) / {} (pages) match; absent from the pages, \
         justified (unused by every operation): {} {absent:?}",
        want.len(),
        got.len(),
        absent.len()
    );
    for name in differing.iter().take(5) {
        println!(
            "type {name} differs:\n  spec:  {}\n  pages: {}",
            want[*name], got[*name]
        );
    }
    assert!(extra.is_empty(), "types only the pages have: {extra:?}");
    assert!(
        unjustified.is_empty(),
        "types missing from the pages: {unjustified:?}"
    );
    assert!(differing.is_empty(), "types that differ: {differing:?}");
    let components_absent: Vec<&String> = from_spec
        .components
        .keys()
        .filter(|k| !from_pages.components.contains_key(*k))
        .collect();
    assert_eq!(components_absent, UNUSED.iter().collect::<Vec<_>>());
    assert_eq!(
        from_pages.components.len() + UNUSED.len(),
        from_spec.components.len()
    );
}

/// The operations and types of the pages in `dir`, canonical (see
/// [`canonical`]), after the normalisation `Config::load` runs.
fn load_pages(dir: &std::path::Path) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let (mut api, warnings) =
        mdx::load(&[dir.to_path_buf()], &MdxLimits::default()).unwrap_or_else(|e| panic!("{e}"));
    normalize(&mut api);
    assert!(
        warnings.is_empty(),
        "{}: warnings: {warnings:#?}",
        dir.display()
    );
    (operations_by_id(&api), types_by_name(&api))
}

/// A fresh, empty folder under the system's temporary one.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mdx-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `page` with its plain-JSON `api:` value written as the plugin writes it
/// without `disableCompression`: base64 of the zlib-deflated JSON.
fn compressed(page: &str) -> String {
    use base64::Engine as _;
    use std::io::Write as _;
    let mut out = String::new();
    let mut found = false;
    for line in page.split_inclusive('\n') {
        match line.strip_prefix("api: {") {
            Some(_) if !found => {
                found = true;
                let json = line["api: ".len()..].trim_end();
                let mut encoder =
                    flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                encoder.write_all(json.as_bytes()).unwrap();
                let blob =
                    base64::engine::general_purpose::STANDARD.encode(encoder.finish().unwrap());
                out.push_str(&format!("api: {blob}\n"));
            }
            _ => out.push_str(line),
        }
    }
    assert!(found, "a page without a plain `api:` value");
    out
}

/// docusaurus-plugin-openapi-docs 5.2 with `disableCompression` (authentik's
/// site today) writes `api:` as plain JSON: those pages lower to the same IR
/// as the same pages compressed, and (but for the pages the 4.0.1 plugin
/// wrote lossily, see `../shared/mdx/README.md`) as the 4.0.1 pages of the
/// same operations.
#[test]
fn plain_json_pages_lower_to_the_same_ir_as_compressed_ones() {
    let Some(mdx_dir) = env_dir("AUTHENTIK_MDX_DIR") else {
        return;
    };
    let plain = mdx_dir.join("2024.8.3-plugin5.2.0-nocompress");
    let old = mdx_dir.join("2024.8.3-plugin4.0.1");
    let mut names: Vec<String> = std::fs::read_dir(&plain)
        .unwrap_or_else(|e| panic!("{}: {e}", plain.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".api.mdx"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 14, "{}: the 14 pages", plain.display());

    let deflated = scratch("deflated");
    for name in &names {
        let page = std::fs::read_to_string(plain.join(name)).unwrap();
        assert!(page.contains("\napi: {\""), "{name}: not the plain form");
        std::fs::write(deflated.join(name), compressed(&page)).unwrap();
    }
    let (plain_ops, plain_types) = load_pages(&plain);
    let (deflated_ops, deflated_types) = load_pages(&deflated);
    assert_eq!(plain_ops.len(), 14);
    assert_eq!(plain_ops, deflated_ops);
    assert_eq!(plain_types, deflated_types);

    // Against the real compressed pages of plugin 4.0.1.
    const LOSSY: [&str; 2] = [
        "core-transactional-applications-update.api.mdx",
        "flows-executor-get.api.mdx",
    ];
    let (plain_subset, old_subset) = (scratch("plain"), scratch("old"));
    for name in names.iter().filter(|n| !LOSSY.contains(&n.as_str())) {
        std::fs::copy(plain.join(name), plain_subset.join(name)).unwrap();
        std::fs::copy(old.join(name), old_subset.join(name)).unwrap();
    }
    let (plain_ops, plain_types) = load_pages(&plain_subset);
    let (old_ops, old_types) = load_pages(&old_subset);
    assert_eq!(plain_ops.len(), 12);
    assert_eq!(plain_ops, old_ops);
    assert_eq!(plain_types, old_types);
    for dir in [deflated, plain_subset, old_subset] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// The passes `Config::load` runs after any front-end, for one version
/// without patches.
fn normalize(api: &mut authentik_codegen::ir::Api) {
    let filter = authentik_codegen::__private::normalize::Filter::default();
    let inputs = authentik_codegen::__private::normalize::Inputs {
        older: &[],
        patches: &[],
        filter: &filter,
    };
    authentik_codegen::__private::normalize::run(api, &inputs).unwrap_or_else(|e| panic!("{e}"));
}
