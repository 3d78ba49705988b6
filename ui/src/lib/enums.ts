// Human labels and colour tones for every enum the UI shows. Each table is a complete
// `Record<Enum, …>`, so a value added to the core's types fails to compile here until it is named.
import type {
  ApplicationStatus,
  CandidateStatus,
  ClientStatus,
  Difficulty,
  EmploymentType,
  ExperienceLevel,
  GoalStatus,
  InterviewMode,
  InterviewStatus,
  InterviewType,
  JobStatus,
  LeadStatus,
  Priority,
  QuestionCategory,
  QuestionKind,
  Recommendation,
  RequisitionStatus,
  Role,
  ServiceType,
  SkillCategory,
  SkillLevel,
  StageKind,
  WorkMode,
} from "../bindings";

export type Tone = "gray" | "blue" | "violet" | "amber" | "green" | "red" | "teal" | "orange";

/** An option of a select or filter: value and label. */
export type Option<T extends string> = { value: T; label: string };

/** The options of a label table, in its declared order. */
export function options<T extends string>(labels: Record<T, string>): Option<T>[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export const JOB_STATUS: Record<JobStatus, string> = {
  interested: "Interested",
  applied: "Applied",
  interview_scheduled: "Interview scheduled",
  interview_completed: "Interviewed",
  offer_received: "Offer",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};
export const JOB_STATUSES = Object.keys(JOB_STATUS) as JobStatus[];
export const JOB_TONE: Record<JobStatus, Tone> = {
  interested: "gray",
  applied: "blue",
  interview_scheduled: "violet",
  interview_completed: "teal",
  offer_received: "amber",
  accepted: "green",
  rejected: "red",
  withdrawn: "gray",
};

export const WORK_MODE: Record<WorkMode, string> = { onsite: "On-site", remote: "Remote", hybrid: "Hybrid" };

export const EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  full_time: "Full-time",
  part_time: "Part-time",
  contract: "Contract",
  temporary: "Temporary",
  internship: "Internship",
  freelance: "Freelance",
};

export const CANDIDATE_STATUS: Record<CandidateStatus, string> = {
  new: "New",
  active: "Active",
  interviewing: "Interviewing",
  offered: "Offered",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  inactive: "Inactive",
};
export const CANDIDATE_TONE: Record<CandidateStatus, Tone> = {
  new: "blue",
  active: "teal",
  interviewing: "violet",
  offered: "amber",
  hired: "green",
  rejected: "red",
  withdrawn: "gray",
  inactive: "gray",
};

export const EXPERIENCE_LEVEL: Record<ExperienceLevel, string> = {
  intern: "Intern",
  entry: "Entry",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  lead: "Lead",
  principal: "Principal",
  executive: "Executive",
};

export const SKILL_LEVEL: Record<SkillLevel, string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
  expert: "Expert",
};

export const SKILL_CATEGORY: Record<SkillCategory, string> = {
  technical: "Technical",
  soft: "Soft skill",
  language: "Language",
  tool: "Tool",
  domain: "Domain",
  certification: "Certification",
  other: "Other",
};

export const REQUISITION_STATUS: Record<RequisitionStatus, string> = {
  draft: "Draft",
  open: "Open",
  sourcing: "Sourcing",
  interviewing: "Interviewing",
  offer: "Offer",
  paused: "Paused",
  closed: "Closed",
  filled: "Filled",
  cancelled: "Cancelled",
};
export const REQUISITION_TONE: Record<RequisitionStatus, Tone> = {
  draft: "gray",
  open: "blue",
  sourcing: "teal",
  interviewing: "violet",
  offer: "amber",
  paused: "orange",
  closed: "gray",
  filled: "green",
  cancelled: "red",
};

export const APPLICATION_STATUS: Record<ApplicationStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  new: "New",
  under_review: "Under review",
  screening: "Screening",
  interview: "Interview",
  offer: "Offer",
  hired: "Hired",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export const STAGE_TONE: Record<StageKind, Tone> = {
  new: "blue",
  screening: "teal",
  interview: "violet",
  offer: "amber",
  hired: "green",
  rejected: "red",
  withdrawn: "gray",
  custom: "gray",
};

export const CLIENT_STATUS: Record<ClientStatus, string> = {
  prospect: "Prospect",
  active: "Active",
  inactive: "Inactive",
  blacklisted: "Blocked",
};
export const CLIENT_TONE: Record<ClientStatus, Tone> = {
  prospect: "blue",
  active: "green",
  inactive: "gray",
  blacklisted: "red",
};

export const LEAD_STATUS: Record<LeadStatus, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  proposal: "Proposal",
  negotiation: "Negotiation",
  converted: "Converted",
  lost: "Lost",
};

export const INTERVIEW_TYPE: Record<InterviewType, string> = {
  phone: "Phone screen",
  video: "Video call",
  onsite: "On-site",
  screening: "Screening",
  technical: "Technical",
  behavioral: "Behavioral",
  cultural: "Culture fit",
  panel: "Panel",
  final: "Final round",
  hr: "HR",
};

