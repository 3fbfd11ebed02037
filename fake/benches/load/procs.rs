//! The servers under test, each in a process of its own: started, asked for
//! their URL (the line they print at start, within [`START_LIMIT`]), read for
//! resident memory (`/proc/PID/status`), and killed when dropped.

use anyhow::{bail, Context as _};
use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a server may take to print its URL.
const START_LIMIT: Duration = Duration::from_secs(30);
/// How many lines of a server's output are read looking for its URL.
const START_LINES: usize = 16;

/// A server process; killed on drop.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

/// Resident memory of a process, in KiB.
#[derive(Clone, Copy, Debug)]
pub struct Memory {
    /// `VmRSS`: resident now.
    pub rss_kib: u64,
    /// `VmHWM`: the peak so far.
    pub peak_kib: u64,
}

impl Server {
    /// Run `program args` and wait for the `http://127.0.0.1:PORT` it prints.
    pub fn start(program: &Path, args: &[&str]) -> anyhow::Result<Server> {
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| format!("cannot start {}", program.display()))?;
        let stdout = child.stdout.take().context("no stdout")?;
        // Kill the child if its URL does not come.
        let mut server = Server {
            child,
            base: String::new(),
        };
        server.base = wait_for_url(stdout)
            .with_context(|| format!("{} {}", program.display(), args.join(" ")))?;
        Ok(server)
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The resident memory of the process now.
    pub fn memory(&self) -> anyhow::Result<Memory> {
        let path = format!("/proc/{}/status", self.pid());
        let status =
            std::fs::read_to_string(&path).with_context(|| format!("cannot read {path}"))?;
        Ok(Memory {
            rss_kib: status_kib(&status, "VmRSS:")
                .with_context(|| format!("no VmRSS in {path}"))?,
            peak_kib: status_kib(&status, "VmHWM:")
                .with_context(|| format!("no VmHWM in {path}"))?,
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Only this child, by its handle; it may have ended already.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The first `http://127.0.0.1:PORT` word of the first [`START_LINES`] lines
/// of `stdout`, within [`START_LIMIT`].
fn wait_for_url(stdout: std::process::ChildStdout) -> anyhow::Result<String> {
    let (tx, rx) = mpsc::channel();
    // Keeps reading (and, once the URL is found, dropping) what the child
    // prints, so that it never writes to a closed pipe; ends when the child
    // closes its output (at exit, or when killed).
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + START_LIMIT;
    for _ in 0..START_LINES {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = match rx.recv_timeout(left) {
            Ok(line) => line,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                bail!("printed no URL within {START_LIMIT:?}")
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => bail!("ended without printing a URL"),
        };
        if let Some(url) = line
            .split_whitespace()
            .find(|word| word.starts_with("http://127.0.0.1:"))
        {
            return Ok(url.trim_end_matches('/').to_string());
        }
    }
    bail!("printed no http://127.0.0.1:PORT in its first {START_LINES} lines")
}

/// The value in KiB of a `/proc/PID/status` line (`VmRSS:   1234 kB`).
fn status_kib(status: &str, key: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(key))?;
    line[key.len()..].split_whitespace().next()?.parse().ok()
}
