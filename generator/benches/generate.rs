//! Generation speed on the full latest authentik schema, next to the time
//! serde_yaml alone takes to parse the same file (issue 15's yardstick:
//! full generation within 3x of that parse, the four pinned versions
//! folded within 6x).
//!
//! `cargo xtask fetch-specs && cargo bench -p authentik-codegen --bench generate`
//!
//! With the default features the benchmark runs on mimalloc, the command
//! line's allocator; `--no-default-features` measures glibc's malloc, what a
//! build script that sets no allocator gets. Both sides of each ratio run on
//! the same allocator. The benchmark is built with the workspace's release
//! profile (one codegen unit, fat LTO), as the command line is.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use std::time::Duration;

/// The pinned specs of specs/manifest.toml, oldest first.
fn pinned_specs() -> Vec<PathBuf> {
    let specs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let manifest =
        std::fs::read_to_string(specs.join("manifest.toml")).expect("specs/manifest.toml");
    let paths: Vec<PathBuf> = manifest
        .lines()
        .filter_map(|l| l.trim().strip_prefix("file = \"")?.strip_suffix('"'))
        .map(|file| specs.join("fetched").join(file))
        .collect();
    for path in &paths {
        assert!(
            path.exists(),
            "{} is missing: run `cargo xtask fetch-specs`",
            path.display()
        );
    }
    paths
}

fn generate(c: &mut Criterion) {
    let all = pinned_specs();
    let spec = all.last().expect("a pinned spec").clone();
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
