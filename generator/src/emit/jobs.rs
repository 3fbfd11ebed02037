//! Rendering on every core. The back-ends describe their output as jobs,
//! one per file (`models.rs`, a tag's client module, `api.json` ...); the
//! workers take the heaviest job of each stage first (`run_then`: the
//! models, then the jobs made from the plan), and each job builds, formats
//! and drops its token streams on the worker that runs it (they cannot
//! cross threads). The files come back in job order and the first error in
//! job order is the one reported, so the output does not depend on which
//! worker ran what.

use super::error::EmitError;
use std::path::PathBuf;

/// The text of one file, rendered when a worker runs it.
pub(crate) struct Job<'a> {
    path: PathBuf,
    /// A rough cost (about one per operation or type rendered), for the
    /// order in which jobs start; never for the output.
    weight: usize,
    render: Render<'a>,
}

/// What renders a job's file.
type Render<'a> = Box<dyn FnOnce() -> Result<String, EmitError> + Send + 'a>;

impl<'a> Job<'a> {
    pub(crate) fn new(
        path: PathBuf,
        weight: usize,
        render: impl FnOnce() -> Result<String, EmitError> + Send + 'a,
    ) -> Self {
        Job {
            path,
            weight,
            render: Box::new(render),
        }
    }
}

/// Run `first` at once, and after it the jobs `then` makes: the calling
/// thread makes those (the plan the client and server render) while the
/// other workers start on `first` (the models, which need no plan). The
/// files in job order, `first`'s before `then`'s.
pub(crate) fn run_then<'a>(
    first: Vec<Job<'a>>,
    then: impl FnOnce() -> Vec<Job<'a>>,
    threads: usize,
) -> Result<Vec<(PathBuf, String)>, EmitError> {
    let (mut paths, renders) = heaviest_first(first);
    let mut later = Vec::new();
    let results = crate::parallel::run_then(
        renders,
        || {
            let (paths, renders) = heaviest_first(then());
            later = paths;
            renders
        },
        threads,
    );
    let offset = paths.len();
    paths.extend(
        later
            .into_iter()
            .map(|(index, path)| (offset + index, path)),
    );
    collect(paths, results)
}

/// The job's renders, heaviest first (a stable sort, so ties keep the
/// earliest job first), beside each one's index in `jobs` and path.
fn heaviest_first(jobs: Vec<Job<'_>>) -> (Vec<(usize, PathBuf)>, Vec<Render<'_>>) {
    let mut indexed: Vec<(usize, Job<'_>)> = jobs.into_iter().enumerate().collect();
    indexed.sort_by_key(|(_, job)| std::cmp::Reverse(job.weight));
    indexed
        .into_iter()
        .map(|(index, job)| ((index, job.path), job.render))
        .unzip()
}

/// The files in job order from the results in start order; the first
/// error in job order, or the file whose job panicked (`None`).
fn collect(
    started: Vec<(usize, PathBuf)>,
    results: Vec<Option<Result<String, EmitError>>>,
) -> Result<Vec<(PathBuf, String)>, EmitError> {
    let mut files: Vec<_> = started.into_iter().zip(results).collect();
    files.sort_by_key(|((index, _), _)| *index);
    files
        .into_iter()
        .map(|((_, path), result)| match result {
            Some(text) => Ok((path, text?)),
            // The job panicked.
            None => Err(EmitError::Panicked { file: path }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jobs<'a>(texts: &'a [&'a str]) -> Vec<Job<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                Job::new(PathBuf::from(format!("f{i}")), i % 3, move || {
                    if text.is_empty() {
                        Err(EmitError::CrateName(format!("f{i}")))
                    } else {
                        Ok(text.to_string())
                    }
                })
            })
            .collect()
    }

    /// Whatever the number of workers, the weights and where the jobs are
    /// split between `first` and `then`, the files come in job order, and
    /// the error reported is the first in job order.
    #[test]
    fn output_is_in_job_order() {
        let texts = ["a", "b", "c", "d", "e", "f", "g"];
        for threads in [1, 2, 3, 8] {
            for split in [0, 1, 4, 7] {
                let mut first = jobs(&texts);
                let then = first.split_off(split);
                let files = run_then(first, || then, threads).unwrap();
                let names: Vec<_> = files
                    .iter()
                    .map(|(p, t)| format!("{}={t}", p.display()))
                    .collect();
                assert_eq!(
                    names,
                    ["f0=a", "f1=b", "f2=c", "f3=d", "f4=e", "f5=f", "f6=g"],
                    "{threads} workers, split at {split}"
                );
            }
        }
        let failing = ["a", "", "c", "", "e"];
        for threads in [1, 2, 4] {
            for split in [0, 2, 5] {
                let mut first = jobs(&failing);
                let then = first.split_off(split);
                let e = run_then(first, || then, threads).unwrap_err();
                assert!(
                    matches!(&e, EmitError::CrateName(name) if name == "f1"),
                    "{e}"
                );
            }
        }
        assert!(run_then(Vec::new(), Vec::new, 2).unwrap().is_empty());
    }

    /// The jobs `then` makes may borrow what it made (as the client's
    /// borrow the plan); their files come after `first`'s.
    #[test]
    fn later_jobs_borrow_what_then_made() {
        let made = std::cell::OnceCell::new();
        let first = vec![Job::new(PathBuf::from("first"), 5, || Ok("1".to_string()))];
        let then = || {
            let text: &String = made.get_or_init(|| "2".to_string());
            vec![Job::new(
                PathBuf::from("later"),
                1,
                move || Ok(text.clone()),
            )]
        };
        let files = run_then(first, then, 2).unwrap();
        assert_eq!(
            files,
            [
                (PathBuf::from("first"), "1".to_string()),
                (PathBuf::from("later"), "2".to_string())
            ]
        );
    }

    /// A job that panics is an error naming its file, not a crash, on
    /// the calling thread as on a helper, in either stage.
    #[test]
    fn a_panicking_job_is_an_error() {
        for threads in [1, 2] {
            for later in [false, true] {
                let mut jobs = vec![
                    Job::new(PathBuf::from("ok"), 0, || Ok(String::new())),
                    Job::new(PathBuf::from("bad"), 1, || panic!("a bug")),
                ];
                let then = if later { jobs.split_off(1) } else { Vec::new() };
                let e = run_then(jobs, || then, threads).unwrap_err();
                assert!(
                    matches!(&e, EmitError::Panicked { file } if file == &PathBuf::from("bad")),
                    "{e}"
                );
            }
        }
    }
}
