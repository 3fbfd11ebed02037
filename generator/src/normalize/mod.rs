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
use crate::Error;
use std::path::PathBuf;

/// What the passes need besides the API.
pub struct Inputs<'a> {
    /// Older versions, oldest first, folded into the API (none: nothing to fold).
    pub older: &'a [Api],
    /// Patch files in the order they apply: where each was read from, the
    /// file, and whether a missing target is skipped (the built-in quirks).
    pub patches: &'a [(PathBuf, patch::PatchFile, bool)],
    /// The operations to keep.
    pub filter: &'a prune::Filter,
}

/// Run the passes in their order: `fold` (with `surface`), `patch`,
/// `prune`, `cycles` (the submodules of that name).
pub fn run(api: &mut Api, inputs: &Inputs<'_>) -> Result<(), Error> {
    fold::fold(api, inputs.older);
    for (path, file, optional_targets) in inputs.patches {
        patch::apply(api, path, file, *optional_targets)?;
    }
    prune::prune(api, inputs.filter).map_err(Error::Config)?;
    cycles::mark_boxed(api);
    Ok(())
}
