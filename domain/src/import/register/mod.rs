//! The national register of social services (Registr poskytovatelů sociálních služeb, MPSV) as
//! its open data really publish it: `rpss.json`, one item of `polozky` per registered service,
//! every code a reference into the code lists beside it (`code_lists.rs`), read through the
//! shapes of `item.rs` into the portal's provider and service (`reading.rs`). Code names map
//! onto the law's types, the forms and the target groups by `names.rs`; what the reader meets
//! and does not take is counted with an example (`tally.rs`). Names of people (`statutarniOrgany`) are skipped unread.

mod code_lists;
mod item;
mod names;
mod reading;
mod tally;

pub use code_lists::{CodeListError, CodeLists, Entry, List};
pub use item::Item;
pub use names::{
    capacity_kind_named, delivery_form_named, service_type_named, target_groups_named,
};
pub use reading::{Current, EndReason, Ended, Reader, Reading, read};
pub use tally::{Tallies, Tally};
