// Complete example rows for component tests: each test overrides only the fields it cares about,
// so a field added to a core type is added here once instead of in every test.
import type { Application, Candidate, Client, Requisition } from "../bindings";

const T = "2026-01-01T00:00:00.000Z";

export function requisition(over: Partial<Requisition> = {}): Requisition {
  return {
    id: "r1", title: "Platform Engineer", client_id: null, client_name: null, internal_job_id: null,
    department: null, functional_area: null, industry: null, employment_type: "full_time", work_mode: "onsite",
    job_locations: [], experience_level: null, experience_required: null, min_experience_years: null,
    max_experience_years: null, education_qualification: null, min_salary_minor: null, max_salary_minor: null,
    currency: "USD", salary_unit: "year", benefits_perks: [], about_company: null, description: null,
    responsibilities: [], required_skills: [], preferred_skills: [], tools_tech_stack: [], openings: 1,
    positions_filled: 0, application_deadline: null, hiring_process_rounds: [], notice_period_accepted: null,
    slug: "platform-engineer", meta_title: null, meta_description: null, status: "open", is_published: false,
    published_at: null, hiring_manager_id: null, assigned_recruiter_id: null, template_id: null, applicant_count: 0,
    created_at: T, updated_at: T,
    ...over,
  };
}

export function application(over: Partial<Application> = {}): Application {
  return {
    id: "a1", requisition_id: "r1", candidate_id: "c1", candidate_name: "Grace Hopper", stage_id: "s-new",
    status: "new", source: null, applied_at: null, is_active: true, match_score: null, rejection_reason: null,
    follow_up_status: null, next_follow_up_date: null, follow_up_remarks: null, updated_at: T,
    ...over,
  };
}

export function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    id: "c1", full_name: "Grace Hopper", email: null, phone: null, location: null, headline: null, current_role: null,
    status: "active", experience_level: null, total_experience_years: null, linkedin_url: null, source: null, tags: [],
    created_at: T, updated_at: T,
    ...over,
  };
}

export function client(over: Partial<Client> = {}): Client {
  return {
    id: "cl1", name: "Globex", industry: null, website: null, billing_address: null, billing_email: null,
    payment_terms_days: null, status: "active", corporate_identity: {}, contract_start_date: null,
    contract_end_date: null, account_manager_id: null, account_manager_name: null, created_from_lead_id: null,
    notes: null, contact_count: 0, requisition_count: 0, created_at: T, updated_at: T,
    ...over,
  };
}
