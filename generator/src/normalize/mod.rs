//! Normalisation passes over the IR, run after every front-end.
//!
//! Each pass owns one concern and keeps the IR invariants (see `ir`):
//! - [`fold`]: fold older schema versions into the newest (drift);
//! - [`surface`]: keep what older versions have and the newest removed
//!   (operations, schemas), and record which versions have each;
//! - [`patch`]: what servers send that their schema does not say, from
//!   data files (authentik's `specs/quirks.yml`, users' own);
//! - [`prune`]: keep only the operations a build asks for, and the types
//!   they reach;
//! - [`cycles`]: mark the struct fields that must be boxed because types
//!   contain each other by value.

pub mod cycles;
pub mod fold;
pub mod patch;
pub mod prune;
pub mod surface;

use crate::ir::Api;

/// The passes every API gets last, whatever its front-end and however
/// it was folded, patched and pruned (those need the other versions, the
/// patch files and the filter; `Config::load` runs them first, in the
/// order above): [`cycles`].
pub fn run(api: &mut Api) -> Result<(), String> {
    cycles::mark_boxed(api);
    Ok(())
}
