//! The `authentik-codegen` command line.
//!
//! Exit codes: 0 success, 1 bad input or failed generation (the message
//! names the file and location), 2 bad command-line usage.

use authentik_codegen::Config;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Generation is allocation-heavy (see the `mimalloc` feature); the binary
/// needs the `cli` feature, which turns `mimalloc` on.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generate Rust crates from authentik's OpenAPI schema.
#[derive(Parser, Debug)]
#[command(name = "authentik-codegen", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Generate a complete, compilable crate (Cargo.toml + src) into a folder.
    Generate {
        /// An OpenAPI 3.0 schema (YAML or JSON). Repeat for several versions
        /// of one API, oldest first; the newest defines the surface.
        #[arg(long = "spec", value_name = "FILE", required_unless_present = "mdx")]
        specs: Vec<PathBuf>,
        /// API-reference MDX pages (a page, or a folder searched for
        /// `*.api.mdx`). Consecutive `--mdx` form one version; mixable with
        /// `--spec` (the order on the command line is the version order).
        #[arg(long = "mdx", value_name = "FILE_OR_DIR")]
        mdx: Vec<PathBuf>,
        /// Output folder. Its previous content is replaced, and only once
        /// generation succeeded.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Package name of the generated crate.
        #[arg(long, value_name = "CRATE", default_value = "authentik-api")]
        name: String,
        /// Generate only the operations of this tag, and the models they use
        /// (repeatable).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Generate this operation (by operationId) too, and the models it
        /// uses (repeatable).
        #[arg(long = "operation", value_name = "ID")]
        operations: Vec<String>,
        /// An extra attribute on model types: `TYPE=ATTRIBUTE`, TYPE a Rust or
        /// schema name or `*` (repeatable), e.g. `'*=#[non_exhaustive]'`.
        #[arg(long = "type-attribute", value_name = "TYPE=ATTR")]
        type_attributes: Vec<String>,
        /// A patch file (YAML, the format of specs/quirks.yml): what the
        /// server sends that the schema does not say (repeatable).
        #[arg(long = "patch", value_name = "FILE")]
        patches: Vec<PathBuf>,
        /// Leave out authentik's built-in quirks (specs/quirks.yml).
        #[arg(long)]
        no_quirks: bool,
        /// Also generate the client's test dispatch (cargo feature
        /// `test-dispatch`: operations called by id, for tests).
        #[arg(long)]
        test_dispatch: bool,
        /// Print every warning (name collisions resolved, ...), not just their count.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Print a Markdown report of what changed between two schema versions.
    Drift {
        /// The older schema.
        old: PathBuf,
        /// The newer schema.
        new: PathBuf,
    },
}

fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    // `--spec` and `--mdx` interleave: keep their command-line order.
    let positions = |id: &str| -> Vec<usize> {
        matches
            .subcommand_matches("generate")
            .and_then(|m| m.indices_of(id))
            .map(Iterator::collect)
            .unwrap_or_default()
    };
    let (spec_positions, mdx_positions) = (positions("specs"), positions("mdx"));
    match cli.command {
        Command::Drift { old, new } => match Config::new().spec(old).spec(new).drift_report() {
            Ok(report) => {
                println!("{report}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Command::Generate {
            specs,
            mdx,
            out,
            name,
            tags,
            operations,
            type_attributes,
            patches,
            no_quirks,
            test_dispatch,
            verbose,
        } => {
            let mut config = Config::new();
            let mut inputs: Vec<(usize, bool, PathBuf)> = Vec::new();
            inputs.extend(
                spec_positions
                    .into_iter()
                    .zip(specs)
                    .map(|(i, p)| (i, false, p)),
            );
            inputs.extend(
                mdx_positions
                    .into_iter()
                    .zip(mdx)
                    .map(|(i, p)| (i, true, p)),
            );
            inputs.sort_by_key(|(i, _, _)| *i);
            for (_, is_mdx, path) in inputs {
                if is_mdx {
                    config.mdx(path);
                } else {
                    config.spec(path);
                }
            }
            for tag in tags {
                config.tag(tag);
            }
            for id in operations {
                config.operation(id);
            }
            for pair in type_attributes {
                let Some((name, attr)) = pair.split_once('=') else {
                    eprintln!("error: --type-attribute {pair:?}: expected TYPE=ATTRIBUTE");
                    return ExitCode::from(2);
                };
                config.type_attribute(name, attr);
            }
            for patch in patches {
                config.patch(patch);
            }
            config.quirks(!no_quirks).test_dispatch(test_dispatch);
            config.crate_name(name);
            match config.write_crate(&out) {
                Ok(output) => {
                    let s = &output.stats;
                    eprintln!(
                        "wrote {}: {} schemas, {} Rust types, {} operations, {} lines, {} warnings",
                        out.display(),
                        s.schemas,
                        s.rust_types,
                        s.operations,
                        s.lines,
                        output.warnings.len()
                    );
                    if verbose {
                        for w in &output.warnings {
                            eprintln!("warning: {w}");
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}
