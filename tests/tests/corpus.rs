//! Other APIs than authentik's: the OpenAPI documents of
//! `$AUTHENTIK_OTHER_SPECS_DIR` (drf-spectacular's own test fixtures,
//! InvenTree, Nautobot, PagerDuty, OpenAI; see its README.md).
//!
//! Each document is generated as a crate (`corpus-<name>`, no authentik
//! quirks) into one cargo workspace below the target folder, which is then
//! linted with `cargo clippy --all-targets --features server,test-dispatch
//! -- -D warnings`. A driver binary in the same workspace then round-trips
//! the sampler's samples (`authentik_codegen_tests::sampler`) of every
//! component schema of every document through the type generated for it.
//! A document may instead fail to generate, with the located error listed
//! in [`UNSUPPORTED`] (and in the README).
//!
//! CI runs [`the_drf_spectacular_fixtures_and_inventree_generate_compile_and_round_trip`]:
//! the 36 drf-spectacular fixtures, InvenTree 411 and [`REPO_FIXTURES`]. `cargo xtask corpus`
//! runs the ignored [`every_document`] (adds InvenTree 166, Nautobot,
//! PagerDuty and OpenAI: minutes) and prints the table the notes quote.

use authentik_codegen::__private::type_tokens;
use authentik_codegen::__private::Names;
use authentik_codegen::Config;
use authentik_codegen_tests::inputs;
use authentik_codegen_tests::sampler::Sampler;
use quote::{format_ident, quote};
use serde_json::{json, Value};
use std::io::{BufRead, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Documents that do not generate, by file name, with (a part of) the
/// located error they fail with and why that is right.
const UNSUPPORTED: &[(&str, &str, &str)] = &[(
    "test_extend_schema.yml",
    "#/paths/~1doesitall~1manual~1/post/responses/200/content/application~1json/schema/$ref: \
     unresolvable $ref \"#/components/schemas/Gamma\"",
    "the fixture refers to a schema it does not define (drf-spectacular's test of a manual \
     `$ref`)",
)];

/// Round-trip failures that are known, by `(file, schema)`, with why.
const ROUND_TRIP_EXCEPTIONS: &[(&str, &str, &str)] = &[];

/// This repository's fixtures compiled as whole crates too (cargo features,
/// `Cargo.toml`): tags named like what a generated crate defines, and
/// other APIs' constructs.
const REPO_FIXTURES: &[&str] = &["bodies.yaml", "edge_cases.yaml", "reserved_names.yaml"];

/// The documents CI generates and compiles: every drf-spectacular fixture,
/// one large real API and the repository's fixtures above.
fn in_ci_set(name: &str) -> bool {
    name.starts_with("test_")
        || name == "inventree-api-411.yaml.gz"
        || REPO_FIXTURES.contains(&name)
}

/// One input document.
struct Doc {
    /// File name as in the folder (`inventree-api-411.yaml.gz`).
    name: String,
    /// Package name suffix (`inventree-api-411`).
    slug: String,
    /// A readable (decompressed) copy.
    path: PathBuf,
}

/// What became of one document.
struct Row {
    doc: Doc,
    operations: usize,
    types: usize,
    lines: usize,
    millis: u128,
    /// `Err(message)` when it did not generate.
    generated: Result<(), String>,
    compiled: Option<bool>,
    round_trips: Option<(usize, usize)>,
}

fn work_dir(set: &str) -> PathBuf {
    let dir = inputs::repo_root().join("target/corpus").join(set);
    std::fs::create_dir_all(&dir).expect("create the corpus work folder");
    dir
}

/// The corpus documents `keep` selects (sorted), decompressed into `dir`.
fn documents(dir: &Path, keep: impl Fn(&str) -> bool) -> Option<Vec<Doc>> {
    let root = inputs::env_dir("AUTHENTIK_OTHER_SPECS_DIR")?;
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read the corpus folder") {
            let path = entry.expect("a folder entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                stack.push(path);
            } else if [".yml", ".yaml", ".json", ".yaml.gz", ".json.gz"]
                .iter()
                .any(|ext| name.ends_with(ext))
                && name != "MANIFEST.json"
                && keep(&name)
            {
                files.push((name, path));
            }
        }
    }
    let fixtures = inputs::repo_root().join("specs/fixtures");
    for name in REPO_FIXTURES.iter().filter(|name| keep(name)) {
        files.push((name.to_string(), fixtures.join(name)));
    }
    files.sort();
    assert!(
        !files.is_empty(),
        "no documents in AUTHENTIK_OTHER_SPECS_DIR"
    );
    let inputs = dir.join("inputs");
    std::fs::create_dir_all(&inputs).unwrap();
    let docs = files
        .into_iter()
        .map(|(name, path)| {
            let plain = name.trim_end_matches(".gz");
            let stem = plain.rsplit_once('.').map_or(plain, |(stem, _)| stem);
            let slug = stem.replace(['.', '_'], "-").to_lowercase();
            let path = if name.ends_with(".gz") {
                let copy = inputs.join(plain);
                let file = std::fs::File::open(&path).unwrap();
                let mut text = Vec::new();
                std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(file), &mut text)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                std::fs::write(&copy, text).unwrap();
                copy
            } else {
                path
            };
            Doc { name, slug, path }
        })
        .collect();
    Some(docs)
}

