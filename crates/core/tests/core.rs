#![recursion_limit = "256"]
//! The core's one integration-test binary (project convention: one per
//! crate, so linking happens once). Each area lives in `tests/core/*.rs`;
//! a test crate root resolves `mod x;` next to itself, hence the `#[path]`s.

#[path = "core/api.rs"]
mod api;
#[path = "core/assessments.rs"]
mod assessments;
#[path = "core/bad_input.rs"]
mod bad_input;
#[path = "core/candidate_list.rs"]
mod candidate_list;
#[path = "core/csv_io.rs"]
mod csv_io;
#[path = "core/demo.rs"]
mod demo;
#[path = "core/documents.rs"]
mod documents;
#[path = "core/duplicates.rs"]
mod duplicates;
#[path = "core/interviews.rs"]
mod interviews;
#[path = "core/job_search.rs"]
mod job_search;
#[path = "core/matching.rs"]
mod matching;
#[path = "core/recruiting.rs"]
mod recruiting;
#[path = "core/resumes.rs"]
mod resumes;
#[path = "core/schema.rs"]
mod schema;
#[path = "core/search.rs"]
mod search;
#[path = "core/seedmap.rs"]
mod seedmap;
#[path = "core/seeker.rs"]
mod seeker;
#[path = "core/store.rs"]
mod store;
#[path = "core/support.rs"]
mod support;
#[path = "core/tasks.rs"]
mod tasks;
#[path = "core/workspace.rs"]
mod workspace;
