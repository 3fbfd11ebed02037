//! Rules the repository must keep, checked (as rust-analyzer's `tidy.rs`):
//! the names the emitters keep free cover what the runtime and the
//! generated modules define, the runtime's files are all copied, the
//! dependency tables that must agree agree,
//! every module opens with a doc comment, and files stay short.
//!
//! Each test reads the repository's files as they are; a failure names the
//! file and what to change.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(repo().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn parse(relative: &str) -> syn::File {
    syn::parse_file(&read(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// Every file below `relative`, repository-relative, sorted.
fn files(relative: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![repo().join(relative)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(repo()).expect("below the repository");
                found.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found
}

/// The `.rs` files below `relative`, repository-relative, sorted.
fn rust_files(relative: &str) -> Vec<String> {
    files(relative)
        .into_iter()
        .filter(|f| f.ends_with(".rs"))
        .collect()
}

/// Names of the functions in inherent `impl <ty>` blocks of `file`.
fn methods_of(file: &syn::File, ty: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for item in &file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(path) = &*block.self_ty else {
            continue;
        };
        if block.trait_.is_some() || path.path.segments.last().is_none_or(|s| s.ident != ty) {
            continue;
        }
        for inner in &block.items {
            if let syn::ImplItem::Fn(f) = inner {
                names.insert(f.sig.ident.to_string());
            }
        }
    }
    names
}

/// Names a module's top-level items bring into scope (items and `use`
/// leaves), and the names of its `mod` declarations separately.
fn module_names(file: &syn::File) -> (BTreeSet<String>, BTreeSet<String>) {
    fn leaves(tree: &syn::UseTree, out: &mut BTreeSet<String>) {
        match tree {
            syn::UseTree::Path(p) => leaves(&p.tree, out),
            syn::UseTree::Name(n) => {
                out.insert(n.ident.to_string());
            }
            syn::UseTree::Rename(r) => {
                out.insert(r.rename.to_string());
            }
            syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| leaves(t, out)),
        }
    }
    let mut items = BTreeSet::new();
    let mut mods = BTreeSet::new();
    for item in &file.items {
        let ident = match item {
            syn::Item::Mod(m) => {
                mods.insert(m.ident.to_string());
                continue;
            }
            syn::Item::Use(u) => {
                leaves(&u.tree, &mut items);
                continue;
            }
            syn::Item::Const(i) => &i.ident,
            syn::Item::Enum(i) => &i.ident,
            syn::Item::Fn(i) => &i.sig.ident,
            syn::Item::Static(i) => &i.ident,
            syn::Item::Struct(i) => &i.ident,
            syn::Item::Trait(i) => &i.ident,
            syn::Item::Type(i) => &i.ident,
            syn::Item::Macro(syn::ItemMacro { ident: Some(i), .. }) => i,
            _ => continue,
        };
        items.insert(ident.to_string());
    }
    (items, mods)
}

fn missing(wanted: &BTreeSet<String>, reserved: &[&str]) -> Vec<String> {
    wanted
        .iter()
        // Tag modules are snake case: `Error` or `DEFAULT_TIMEOUT` is no
        // tag's module.
        .filter(|name| !name.contains(|c: char| c.is_ascii_uppercase()))
        .filter(|name| !reserved.contains(&name.as_str()))
        .cloned()
        .collect()
}

/// The methods of `ty` (runtime files below `runtime`, and the generated
/// `module/mod.rs` with its tag methods aside) are all in `methods`, and
/// the snake-case names `module/mod.rs` has in scope, the module's own name
/// included (a tag module named as its parent is clippy's
/// `module_inception`), are all in `items`: tag methods and tag modules
/// then never collide with them.
fn assert_reserved(ty: &str, module: &str, methods: (&str, &[&str]), items: (&str, &[&str])) {
    let mut defined = BTreeSet::new();
    for file in rust_files(&format!("templates/runtime/{module}")) {
        defined.extend(methods_of(&parse(&file), ty));
    }
    let generated = parse(&format!("generated/authentik-api/src/{module}/mod.rs"));
    let (mut names, tags) = module_names(&generated);
    names.insert(module.to_string());
    defined.extend(&methods_of(&generated, ty) - &tags);
    let (list, reserved) = methods;
    let unreserved = missing(&defined, reserved);
    assert!(
        unreserved.is_empty(),
        "{ty} methods missing from {list}: {unreserved:?}"
    );
    let (list, reserved) = items;
    let unreserved = missing(&names, reserved);
    assert!(
        unreserved.is_empty(),
        "{module}/mod.rs names missing from {list}: {unreserved:?}"
    );
}

#[test]
fn client_names_are_reserved() {
    use crate::emit::plan::reserved::{CLIENT_METHODS, CLIENT_MOD_ITEMS};
    assert_reserved(
        "Client",
        "client",
        ("CLIENT_METHODS (emit/plan/reserved.rs)", CLIENT_METHODS),
        ("CLIENT_MOD_ITEMS (emit/plan/reserved.rs)", CLIENT_MOD_ITEMS),
    );
}

#[test]
fn server_names_are_reserved() {
    use crate::emit::plan::reserved::{SERVER_METHODS, SERVER_MOD_ITEMS};
    assert_reserved(
        "Server",
        "server",
        ("SERVER_METHODS (emit/plan/reserved.rs)", SERVER_METHODS),
        ("SERVER_MOD_ITEMS (emit/plan/reserved.rs)", SERVER_MOD_ITEMS),
    );
}

/// Every file of `templates/runtime` is copied into generated crates.
#[test]
fn every_runtime_file_is_listed() {
    let listed: BTreeSet<String> = crate::emit::krate::RUNTIME
        .iter()
        .map(|(name, _)| format!("templates/runtime/{name}"))
        .collect();
    // Any file, not only `.rs`: a runtime file is one whatever its name.
    let present: BTreeSet<String> = files("templates/runtime").into_iter().collect();
    let unlisted: Vec<_> = present.difference(&listed).collect();
    assert!(
        unlisted.is_empty(),
        "not in RUNTIME (emit/krate.rs): {unlisted:?}"
    );
}

/// `templates/Cargo.toml.tmpl` with its placeholders filled as the generator
/// fills them (no tags, test dispatch on: every fixed feature).
fn template_manifest() -> String {
    read("templates/Cargo.toml.tmpl")
        .replace("{{tag_features}}", "")
        .replace(
            "{{test_dispatch}}",
            crate::emit::krate::TEST_DISPATCH_FEATURE,
        )
}

/// A tag's feature never takes the name of a fixed feature.
#[test]
fn fixed_features_are_reserved() {
    let template = template_manifest();
    let manifest: toml::Table = toml::from_str(&template).expect("templates/Cargo.toml.tmpl");
    let features = manifest["features"].as_table().expect("[features]");
    let fixed: BTreeSet<String> = features.keys().cloned().collect();
    let unreserved = missing(&fixed, crate::emit::features::RESERVED);
    assert!(
        unreserved.is_empty(),
        "features missing from RESERVED (emit/features.rs): {unreserved:?}"
    );
}

/// One entry of a manifest's dependency tables, `workspace = true`
/// resolved against the root's `[workspace.dependencies]` (the member's
/// own features added).
struct Dependency {
    /// `dependencies`, `dev-dependencies`, `target.X.build-dependencies`, ...
    table: String,
    key: String,
    /// The crate the key names (`package = "..."`, or the key).
    package: String,
    /// The version requirement; empty for a path-only dependency.
    version: String,
    default_features: bool,
    features: BTreeSet<String>,
}

/// Every entry of every dependency table of a manifest (`dependencies`,
/// `dev-`, `build-`, and their `target.*` forms).
fn manifest_dependencies(relative: &str, text: &str) -> Vec<Dependency> {
    let workspace: toml::Table = toml::from_str(&read("Cargo.toml")).expect("Cargo.toml");
    let shared = &workspace["workspace"]["dependencies"];
    let manifest: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("{relative}: {e}"));
    const TABLES: [&str; 3] = ["dependencies", "dev-dependencies", "build-dependencies"];
    let mut tables: Vec<(String, &toml::Table)> = Vec::new();
    for name in TABLES {
        if let Some(table) = manifest.get(name).and_then(toml::Value::as_table) {
            tables.push((name.to_string(), table));
        }
    }
    let targets = manifest.get("target").and_then(toml::Value::as_table);
    for (target, spec) in targets.into_iter().flatten() {
        for name in TABLES {
            if let Some(table) = spec.get(name).and_then(toml::Value::as_table) {
                tables.push((format!("target.{target}.{name}"), table));
            }
        }
    }
    let mut out = Vec::new();
    for (table_name, table) in tables {
        for (key, spec) in table {
            let mut features = BTreeSet::new();
            let mut spec = spec.clone();
            if spec.get("workspace").and_then(toml::Value::as_bool) == Some(true) {
                features.extend(strings(spec.get("features")));
                spec = shared[key.as_str()].clone();
            }
            let (version, default_features) = match &spec {
                toml::Value::String(v) => (v.clone(), true),
                table => (
                    table
                        .get("version")
                        .and_then(toml::Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    table
                        .get("default-features")
                        .and_then(toml::Value::as_bool)
                        .unwrap_or(true),
                ),
            };
            features.extend(strings(spec.get("features")));
            let package = spec
                .get("package")
                .and_then(toml::Value::as_str)
                .unwrap_or(key)
                .to_string();
            out.push(Dependency {
                table: table_name.clone(),
                key: key.clone(),
                package,
                version,
                default_features,
                features,
            });
        }
    }
    out
}

/// A manifest's `[dependencies]` by key, as they resolve: version, default
/// features, features.
fn dependencies(relative: &str, text: &str) -> BTreeMap<String, (String, bool, BTreeSet<String>)> {
    manifest_dependencies(relative, text)
        .into_iter()
        .filter(|d| d.table == "dependencies")
        .map(|d| (d.key, (d.version, d.default_features, d.features)))
        .collect()
}

fn strings(value: Option<&toml::Value>) -> Vec<String> {
    value
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// The generated crate's dependencies are the ones the runtime is compiled
/// and tested with (`templates/Cargo.toml`): same versions, same features.
#[test]
fn dependency_tables_agree() {
    let generated = dependencies("templates/Cargo.toml.tmpl", &template_manifest());
    let mut differences = Vec::new();
    let other = "templates/Cargo.toml";
    for (name, spec) in dependencies(other, &read(other)) {
        match generated.get(&name) {
            Some(wanted) if *wanted == spec => {}
            Some(wanted) => differences.push(format!(
                "{other}: {name} is {spec:?}, templates/Cargo.toml.tmpl has {wanted:?}"
            )),
            None => differences.push(format!(
                "{other}: {name} is not a dependency of generated crates"
            )),
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// A crate that includes a generated module (the build-script example, the
/// crate that compiles every fixture's module output) depends on the
/// runtime crate alone, which module output names as its
/// `runtime` (`emit::krate::RUNTIME_CRATE`): everything else the module
/// uses, it reaches through that crate.
#[test]
fn module_output_needs_only_the_runtime_crate() {
    let runtime: toml::Value = toml::from_str(&read("templates/Cargo.toml")).unwrap();
    let package = runtime["package"]["name"].as_str().unwrap_or_default();
    assert_eq!(
        package.replace('-', "_"),
        crate::emit::krate::RUNTIME_CRATE,
        "templates/Cargo.toml's package is the crate module output names"
    );
    for user in [
        "examples/build-rs-client/Cargo.toml",
        "tests/module-output/Cargo.toml",
    ] {
        let names: Vec<String> = dependencies(user, &read(user)).into_keys().collect();
        assert_eq!(names, [package], "{user}: [dependencies]");
    }
}

/// The manifests of the crates that meet in one build or one test: the
/// generated crate, the runtime's own, the downstream examples, the tests
/// (which compile generated modules next to the generated crate) and the
/// fake (whose tests talk to it over `reqwest`).
const MEETING_MANIFESTS: &[&str] = &[
    "templates/Cargo.toml.tmpl",
    "templates/Cargo.toml",
    "examples/build-rs-client/Cargo.toml",
    "examples/list-users/Cargo.toml",
    "tests/Cargo.toml",
    "tests/module-output/Cargo.toml",
    "fake/Cargo.toml",
];

/// The semver-compatible series a requirement selects, as Cargo's caret
/// rule reads it: `1.40` and `1` are `1`, `0.13.2` is `0.13`.
fn series(requirement: &str) -> String {
    let bare = requirement.trim_start_matches(|c: char| "^~= ".contains(c));
    let parts: Vec<&str> = bare.split('.').collect();
    let mut kept = Vec::new();
    for part in parts {
        kept.push(part);
        if part != "0" {
            break;
        }
    }
    kept.join(".")
}

/// The crates of [`MEETING_MANIFESTS`] require the same semver-compatible
/// series of every dependency they share, in whatever table: two series
/// are two crates, whose types (a `reqwest::Client` handed to the
/// generated client, an `axum::Router` served in a test) do not mix.
#[test]
fn dependency_versions_agree() {
    // crate -> series -> where.
    let mut seen: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for &manifest in MEETING_MANIFESTS {
        let text = if manifest == "templates/Cargo.toml.tmpl" {
            template_manifest()
        } else {
            read(manifest)
        };
        let versioned = manifest_dependencies(manifest, &text)
            .into_iter()
            .filter(|d| !d.version.is_empty());
        for d in versioned {
            seen.entry(d.package)
                .or_default()
                .entry(series(&d.version))
                .or_default()
                .push(format!("{manifest} [{}] \"{}\"", d.table, d.version));
        }
    }
    let differences: Vec<String> = seen
        .iter()
        .filter(|(_, series)| series.len() > 1)
        .map(|(name, series)| {
            let wheres: Vec<String> = series
                .iter()
                .map(|(series, wheres)| format!("  {series}: {}", wheres.join(", ")))
                .collect();
            format!("{name} in more than one series:\n{}", wheres.join("\n"))
        })
        .collect();
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// Build scripts depend on the library with `default-features = false`:
/// nothing only the CLI needs (`clap`, `mimalloc`) is then compiled.
#[test]
fn the_library_alone_has_no_cli_dependencies() {
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "--locked",
            "-p",
            "authentik-codegen",
            "--no-default-features",
        ])
        .args(["-e", "normal", "--prefix", "none"])
        .current_dir(repo())
        .output()
        .expect("run cargo tree");
    assert!(
        output.status.success(),
        "cargo tree: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        tree.contains("serde_yaml"),
        "cargo tree lists the library's dependencies: {tree}"
    );
    let cli: Vec<&str> = tree
        .lines()
        .filter(|l| l.starts_with("clap") || l.contains("mimalloc"))
        .collect();
    assert!(
        cli.is_empty(),
        "the library without `cli` depends on {cli:?}"
    );
}

/// The library never chooses the process's allocator: only the CLI and the
/// benchmark declare one (a build script picks its own).
#[test]
fn only_binaries_set_the_allocator() {
    let attribute = concat!("#[global", "_allocator]");
    let setters: Vec<String> = rust_files("generator/src")
        .into_iter()
        .filter(|file| read(file).contains(attribute))
        .collect();
    assert_eq!(setters, ["generator/src/main.rs"]);
}

/// The folders of hand-written Rust.
const SOURCES: &[&str] = &[
    "generator",
    "templates",
    "tests/src",
    "tests/tests",
    "tests/module-output",
    "xtask",
    "fake",
    "examples",
];

/// Every module says what it is for in its first line.
#[test]
fn every_module_opens_with_a_doc_comment() {
    let mut undocumented = Vec::new();
    for folder in SOURCES.iter().filter(|f| repo().join(f).is_dir()) {
        for file in rust_files(folder) {
            let text = read(&file);
            let first = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("#!["));
            if !first.is_some_and(|l| l.starts_with("//!")) {
                undocumented.push(file);
            }
        }
    }
    assert!(
        undocumented.is_empty(),
        "no `//!` doc comment first: {undocumented:?}"
    );
}

/// Longest a hand-written file may be.
const MAX_LINES: usize = 800;

/// Files over [`MAX_LINES`] today, to be split (issue 15); the list only
/// shrinks: a file on it that fits must leave it.
const TOO_LONG: &[&str] = &[];

#[test]
fn files_stay_short() {
    let mut problems = Vec::new();
    for file in TOO_LONG {
        if !repo().join(file).is_file() {
            problems.push(format!("{file}: no such file; take it off TOO_LONG"));
        }
    }
    for folder in SOURCES.iter().filter(|f| repo().join(f).is_dir()) {
        for file in rust_files(folder) {
            let lines = read(&file).lines().count();
            let listed = TOO_LONG.contains(&file.as_str());
            if lines > MAX_LINES && !listed {
                problems.push(format!(
                    "{file}: {lines} lines, over {MAX_LINES}: split it by concern"
                ));
            } else if lines <= MAX_LINES && listed {
                problems.push(format!("{file}: {lines} lines; take it off TOO_LONG"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The modules of one source tree, by path (`emit::server::table`), and
/// the modules each refers to through `super::`/`crate::`/`self::` paths.
struct ModuleGraph {
    edges: BTreeMap<String, BTreeSet<String>>,
}

/// Every `super::`/`crate::`/`self::` path of a file, as segments.
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl<'ast> syn::visit::Visit<'ast> for Paths {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.0
            .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        fn flatten(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            match tree {
                syn::UseTree::Path(p) => {
                    prefix.push(p.ident.to_string());
                    flatten(&p.tree, prefix, out);
                    prefix.pop();
                }
                syn::UseTree::Name(n) => {
                    let mut path = prefix.clone();
                    path.push(n.ident.to_string());
                    out.push(path);
                }
                syn::UseTree::Rename(r) => {
                    let mut path = prefix.clone();
                    path.push(r.ident.to_string());
                    out.push(path);
                }
                syn::UseTree::Glob(_) => out.push(prefix.clone()),
                syn::UseTree::Group(g) => {
                    for tree in &g.items {
                        flatten(tree, prefix, out);
                    }
                }
            }
        }
        flatten(&item.tree, &mut Vec::new(), &mut self.0);
    }
}

impl ModuleGraph {
    /// The `.rs` files below `root`; `crate_root` is `lib.rs` or `mod.rs`.
    fn of(root: &str, crate_paths: bool) -> ModuleGraph {
        let mut modules: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
        for file in rust_files(root) {
            let rel = &file[root.len() + 1..];
            if rel == "main.rs" {
                continue;
            }
            let rel = rel.trim_end_matches(".rs");
            let rel = rel
                .strip_suffix("/mod")
                .unwrap_or(if rel == "lib" || rel == "mod" {
                    ""
                } else {
                    rel
                });
            let mut paths = Paths::default();
            syn::visit::Visit::visit_file(&mut paths, &parse(&file));
            modules.insert(rel.replace('/', "::"), paths.0);
        }
        let split = |m: &str| -> Vec<String> {
            m.split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (module, paths) in &modules {
            let here = split(module);
            for path in paths {
                let mut target = match path.first().map(String::as_str) {
                    Some("crate") if crate_paths => Vec::new(),
                    Some("self") => here.clone(),
                    Some("super") => here.clone(),
                    _ => continue,
                };
                let mut rest = &path[1..];
                if path[0] == "super" {
                    target.pop();
                    while rest.first().map(String::as_str) == Some("super") {
                        target.pop();
                        rest = &rest[1..];
                    }
                }
                // The deepest module the path names.
                for segment in rest {
                    target.push(segment.clone());
                    if !modules.contains_key(&target.join("::")) {
                        target.pop();
                        break;
                    }
                }
                // A module and its ancestors are one scope: children use
                // their parent's items, parents declare their children.
                let nested = target.starts_with(&here) || here.starts_with(&target);
                if !nested {
                    edges
                        .entry(module.clone())
                        .or_default()
                        .insert(target.join("::"));
                }
            }
        }
        ModuleGraph { edges }
    }

    /// The cycles, each as `a -> b -> a`.
    fn cycles(&self) -> Vec<String> {
        let mut found = BTreeSet::new();
        for start in self.edges.keys() {
            // Depth-first from `start`, back to `start`.
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((module, path)) = stack.pop() {
                for next in self.edges.get(&module).into_iter().flatten() {
                    if next == start {
                        let mut cycle = path.clone();
                        // One spelling per cycle: rotated to its smallest module.
                        let smallest = (0..cycle.len()).min_by_key(|&i| &cycle[i]).unwrap_or(0);
                        cycle.rotate_left(smallest);
                        cycle.push(cycle[0].clone());
                        found.insert(cycle.join(" -> "));
                    } else if seen.insert(next.clone()) {
                        let mut path = path.clone();
                        path.push(next.clone());
                        stack.push((next.clone(), path));
                    }
                }
            }
        }
        found.into_iter().collect()
    }
}

/// No module refers to a module that refers back to it (directly or
/// through others); a module and its parents count as one.
#[test]
fn no_import_cycles() {
    let mut cycles = Vec::new();
    for (root, crate_paths) in [("generator/src", true), ("templates/runtime", false)] {
        let graph = ModuleGraph::of(root, crate_paths);
        assert!(graph.edges.len() > 5, "{root}: no module graph");
        cycles.extend(graph.cycles().into_iter().map(|c| format!("{root}: {c}")));
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}