fn config(doc: &Doc) -> Config {
    let mut config = Config::new();
    config
        .spec(&doc.path)
        .crate_name(format!("corpus-{}", doc.slug))
        .quirks(false)
        // Linted with `--features server,test-dispatch` below.
        .test_dispatch(true);
    config
}

/// Generate every document into `dir/crates/<slug>`.
fn generate(docs: Vec<Doc>, dir: &Path) -> Vec<Row> {
    let crates = dir.join("crates");
    let _ = std::fs::remove_dir_all(&crates);
    docs.into_iter()
        .map(|doc| {
            let start = Instant::now();
            let out = crates.join(&doc.slug);
            let written = config(&doc).write_crate(&out);
            let millis = start.elapsed().as_millis();
            let mut row = Row {
                doc,
                operations: 0,
                types: 0,
                lines: 0,
                millis,
                generated: Ok(()),
                compiled: None,
                round_trips: None,
            };
            match written {
                Ok(output) => {
                    row.operations = output.stats.operations;
                    row.types = output.stats.rust_types;
                    row.lines = output.stats.lines;
                }
                Err(e) => {
                    assert!(
                        !out.exists(),
                        "{}: partial output after an error",
                        row.doc.name
                    );
                    row.generated = Err(e.to_string());
                }
            }
            row
        })
        .collect()
}

/// Check each failure against [`UNSUPPORTED`]; every listed one must fail.
fn check_unsupported(rows: &[Row]) -> Vec<String> {
    let mut problems = Vec::new();
    for row in rows {
        let listed = UNSUPPORTED
            .iter()
            .find(|(name, _, _)| *name == row.doc.name);
        match (&row.generated, listed) {
            (Ok(()), Some(_)) => problems.push(format!(
                "{}: listed as unsupported but generates now; drop it from UNSUPPORTED",
                row.doc.name
            )),
            (Err(e), None) => problems.push(format!("{}: {e}", row.doc.name)),
            (Err(e), Some((_, expected, _))) if !e.contains(expected) => problems.push(format!(
                "{}: fails differently than documented:\n  {e}\n  expected: {expected}",
                row.doc.name
            )),
            _ => {}
        }
    }
    problems
}

/// The workspace manifest over the generated crates plus the driver.
fn write_workspace(dir: &Path, rows: &[Row]) {
    let members: Vec<String> = rows
        .iter()
        .filter(|r| r.generated.is_ok())
        .map(|r| format!("\"crates/{}\"", r.doc.slug))
        .chain(["\"roundtrip\"".to_string()])
        .collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "# Written by tests/tests/corpus.rs.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    // The repository's lock file: the same dependency versions as the
    // checked-in crate, nothing to resolve.
    std::fs::copy(
        inputs::repo_root().join("Cargo.lock"),
        dir.join("Cargo.lock"),
    )
    .unwrap();
}

