//! Rendering on every core. The back-ends describe their output as jobs,
//! one per file (`models.rs`, a tag's client module, `api.json` ...); the
//! workers take the heaviest job left first, and each job builds, formats
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
    render: Box<dyn FnOnce() -> Result<String, EmitError> + Send + 'a>,
}

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

/// Run `jobs` on up to `threads` workers (see `crate::parallel`), the
/// heaviest first; the files in job order.
pub(crate) fn run(jobs: Vec<Job<'_>>, threads: usize) -> Result<Vec<(PathBuf, String)>, EmitError> {
    let mut jobs: Vec<(usize, Job<'_>)> = jobs.into_iter().enumerate().collect();
    // Heaviest first; a stable sort, so ties keep the earliest job first.
    jobs.sort_by_key(|(_, job)| std::cmp::Reverse(job.weight));
    let (started, renders): (Vec<(usize, PathBuf)>, Vec<_>) = jobs
        .into_iter()
        .map(|(index, job)| ((index, job.path), job.render))
        .unzip();
    let mut files: Vec<_> = started
        .into_iter()
        .zip(crate::parallel::run(renders, threads))
        .collect();
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

    /// Whatever the number of workers and the weights, the files come in
    /// job order, and the error reported is the first in job order.
    #[test]
    fn output_is_in_job_order() {
        let texts = ["a", "b", "c", "d", "e", "f", "g"];
        for threads in [1, 2, 3, 8] {
            let files = run(jobs(&texts), threads).unwrap();
            let names: Vec<_> = files
                .iter()
                .map(|(p, t)| format!("{}={t}", p.display()))
                .collect();
            assert_eq!(
                names,
                ["f0=a", "f1=b", "f2=c", "f3=d", "f4=e", "f5=f", "f6=g"]
            );
        }
        let failing = ["a", "", "c", "", "e"];
        for threads in [1, 2, 4] {
            let e = run(jobs(&failing), threads).unwrap_err();
            assert!(
                matches!(&e, EmitError::CrateName(name) if name == "f1"),
                "{e}"
            );
        }
        assert!(run(Vec::new(), 2).unwrap().is_empty());
    }

    /// A job that panics is an error naming its file, not a crash, on
    /// the calling thread as on a helper.
    #[test]
    fn a_panicking_job_is_an_error() {
        for threads in [1, 2] {
            let jobs = vec![
                Job::new(PathBuf::from("ok"), 0, || Ok(String::new())),
                Job::new(PathBuf::from("bad"), 1, || panic!("a bug")),
            ];
            let e = run(jobs, threads).unwrap_err();
            assert!(
                matches!(&e, EmitError::Panicked { file } if file == &PathBuf::from("bad")),
                "{e}"
            );
        }
    }
}
