//! Independent tasks on every core: the rendering jobs (`emit::jobs`), the
//! input versions (`Config::load_versions`) and the two parts of a big
//! YAML document (`block_yaml`). Workers take the next task in the order
//! given; the results come back in that order whichever worker ran what,
//! and a task that panics (a bug) is `None`, on the calling thread as on a
//! helper. [`run_then`] adds tasks the calling thread works out while the
//! helpers start on the first ones (the plan beside the models).

use std::collections::VecDeque;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Run `tasks` on up to `threads` workers (the calling thread is one of
/// them); their results in task order.
pub(crate) fn run<T: Send, F: FnOnce() -> T + Send>(
    tasks: Vec<F>,
    threads: usize,
) -> Vec<Option<T>> {
    let workers = threads.clamp(1, tasks.len().max(1));
    run_staged(tasks, None::<fn() -> Vec<F>>, workers)
}

/// Run `first` on up to `threads` workers, and after it the tasks `then`
/// returns: the calling thread works out those while the helpers start on
/// `first` (what does not depend on `then`'s own work). The results in
/// task order, `first`'s before `then`'s. A panic in `then` (a bug) is
/// raised again on the calling thread once the workers are done.
pub(crate) fn run_then<T: Send, F: FnOnce() -> T + Send>(
    first: Vec<F>,
    then: impl FnOnce() -> Vec<F>,
    threads: usize,
) -> Vec<Option<T>> {
    run_staged(first, Some(then), threads.max(1))
}

/// The queue, also after a worker panicked holding it (tasks run outside
/// the lock, so it is never left half-changed).
fn lock<Q>(queue: &Mutex<Q>) -> MutexGuard<'_, Q> {
    queue.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The tasks not started yet, and whether more may come.
struct Queue<F> {
    tasks: VecDeque<(usize, F)>,
    more: bool,
}

/// [`run`] and [`run_then`]: `workers` threads (the calling one among
/// them) take tasks from one queue, which `then` (on the calling thread)
/// adds to before the calling thread starts on it.
fn run_staged<T: Send, F: FnOnce() -> T + Send>(
    first: Vec<F>,
    then: Option<impl FnOnce() -> Vec<F>>,
    workers: usize,
) -> Vec<Option<T>> {
    let mut count = first.len();
    let queue = Mutex::new(Queue {
        tasks: first.into_iter().enumerate().collect(),
        more: then.is_some(),
    });
    let fed = Condvar::new();
    let work = || {
        let mut done = Vec::new();
        loop {
            let mut pending = lock(&queue);
            let next = loop {
                if let Some(task) = pending.tasks.pop_front() {
                    break Some(task);
                }
                if !pending.more {
                    break None;
                }
                pending = fed.wait(pending).unwrap_or_else(PoisonError::into_inner);
            };
            drop(pending);
            let Some((index, task)) = next else {
                return done;
            };
            done.push((index, catch_unwind(AssertUnwindSafe(task)).ok()));
        }
    };
    let mut finished = Vec::new();
    let panic = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers).map(|_| scope.spawn(work)).collect();
        let mut panic = None;
        if let Some(then) = then {
            let more = catch_unwind(AssertUnwindSafe(then));
            let mut pending = lock(&queue);
            match more {
                Ok(more) => {
                    let start = count;
                    count += more.len();
                    let more = more.into_iter().enumerate();
                    pending
                        .tasks
                        .extend(more.map(|(i, task)| (start + i, task)));
                }
                Err(payload) => panic = Some(payload),
            }
            pending.more = false;
            drop(pending);
            fed.notify_all();
        }
        finished.push(Ok(work()));
        finished.extend(helpers.into_iter().map(|h| h.join()));
        panic
    });
    if let Some(payload) = panic {
        resume_unwind(payload);
    }
    let mut results: Vec<Option<T>> = (0..count).map(|_| None).collect();
    for done in finished {
        for (index, result) in done.unwrap_or_default() {
            results[index] = result;
        }
    }
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

    /// `then` runs on the calling thread while a helper is already on
    /// `first`: here `then` waits (at most ten seconds) for `first`'s task
    /// to have started, and its tasks' results come after `first`'s.
    #[test]
    fn then_runs_beside_first() {
        use std::sync::mpsc::channel;
        use std::time::Duration;
        let (started, on_start) = channel();
        let first = vec![Box::new(move || {
            started.send(()).ok();
            1
        }) as Box<dyn FnOnce() -> i32 + Send>];
        let then = || {
            let beside = on_start.recv_timeout(Duration::from_secs(10)).is_ok();
            vec![Box::new(move || if beside { 2 } else { -2 }) as Box<dyn FnOnce() -> i32 + Send>]
        };
        assert_eq!(super::run_then(first, then, 2), [Some(1), Some(2)]);
        // One worker: `then` first, then every task on the calling thread.
        let task = |i: i32| move || i;
        let results = super::run_then(vec![task(1)], || vec![task(2), task(3)], 1);
        assert_eq!(results, [Some(1), Some(2), Some(3)]);
    }

    /// A panic in `then` reaches the caller once `first` is done, and the
    /// helpers waiting for `then`'s tasks do not hang (bounded: the call
    /// runs on a thread the test waits ten seconds for).
    #[test]
    fn a_panic_in_then_is_raised_again() {
        use std::sync::mpsc::channel;
        let (done, on_done) = channel();
        std::thread::spawn(move || {
            let result = std::panic::catch_unwind(|| {
                super::run_then(
                    vec![|| 1, || 2],
                    || -> Vec<fn() -> i32> { panic!("a bug") },
                    3,
                )
            });
            done.send(result.is_err()).ok();
        });
        let raised = on_done.recv_timeout(std::time::Duration::from_secs(10));
        assert_eq!(raised, Ok(true));
    }
}