/// The round-trip driver: reads `{"crate", "schema", "value"}` lines and
/// answers each with `{"ok": json}`, `{"err": message}` or `{"none": true}`.
fn write_driver(dir: &Path, rows: &[Row]) {
    let driver = dir.join("roundtrip");
    std::fs::create_dir_all(driver.join("src")).unwrap();
    let mut deps = String::new();
    let mut modules = Vec::new();
    let mut arms = Vec::new();
    for row in rows.iter().filter(|r| r.generated.is_ok()) {
        let package = format!("corpus-{}", row.doc.slug);
        deps.push_str(&format!(
            "{package} = {{ path = \"../crates/{}\", default-features = false, features = [\"all-tags\"] }}\n",
            row.doc.slug
        ));
        let api = config(&row.doc).load().expect("loaded once already");
        let names = Names::new(&api);
        let krate = format_ident!("{}", package.replace('-', "_"));
        let module = format_ident!("m_{}", row.doc.slug.replace('-', "_"));
        let schema_arms = api.components.iter().map(|(schema, id)| {
            let ty = type_tokens(&authentik_codegen::ir::TypeRef::Named(*id), &names);
            quote!(#schema => Some(super::roundtrip::<#ty>(value)),)
        });
        modules.push(quote! {
            mod #module {
                #![allow(unused_imports, deprecated)]
                use ::#krate::models::*;
                pub fn dispatch(schema: &str, value: ::serde_json::Value) -> Option<Result<::serde_json::Value, String>> {
                    match schema {
                        #(#schema_arms)*
                        _ => None,
                    }
                }
            }
        });
        let slug = &row.doc.slug;
        arms.push(quote!(#slug => #module::dispatch(schema, value),));
    }
    let main = quote! {
        //! Written by tests/tests/corpus.rs.
        #(#modules)*

        fn roundtrip<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
            value: ::serde_json::Value,
        ) -> Result<::serde_json::Value, String> {
            let typed: T = ::serde_json::from_value(value).map_err(|e| e.to_string())?;
            ::serde_json::to_value(&typed).map_err(|e| e.to_string())
        }

        fn main() {
            use ::std::io::{BufRead, Write};
            let stdout = ::std::io::stdout();
            let mut out = stdout.lock();
            for line in ::std::io::stdin().lock().lines() {
                let line = line.expect("a line");
                let request: ::serde_json::Value = ::serde_json::from_str(&line).expect("a request");
                let krate = request["crate"].as_str().unwrap_or_default();
                let schema = request["schema"].as_str().unwrap_or_default();
                let value = request["value"].clone();
                let answer = match match krate {
                    #(#arms)*
                    _ => None,
                } {
                    Some(Ok(json)) => ::serde_json::json!({"ok": json}),
                    Some(Err(e)) => ::serde_json::json!({"err": e}),
                    None => ::serde_json::json!({"none": true}),
                };
                writeln!(out, "{answer}").expect("write");
                out.flush().expect("flush");
            }
        }
    };
    std::fs::write(
        driver.join("Cargo.toml"),
        format!(
            "[package]\nname = \"corpus-roundtrip\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nserde = \"1\"\nserde_json = {{ version = \"1\", features = [\"preserve_order\"] }}\n{deps}"
        ),
    )
    .unwrap();
    std::fs::write(driver.join("src/main.rs"), main.to_string()).unwrap();
}

fn cargo(dir: &Path, args: &[&str]) -> std::process::Output {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| inputs::repo_root().join("target"));
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("run cargo")
}

