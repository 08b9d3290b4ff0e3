//! Providers keeping their own records at `/pro-poskytovatele`: signing in by a one-time link
//! sent to an address staff invited (`sign_in.rs`), and proposing changes to their services that
//! staff review (`edit.rs`).

pub mod edit;
pub mod review;
pub mod sign_in;
