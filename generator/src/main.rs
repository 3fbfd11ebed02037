//! The `authentik-codegen` command line.
//!
//! Exit codes: 0 success, 1 bad input or failed generation (the message
//! names the file and location), 2 bad command-line usage.

use authentik_codegen::Config;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

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
        #[arg(long = "spec", value_name = "FILE", required = true)]
        specs: Vec<PathBuf>,
        /// Output folder. Its previous content is replaced, and only once
        /// generation succeeded.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Package name of the generated crate.
        #[arg(long, value_name = "CRATE", default_value = "authentik-api")]
        name: String,
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
    let cli = Cli::parse();
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
            out,
            name,
            verbose,
        } => {
            let mut config = Config::new();
            for spec in specs {
                config.spec(spec);
            }
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
