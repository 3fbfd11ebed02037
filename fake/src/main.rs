//! `authentik-fake`: serve a fake authentik until Ctrl-C.
//!
//! ```text
//! authentik-fake [--host 127.0.0.1] [--port 9000] [--token TOKEN]
//!                [--blueprint PATH]... [--empty]
//! ```
//!
//! The token defaults to `$AUTHENTIK_FAKE_TOKEN`, else a fixed development
//! value; it is printed at start with the base URL. The fake starts with
//! the objects of the blueprints named by `--blueprint`, else those of a
//! fresh authentik when `$AUTHENTIK_BLUEPRINTS_DIR` is set (see `USAGE`),
//! else with none.

use authentik_fake::blueprint::{BLUEPRINTS_RELEASE, DEFAULT_FOLDERS};
use std::path::PathBuf;
use std::process::ExitCode;

const DEFAULT_TOKEN: &str = "authentik-fake-token";

const USAGE: &str = "\
Usage: authentik-fake [--host HOST] [--port PORT] [--token TOKEN]
                      [--blueprint PATH]... [--empty]

A stateful in-memory fake of the authentik API (under /api/v3).

Options:
  --host HOST        address to listen on (default 127.0.0.1)
  --port PORT        port to listen on (default 9000; 0 picks a free one)
  --token TOKEN      the bearer token to accept (default $AUTHENTIK_FAKE_TOKEN,
                     else \"authentik-fake-token\")
  --blueprint PATH   apply an authentik blueprint file, or every *.yaml / *.yml
                     file of a folder (not its subfolders); repeatable, applied
                     in the order given
  --empty            start with no objects, even if $AUTHENTIK_BLUEPRINTS_DIR
                     is set
  -h, --help         print this help

Without --blueprint or --empty, and with $AUTHENTIK_BLUEPRINTS_DIR set to a copy
of authentik's blueprints (DIR/<release>/{default,system,migrations}/), the fake
starts like a fresh authentik: it applies DIR/2026.8.0-rc1's migrations/, system/
and default/ folders. Otherwise it starts with no objects.";

#[derive(Debug, PartialEq)]
struct Options {
    host: String,
    port: u16,
    token: String,
    /// `--blueprint` paths, in order.
    blueprints: Vec<PathBuf>,
    /// `--empty`.
    empty: bool,
}

/// What the fake starts with.
#[derive(Debug, PartialEq)]
enum Seed {
    /// No objects; the reason is printed.
    Empty(&'static str),
    /// The `--blueprint` files and folders.
    Blueprints(Vec<PathBuf>),
    /// A fresh authentik's blueprints under this release folder.
    Defaults(PathBuf),
}

/// The seed of `options` with `$AUTHENTIK_BLUEPRINTS_DIR` = `blueprints_dir`.
fn seed(options: &Options, blueprints_dir: Option<PathBuf>) -> Seed {
    if options.empty {
        return Seed::Empty("--empty");
    }
    if !options.blueprints.is_empty() {
        return Seed::Blueprints(options.blueprints.clone());
    }
    match blueprints_dir.filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => Seed::Defaults(dir.join(BLUEPRINTS_RELEASE)),
        None => Seed::Empty("AUTHENTIK_BLUEPRINTS_DIR is not set and no --blueprint was given"),
    }
}

/// Apply the seed; a line saying what the fake holds.
fn apply_seed(fake: &authentik_fake::Fake, seed: &Seed) -> Result<String, String> {
    let report = match seed {
        Seed::Empty(why) => return Ok(format!("objects: none ({why})")),
        Seed::Blueprints(paths) => fake.apply_blueprints(paths),
        Seed::Defaults(root) => fake.authentik_defaults(root),
    }
    .map_err(|e| e.to_string())?;
    let source = match seed {
        Seed::Defaults(root) => format!("{} of {}", DEFAULT_FOLDERS.join(", "), root.display()),
        _ => "--blueprint".to_string(),
    };
    Ok(format!("blueprints ({source}): {}", report.summary()))
}

/// Parse the arguments (without the program name).
fn parse(
    args: impl IntoIterator<Item = String>,
    env_token: Option<String>,
) -> Result<Option<Options>, String> {
    let mut options = Options {
        host: "127.0.0.1".into(),
        port: 9000,
        token: env_token
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| DEFAULT_TOKEN.into()),
        blueprints: Vec::new(),
        empty: false,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        if name == "-h" || name == "--help" {
            return Ok(None);
        }
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "--host" => options.host = value()?,
            "--port" => {
                let v = value()?;
                options.port = v.parse().map_err(|_| format!("invalid port: {v}"))?;
            }
            "--token" => {
                let v = value()?;
                if v.is_empty() || v.contains(char::is_whitespace) {
                    return Err("the token must be non-empty and without spaces".into());
                }
                options.token = v;
            }
            "--blueprint" => {
                let v = value()?;
                if v.is_empty() {
                    return Err("--blueprint needs a path".into());
                }
                options.blueprints.push(PathBuf::from(v));
            }
            "--empty" if inline.is_none() => options.empty = true,
            "--empty" => return Err("--empty takes no value".into()),
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    if options.empty && !options.blueprints.is_empty() {
        return Err("--empty and --blueprint exclude each other".into());
    }
    Ok(Some(options))
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse(
        std::env::args().skip(1),
        std::env::var("AUTHENTIK_FAKE_TOKEN").ok(),
    ) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("authentik-fake: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind((options.host.as_str(), options.port)).await
    {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!(
                "authentik-fake: cannot listen on {}:{}: {e}",
                options.host, options.port
            );
            return ExitCode::FAILURE;
        }
    };
    let base_url = match listener.local_addr() {
        Ok(addr) => format!("http://{addr}"),
        Err(_) => format!("http://{}:{}", options.host, options.port),
    };
    let fake = authentik_fake::Fake::new();
    let seed = seed(
        &options,
        std::env::var_os("AUTHENTIK_BLUEPRINTS_DIR").map(PathBuf::from),
    );
    match apply_seed(&fake, &seed) {
        Ok(line) => println!("{line}"),
        Err(message) => {
            eprintln!("authentik-fake: {message}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "authentik-fake {} listening on {base_url}",
        fake.api().version
    );
    println!("API: {base_url}/api/v3/");
    println!("token: {}", options.token);
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let router = authentik_fake::router_with(fake, &options.token);
    match authentik_fake::serve(listener, router, shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("authentik-fake: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults() {
        let options = parse(args(&[]), None).unwrap().unwrap();
        assert_eq!(
            options,
            Options {
                host: "127.0.0.1".into(),
                port: 9000,
                token: DEFAULT_TOKEN.into(),
                blueprints: Vec::new(),
                empty: false,
            }
        );
        let options = parse(args(&[]), Some("from-env".into())).unwrap().unwrap();
        assert_eq!(options.token, "from-env");
    }

    #[test]
    fn options() {
        let options = parse(
            args(&["--port", "0", "--host=::1", "--token", "t"]),
            Some("env".into()),
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            (options.host.as_str(), options.port, options.token.as_str()),
            ("::1", 0, "t")
        );
        assert_eq!(parse(args(&["--help"]), None), Ok(None));
        assert!(parse(args(&["--port"]), None).is_err());
        assert!(parse(args(&["--port", "70000"]), None).is_err());
        assert!(parse(args(&["--token", "a b"]), None).is_err());
        assert!(parse(args(&["--what"]), None).is_err());
    }

    #[test]
    fn blueprint_flags() {
        let options = parse(args(&["--blueprint", "a.yaml", "--blueprint=dir"]), None)
            .unwrap()
            .unwrap();
        assert_eq!(
            options.blueprints,
            [PathBuf::from("a.yaml"), PathBuf::from("dir")]
        );
        assert!(!options.empty);
        let empty = parse(args(&["--empty"]), None).unwrap().unwrap();
        assert!(empty.empty && empty.blueprints.is_empty());
        assert!(parse(args(&["--blueprint"]), None).is_err());
        assert!(parse(args(&["--blueprint="]), None).is_err());
        assert!(parse(args(&["--empty=yes"]), None).is_err());
        assert!(parse(args(&["--empty", "--blueprint", "a"]), None).is_err());
    }

    #[test]
    fn seeds() {
        let dir = Some(PathBuf::from("/bp"));
        let plain = parse(args(&[]), None).unwrap().unwrap();
        assert_eq!(
            seed(&plain, dir.clone()),
            Seed::Defaults(PathBuf::from("/bp").join(BLUEPRINTS_RELEASE))
        );
        assert!(matches!(seed(&plain, None), Seed::Empty(_)));
        assert!(matches!(seed(&plain, Some(PathBuf::new())), Seed::Empty(_)));
        let empty = parse(args(&["--empty"]), None).unwrap().unwrap();
        assert_eq!(seed(&empty, dir.clone()), Seed::Empty("--empty"));
        let files = parse(args(&["--blueprint", "x"]), None).unwrap().unwrap();
        assert_eq!(
            seed(&files, dir),
            Seed::Blueprints(vec![PathBuf::from("x")])
        );
        let fake = authentik_fake::Fake::new();
        let line = apply_seed(&fake, &Seed::Empty("--empty")).unwrap();
        assert_eq!(line, "objects: none (--empty)");
        let missing = Seed::Blueprints(vec![PathBuf::from("/nonexistent/bp.yaml")]);
        assert!(apply_seed(&fake, &missing)
            .unwrap_err()
            .contains("cannot read"));
    }
}