/// Lint every generated crate (all targets, client and server).
fn clippy(dir: &Path, rows: &mut [Row]) -> Vec<String> {
    let mut args = vec![
        "clippy",
        "--all-targets",
        "--features",
        "server,test-dispatch",
    ];
    let packages: Vec<String> = rows
        .iter()
        .filter(|r| r.generated.is_ok())
        .map(|r| format!("corpus-{}", r.doc.slug))
        .collect();
    for p in &packages {
        args.extend(["-p", p]);
    }
    args.extend(["--", "-D", "warnings"]);
    let out = cargo(dir, &args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    for row in rows.iter_mut().filter(|r| r.generated.is_ok()) {
        let failed = stderr.contains(&format!("could not compile `corpus-{}`", row.doc.slug));
        row.compiled = Some(out.status.success() || !failed);
    }
    if out.status.success() {
        Vec::new()
    } else {
        vec![format!("cargo clippy failed:\n{stderr}")]
    }
}

/// Round-trip every sample of every component schema; failures as text.
fn round_trip(dir: &Path, rows: &mut [Row]) -> Vec<String> {
    let out = cargo(dir, &["build", "-p", "corpus-roundtrip"]);
    if !out.status.success() {
        return vec![format!(
            "building the round-trip driver failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        )];
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| inputs::repo_root().join("target"));
    let mut driver = Command::new(target.join("debug/corpus-roundtrip"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the round-trip driver");
    let mut stdin = driver.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(driver.stdout.take().unwrap());
    let mut failures = Vec::new();
    for row in rows.iter_mut().filter(|r| r.generated.is_ok()) {
        let (spec, _) = authentik_codegen::__private::openapi::read_json(
            &row.doc.path,
            authentik_codegen::DEFAULT_MAX_INPUT_BYTES,
        )
        .expect("read once already");
        if spec.pointer("/components/schemas").is_none() {
            row.round_trips = Some((0, 0));
            continue;
        }
        let mut sampler = Sampler::new(&spec);
        let (mut samples, mut failed) = (0, 0);
        for name in sampler.schema_names() {
            let excepted = ROUND_TRIP_EXCEPTIONS
                .iter()
                .any(|(file, schema, _)| *file == row.doc.name && *schema == name);
            let sampled =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| sampler.samples(name)));
            let Ok(sampled) = sampled else {
                failed += 1;
                failures.push(format!(
                    "{} {name}: the sampler cannot sample this schema",
                    row.doc.name
                ));
                continue;
            };
            for sample in sampled {
                samples += 1;
                let request = json!({"crate": row.doc.slug, "schema": name, "value": sample.value});
                writeln!(stdin, "{request}").unwrap();
                let mut line = String::new();
                stdout.read_line(&mut line).expect("an answer");
                let answer: Value = serde_json::from_str(&line).expect("a JSON answer");
                let problem = if answer["none"] == true {
                    Some("no generated type".to_string())
                } else if let Some(e) = answer["err"].as_str() {
                    Some(e.to_string())
                } else if answer["ok"] != sample.value {
                    Some(format!("wrote back {}", answer["ok"]))
                } else {
                    None
                };
                if let Some(problem) = problem {
                    failed += 1;
                    if !excepted {
                        failures.push(format!(
                            "{} {name} [{}]: {problem}\n    sample: {}",
                            row.doc.name,
                            sample.describe(),
                            sample.value
                        ));
                    }
                }
            }
        }
        row.round_trips = Some((samples, failed));
    }
    drop(stdin);
    let _ = driver.wait();
    failures
}

/// The Markdown table of the rows.
fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| document | operations | Rust types | lines | generation | clippy -D warnings | round trips |\n\
         | --- | ---: | ---: | ---: | ---: | --- | --- |\n",
    );
    for r in rows {
        let (generated, compiled) = match (&r.generated, r.compiled) {
            (Err(_), _) => ("unsupported (documented)".to_string(), "-".to_string()),
            (Ok(()), c) => (
                format!("{} ms", r.millis),
                match c {
                    Some(true) => "clean".into(),
                    Some(false) => "FAILED".into(),
                    None => "not run".into(),
                },
            ),
        };
        let trips = match r.round_trips {
            Some((n, 0)) => format!("{n} samples, all equal"),
            Some((n, f)) => format!("{n} samples, {f} differ"),
            None => "-".into(),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {generated} | {compiled} | {trips} |\n",
            r.doc.name, r.operations, r.types, r.lines
        ));
    }
    out
}

