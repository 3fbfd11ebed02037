//! The README's code blocks that name an example file (`// examples/...`,
//! or `# examples/...` for a manifest, on their first line) are taken from
//! that file, which the workspace compiles
//! and tests, so the README cannot drift from working code.

use authentik_codegen_tests::inputs;

/// Trimmed, non-empty lines that are not comments (`//`, or `#` in TOML).
fn code_lines(text: &str, toml: bool) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !(l.is_empty() || l.starts_with("//") || (toml && l.starts_with('#'))))
        .map(str::to_string)
        .collect()
}

#[test]
fn readme_snippets_match_the_example_crates() {
    let root = inputs::repo_root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mut checked = 0;
    let mut blocks = readme.split("```").skip(1).step_by(2);
    for block in blocks.by_ref() {
        let mut lines = block.lines().skip(1);
        let Some(file) = lines.next().and_then(|l| {
            l.strip_prefix("// examples/")
                .or_else(|| l.strip_prefix("# examples/"))
        }) else {
            continue;
        };
        let toml = file.ends_with(".toml");
        let source = std::fs::read_to_string(root.join("examples").join(file))
            .unwrap_or_else(|e| panic!("README names examples/{file}: {e}"));
        let snippet = code_lines(&lines.collect::<Vec<_>>().join("\n"), toml);
        let source = code_lines(&source, toml);
        // The snippet's code lines appear in the file, in order.
        let mut rest = source.iter();
        let missing: Vec<&String> = snippet
            .iter()
            .filter(|line| !rest.any(|s| s == *line))
            .collect();
        assert!(
            missing.is_empty(),
            "README snippet for examples/{file} is not in that file; first missing: {missing:?}"
        );
        checked += 1;
    }
    assert!(
        checked >= 4,
        "expected README snippets naming example files, found {checked}"
    );
}
