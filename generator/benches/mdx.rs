//! Benchmark of the MDX front-end: reading and assembling every page of
//! `$AUTHENTIK_MDX_DIR/2024.8.3-plugin4.0.1` (893 operations).
//!
//! `cargo bench -p authentik-codegen --bench mdx`. Without the pages the
//! benchmark says so and measures nothing.

use authentik_codegen::__private::mdx::{self, MdxLimits};
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use std::time::Duration;

fn pages_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("AUTHENTIK_MDX_DIR")?).join("2024.8.3-plugin4.0.1");
    dir.is_dir().then_some(dir)
}

fn bench(c: &mut Criterion) {
    let Some(dir) = pages_dir() else {
        eprintln!("skipped: set AUTHENTIK_MDX_DIR to the folder holding 2024.8.3-plugin4.0.1/");
        return;
    };
    let limits = MdxLimits::default();
    let inputs = vec![dir];
    let mut group = c.benchmark_group("mdx");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("load_pages_893", |b| {
        b.iter(|| mdx::load_pages(&inputs, &limits).expect("pages assemble"))
    });
    group.bench_function("load_pages_and_lower_893", |b| {
        b.iter(|| mdx::load(&inputs, &limits).expect("pages lower"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