/// Run the corpus `set`. With `strict_round_trips` off (documents beyond
/// CI's), round-trip differences are counted in the table and the first
/// ones printed, but only generation and clippy fail the run: the sampler
/// reads the subset of OpenAPI that drf-spectacular writes, so a difference
/// there may be the sampler's.
fn run(set: &str, keep: impl Fn(&str) -> bool, strict_round_trips: bool) {
    let dir = work_dir(set);
    let Some(docs) = documents(&dir, keep) else {
        return;
    };
    let mut rows = generate(docs, &dir);
    let mut problems = check_unsupported(&rows);
    write_workspace(&dir, &rows);
    write_driver(&dir, &rows);
    problems.extend(clippy(&dir, &mut rows));
    let differences = round_trip(&dir, &mut rows);
    eprintln!("{}", table(&rows));
    if strict_round_trips {
        problems.extend(differences);
    } else {
        for d in differences.iter().take(40) {
            eprintln!("round trip: {d}");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_drf_spectacular_fixtures_and_inventree_generate_compile_and_round_trip() {
    run("ci", in_ci_set, true);
}

#[test]
#[ignore = "minutes: `cargo xtask corpus` runs it"]
fn every_document() {
    run("all", |_| true, false);
}

/// The documents of one folder of the corpus, by file name.
fn doc(name: &str) -> Option<PathBuf> {
    let root = inputs::env_dir("AUTHENTIK_OTHER_SPECS_DIR")?;
    let path = root.join("drf-spectacular").join(name);
    let path = if path.exists() {
        path
    } else {
        root.join("drf-spectacular/contrib").join(name)
    };
    assert!(path.exists(), "{} is missing", path.display());
    Some(path)
}

fn load(path: &Path) -> authentik_codegen::ir::Api {
    let mut config = Config::new();
    config.spec(path).quirks(false);
    config
        .load()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// drf-spectacular writes its 3.1 fixtures from the same views as the 3.0
/// ones: `type: [T, "null"]` for `nullable: true`, numeric exclusive bounds.
/// Read, they are the same API.
#[test]
fn openapi_3_1_fixtures_read_as_their_3_0_twins() {
    for (v30, v31) in [
        ("test_basic.yml", "test_basic_oas_3_1.yml"),
        ("test_fields.yml", "test_fields_oas_3_1.yml"),
    ] {
        let (Some(a), Some(b)) = (doc(v30), doc(v31)) else {
            return;
        };
        let (a, b) = (load(&a), load(&b));
        assert!(b.warnings.is_empty(), "{v31}: {:?}", b.warnings);
        assert_eq!(a, b, "{v30} and {v31} read differently");
    }
}

/// Webhooks are left out, with a warning naming them.
#[test]
fn webhooks_are_skipped_with_a_warning() {
    let Some(path) = doc("test_webhooks.yml") else {
        return;
    };
    let api = load(&path);
    assert_eq!(api.warnings.len(), 1, "{:?}", api.warnings);
    assert!(
        api.warnings[0].contains("#/webhooks: 1 webhook(s) not generated (SubscriptionEvent)"),
        "{:?}",
        api.warnings
    );
}

/// drf-spectacular's polymorphic serializers (`rest_polymorphic`): a
/// discriminated `oneOf` of `allOf: [{resourcetype}, $ref]` members becomes
/// a tagged union whose variants carry the mapping's tags.
#[test]
fn polymorphic_serializers_are_tagged_unions() {
    use authentik_codegen::ir::{TypeKind, TypeRef};
    for (file, union, tag, expected) in [
        (
            "test_rest_polymorphic.yml",
            "Person",
            "resourcetype",
            &["legal", "natural", "nomadic"][..],
        ),
        (
            "test_polymorphic.yml",
            "MetaPerson",
            "type",
            &["legal", "natural"][..],
        ),
    ] {
        let Some(path) = doc(file) else {
            return;
        };
        let api = load(&path);
        let id = api.components[union];
        let TypeKind::Union(u) = &api.get(id).kind else {
            panic!("{file}: {union} is not a union: {:?}", api.get(id).kind);
        };
        assert_eq!(u.discriminator.as_deref(), Some(tag), "{file}");
        let tags: Vec<&str> = u
            .variants
            .iter()
            .flat_map(|v| v.tags.iter().map(String::as_str))
            .collect();
        assert_eq!(tags, expected, "{file}");
        for v in &u.variants {
            let TypeRef::Named(member) = v.ty else {
                panic!("{file}: variant {:?} is not a named struct", v.ty);
            };
            assert!(
                matches!(api.get(member).kind, TypeKind::Struct(_)),
                "{file}: a variant of {union} is not a struct"
            );
        }
    }
}
