//! Normalisation passes over the IR, run after every front-end.
//!
//! Each pass owns one concern and keeps the IR invariants (see `ir`):
//! - [`cycles`]: mark the struct fields that must be boxed because types
//!   contain each other by value.

pub mod cycles;

use crate::ir::Api;

/// Run every pass in order.
pub fn run(api: &mut Api) -> Result<(), String> {
    cycles::mark_boxed(api);
    Ok(())
}
