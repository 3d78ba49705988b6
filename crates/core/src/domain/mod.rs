//! The domain: typed models, queries and commands, one module per domain.
//! WHY by domain: a reader looking for "how do interviews work" opens one file
//! that holds the interview types, their SQL and their commands together.
//! Every module contributes its commands to the one registry through
//! [`commands`].

pub mod support;

pub mod action_queue;
pub mod assessments;
pub mod calendar;
pub mod candidate_applications;
pub mod candidate_list;
pub mod candidate_profile;
pub mod candidates;
pub mod crm;
pub mod csv_io;
pub mod dashboard;
pub mod documents;
pub mod duplicates;
pub mod goals;
pub mod identity;
pub mod interviews;
pub mod job_posting;
pub mod job_search;
pub mod job_templates;
pub mod leads;
pub mod matching;
pub mod pipeline;
pub mod practice;
pub mod profile;
pub mod requisitions;
pub mod resumes;
pub mod search;
pub mod settings;
pub mod stages;
pub mod tags;

/// Every domain command, registered into [`crate::api::registry`].
pub(crate) fn commands() -> Vec<crate::api::CommandSpec> {
    [
        identity::commands(),
        candidates::commands(),
        candidate_profile::commands(),
        candidate_applications::commands(),
        tags::commands(),
        search::commands(),
        duplicates::commands(),
        csv_io::commands(),
        crm::commands(),
        leads::commands(),
        requisitions::commands(),
        job_posting::commands(),
        job_templates::commands(),
        pipeline::commands(),
        stages::commands(),
        action_queue::commands(),
        dashboard::commands(),
        interviews::commands(),
        assessments::commands(),
        calendar::commands(),
        job_search::commands(),
        goals::commands(),
        practice::commands(),
        settings::commands(),
        profile::commands(),
        resumes::commands(),
        documents::commands(),
        matching::commands(),
    ]
    .concat()
}
