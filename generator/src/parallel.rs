//! Independent tasks on every core: the rendering jobs (`emit::jobs`), the
//! input versions (`Config::load_versions`) and the two parts of a big
//! YAML document (`block_yaml`). Workers take the next task in the order
//! given; the results come back in that order whichever worker ran what,
//! and a task that panics (a bug) is `None`, on the calling thread as on a
//! helper.

use std::sync::{Mutex, PoisonError};

/// Run `tasks` on up to `threads` workers (the calling thread is one of
/// them); their results in task order.
pub(crate) fn run<T: Send, F: FnOnce() -> T + Send>(
    tasks: Vec<F>,
    threads: usize,
) -> Vec<Option<T>> {
    let count = tasks.len();
    let queue = Mutex::new(tasks.into_iter().enumerate());
    let work = || {
        let mut done = Vec::new();
        loop {
            let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
            let Some((index, task)) = next else {
                return done;
            };
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task));
            done.push((index, result.ok()));
        }
    };
    let workers = threads.clamp(1, count.max(1));
    let mut results: Vec<Option<T>> = (0..count).map(|_| None).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers).map(|_| scope.spawn(work)).collect();
        let mut finished = vec![Ok(work())];
        finished.extend(helpers.into_iter().map(|h| h.join()));
        for done in finished {
            for (index, result) in done.unwrap_or_default() {
                results[index] = result;
            }
        }
    });
    results
}

/// The workers to run on: one per core.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

#[cfg(test)]
mod tests {
    /// Whatever the number of workers, the results come in task order, and
    /// a panicking task is `None` without stopping the others.
    #[test]
    fn results_are_in_task_order() {
        for threads in [1, 2, 3, 8] {
            let tasks: Vec<_> = (0..7)
                .map(|i| {
                    move || {
                        if i == 4 {
                            panic!("a bug");
                        }
                        i * 10
                    }
                })
                .collect();
            let results = super::run(tasks, threads);
            assert_eq!(
                results,
                [
                    Some(0),
                    Some(10),
                    Some(20),
                    Some(30),
                    None,
                    Some(50),
                    Some(60)
                ],
                "{threads} workers"
            );
        }
        assert!(super::run(Vec::<fn() -> u8>::new(), 2).is_empty());
    }
}
