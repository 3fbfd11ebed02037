//! Generation speed on the full latest authentik schema, next to the time
//! serde_yaml alone takes to parse the same file (the yardstick:
//! generation within 5x of parsing, under 1 s).
//!
//! `cargo xtask fetch-specs && cargo bench -p authentik-codegen --bench generate`

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use std::time::Duration;

fn latest_spec() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs/fetched/2026.11.0-rc1.yml");
    assert!(
        path.exists(),
        "{} is missing: run `cargo xtask fetch-specs`",
        path.display()
    );
    path
}

fn generate(c: &mut Criterion) {
    let spec = latest_spec();
    let text = std::fs::read_to_string(&spec).expect("read the spec");
    let mut group = c.benchmark_group("latest");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("serde_yaml parse to Value", |b| {
        b.iter(|| serde_yaml::from_str::<serde_yaml::Value>(&text).expect("parse"))
    });
    group.bench_function("generate models crate (in memory)", |b| {
        b.iter(|| {
            authentik_codegen::Config::new()
                .spec(&spec)
                .render()
                .expect("generate")
        })
    });
    let all: Vec<PathBuf> = ["2024.8.3", "2024.12.1", "2025.6.2", "2026.11.0-rc1"]
        .iter()
        .map(|v| spec.with_file_name(format!("{v}.yml")))
        .collect();
    group.bench_function("generate from all four pinned versions", |b| {
        b.iter(|| {
            let mut config = authentik_codegen::Config::new();
            for path in &all {
                config.spec(path);
            }
            config.render().expect("generate")
        })
    });
    group.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