export const INTERVIEW_MODE: Record<InterviewMode, string> = {
  video: "Video",
  phone: "Phone",
  in_person: "In person",
  ai: "AI-assisted",
};

export const INTERVIEW_STATUS: Record<InterviewStatus, string> = {
  scheduled: "Scheduled",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "No-show",
  rescheduled: "Rescheduled",
};
export const INTERVIEW_TONE: Record<InterviewStatus, Tone> = {
  scheduled: "blue",
  in_progress: "violet",
  completed: "green",
  cancelled: "gray",
  no_show: "red",
  rescheduled: "amber",
};

export const RECOMMENDATION: Record<Recommendation, string> = {
  strong_hire: "Strong hire",
  hire: "Hire",
  maybe: "Maybe",
  no_hire: "No hire",
  strong_no_hire: "Strong no hire",
};

export const PRIORITY: Record<Priority, string> = { high: "High", medium: "Medium", low: "Low" };
export const PRIORITY_TONE: Record<Priority, Tone> = { high: "red", medium: "amber", low: "gray" };

export const GOAL_STATUS: Record<GoalStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
  abandoned: "Abandoned",
};
export const GOAL_TONE: Record<GoalStatus, Tone> = {
  not_started: "gray",
  in_progress: "blue",
  completed: "green",
  abandoned: "gray",
};

export const QUESTION_CATEGORY: Record<QuestionCategory, string> = {
  technical: "Technical",
  behavioral: "Behavioral",
  situational: "Situational",
  system_design: "System design",
  coding: "Coding",
  communication: "Communication",
  leadership: "Leadership",
  culture: "Culture",
  general: "General",
};

export const QUESTION_KIND: Record<QuestionKind, string> = {
  open: "Open answer",
  mcq: "Multiple choice",
  coding: "Coding",
};

export const DIFFICULTY: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };
export const DIFFICULTY_TONE: Record<Difficulty, Tone> = { easy: "green", medium: "amber", hard: "red" };

export const ROLE: Record<Role, string> = { job_seeker: "Job search", recruiter: "Recruiting" };

export const LEAD_TONE: Record<LeadStatus, Tone> = {
  new: "blue",
  contacted: "teal",
  qualified: "violet",
  proposal: "amber",
  negotiation: "orange",
  converted: "green",
  lost: "gray",
};

export const SERVICE_TYPE: Record<ServiceType, string> = {
  permanent: "Permanent placement",
  contract: "Contract staffing",
  rpo: "RPO",
  executive_search: "Executive search",
};

// Recruiting workspace (issue 5): salary units, profile preferences, follow-ups, action queue.
import type {
  ActionType,
  ContactMode,
  FollowUpStatus,
  JobTypePreference,
  RelocationReadiness,
  SalaryUnit,
  SectorPreference,
  ShiftPreference,
} from "../bindings";

export const SALARY_UNIT: Record<SalaryUnit, string> = { hour: "per hour", day: "per day", week: "per week", month: "per month", year: "per year" };
export const JOB_TYPE_PREFERENCE: Record<JobTypePreference, string> = {
  full_time: "Full-time", part_time: "Part-time", contract: "Contract", temporary: "Temporary",
  internship: "Internship", freelance: "Freelance", any: "Any",
};
export const RELOCATION: Record<RelocationReadiness, string> = { yes: "Yes", no: "No", open_to_discussion: "Open to discussion" };
export const SHIFT: Record<ShiftPreference, string> = { day: "Day", night: "Night", flexible: "Flexible" };
export const SECTOR: Record<SectorPreference, string> = { private: "Private", government: "Government", non_profit: "Non-profit", any: "Any" };
export const CONTACT_MODE: Record<ContactMode, string> = { email: "Email", call: "Call", whatsapp: "WhatsApp", sms: "SMS", linkedin: "LinkedIn" };
export const FOLLOW_UP_STATUS: Record<FollowUpStatus, string> = {
  shortlisted: "Shortlisted", interview_scheduled: "Interview scheduled", offered: "Offered", joined: "Joined",
  no_show: "No show", under_follow_up: "Under follow-up", rejected: "Rejected",
};
export const STAGE_KIND: Record<StageKind, string> = {
  new: "New", screening: "Screening", interview: "Interview", offer: "Offer", hired: "Hired",
  rejected: "Rejected", withdrawn: "Withdrawn", custom: "Custom",
};
export const ACTION_TYPE: Record<ActionType, string> = {
  new_matches: "New matches", chat_followup: "Chat follow-up", no_response: "No response", parse_failure: "Parse failure",
  intervention_needed: "Needs you", follow_up_due: "Follow-up due", new_applicant: "New applicant", stale_candidate: "Stale",
};

// Duplicates and CSV import (issue 5 items 4 and 8).
import type { DuplicateAction, DuplicateReason } from "../bindings";
export const DUPLICATE_REASON: Record<DuplicateReason, string> = {
  email: "Same email", phone: "Same phone", linkedin: "Same LinkedIn profile", name_company: "Same name and company",
};
export const DUPLICATE_ACTION: Record<DuplicateAction, string> = {
  create: "Import as new (review later)", merge: "Merge into the existing candidate", skip: "Skip this row",
};
