// Generated from the Rust types of talentdesk-core by `cargo xtask bindings`. Do not edit.

export type ActionItem = { id: string, type: ActionType, title: string, description: string | null, priority: ActionPriority, requisition_id: string | null, candidate_id: string | null, application_id: string | null, is_dismissed: boolean, created_at: string, };

export type ActionPriority = "high" | "medium" | "low";

export type ActionQueueList = { include_dismissed?: boolean, };

export type ActionQueueSettings = { 
/**
 * An application counts as a new applicant for this many days.
 */
new_applicant_days: number, 
/**
 * An active application untouched this many days is stale.
 */
stale_days: number, };

export type ActionQueueSettingsSet = { new_applicant_days: number, stale_days: number, };

export type ActionType = "new_matches" | "chat_followup" | "no_response" | "parse_failure" | "intervention_needed" | "follow_up_due" | "new_applicant" | "stale_candidate";

export type AnswerCheck = { question_id: string, selected_answer: string, };

export type AnswerResult = { is_correct: boolean, correct_answer: string, };

export type AnswerSave = { attempt_id: string, question_id: string, 
/**
 * Multiple choice: the chosen option.
 */
selected_answer?: string, 
/**
 * Free text or code.
 */
answer_text?: string, };

export type AnswerScore = { answer_id: string, 
/**
 * 0 (wrong) to 1 (full marks).
 */
points: number, scored_by?: string, };

export type AppInfo = { version: string, db_path: string | null, schema_version: number, };

export type AppSetup = { 
/**
 * `None` until the first-run screen is completed.
 */
role: Role | null, 
/**
 * The database in use right now.
 */
db_path: string, 
/**
 * Where the database lives unless the person picks another place.
 */
default_db_path: string, 
/**
 * True when `TALENTDESK_DB` fixes the database path (it cannot be changed in the app).
 */
db_path_locked: boolean, first_run: boolean, };

export type AppSetupSave = { role: Role, 
/**
 * A database file path; omitted keeps the current one.
 */
db_path?: string, };

export type Application = { id: string, requisition_id: string, candidate_id: string, candidate_name: string, stage_id: string | null, status: ApplicationStatus, source: string | null, applied_at: string | null, is_active: boolean, match_score: number | null, rejection_reason: string | null, follow_up_status: FollowUpStatus | null, next_follow_up_date: string | null, follow_up_remarks: string | null, updated_at: string, };

export type ApplicationCreate = { requisition_id: string, candidate_id: string, source?: string, resume_id?: string, created_by?: string, };

export type ApplicationMethod = "manual" | "automated";

export type ApplicationMove = { id: string, stage_id: string, remarks?: string, rejection_reason?: string, changed_by?: string, };

export type ApplicationNote = { id: string, application_id: string, note_text: string, note_type: NoteType, is_private: boolean, author_id: string | null, created_at: string, };

export type ApplicationStatus = "draft" | "submitted" | "new" | "under_review" | "screening" | "interview" | "offer" | "hired" | "accepted" | "rejected" | "withdrawn";

export type ApplicationTimeline = { application_id: string, };

export type Assessment = { id: string, title: string, description: string | null, question_set_id: string | null, duration_minutes: number, passing_score: number | null, is_published: boolean, expires_at: string | null, total_questions: number, created_at: string, };

export type AssessmentCreate = { title: string, question_set_id: string, description?: string, 
/**
 * Time allowed once started, 1-600 minutes (default 30).
 */
duration_minutes?: number, 
/**
 * After this, no invitation can be sent or redeemed.
 */
expires_at?: string, passing_score?: number, };

export type AssessmentInvite = { assessment_id: string, candidate_id: string, 
/**
 * How long the invitation can be redeemed, 1-720 hours (default 72), never past the
 * assessment's own expiry.
 */
valid_hours?: number, created_by?: string, };

export type AssessmentList = { published?: boolean, limit?: number, offset?: number, };

export type AssessmentPublish = { id: string, published: boolean, };

export type AssessmentStart = { 
/**
 * The invitation token, or the whole invitation link.
 */
token: string, };

export type AttemptList = { assessment_id?: string, candidate_id?: string, limit?: number, offset?: number, };

export type AttemptRef = { attempt_id: string, };

export type AttemptReview = { attempt: AttemptSummary, items: Array<ReviewItem>, proctoring: Array<ProctoringEvent>, };

export type AttemptSummary = { id: string, assessment_id: string | null, candidate_id: string | null, candidate_name: string | null, started_at: string, deadline_at: string | null, completed_at: string | null, is_completed: boolean, auto_submitted: boolean, total_questions: number, correct_answers: number, score_percentage: number | null, 
/**
 * Every answer has points (free text and coding scored by the recruiter).
 */
is_scored: boolean, score_released_at: string | null, proctoring_events: number, flagged_events: number, };

export type BankLoad = { 
/**
 * Shipped questions inserted by this call (0 when already loaded).
 */
inserted: number, 
/**
 * Shipped questions in the database now.
 */
builtin: number, version: number, };

export type BoardColumn = { stage_id: string, name: string, kind: StageKind, position: number, count: number, applications: Array<Application>, };

export type ById = { id: string, };

export type CalendarExport = { 
/**
 * One interview; without it, every upcoming one.
 */
interview_id?: string, 
/**
 * Where to write; default: the export folder beside the database.
 */
path?: string, };

export type CalendarRequest = Record<symbol, never>;

export type Candidate = { id: string, full_name: string, email: string | null, phone: string | null, location: string | null, headline: string | null, current_role: string | null, status: CandidateStatus, experience_level: ExperienceLevel | null, total_experience_years: number | null, linkedin_url: string | null, source: string | null, 
/**
 * Tag names, alphabetical.
 */
tags: Array<string>, created_at: string, updated_at: string, };

export type CandidateApplication = { id: string, requisition_id: string, requisition_title: string, stage_name: string | null, stage_kind: StageKind | null, status: ApplicationStatus, applied_at: string | null, 
/**
 * Notes on this application (general, follow-up, red flag).
 */
note_count: number, updated_at: string, };

export type CandidateApplicationList = { candidate_id: string, };

export type CandidateCreate = { full_name: string, email?: string, phone?: string, location?: string, headline?: string, current_role?: string, status?: CandidateStatus, experience_level?: ExperienceLevel, total_experience_years?: number, linkedin_url?: string, source?: string, user_id?: string, added_by_recruiter_id?: string, skills?: Array<SkillInput>, };

export type CandidateDetail = { skills: Array<CandidateSkill>, work_history: Array<WorkExperience>, education: Array<Education>, tag_list: Array<Tag>, 
/**
 * Other candidates that look like the same person (same email, phone,
 * LinkedIn URL, or name plus current company): a warning, never a block.
 */
possible_duplicates: Array<DuplicateMatch>, id: string, full_name: string, email: string | null, phone: string | null, location: string | null, headline: string | null, current_role: string | null, status: CandidateStatus, experience_level: ExperienceLevel | null, total_experience_years: number | null, linkedin_url: string | null, source: string | null, 
/**
 * Tag names, alphabetical.
 */
tags: Array<string>, created_at: string, updated_at: string, };

export type CandidateList = { 
/**
 * Full-text search over name, email, skills, titles, companies and
 * resume text (see `candidate_search`); results keep the list's sort.
 */
query?: string, status?: CandidateStatus, sort?: CandidateSort, direction?: SortDirection, 
/**
 * Per-column filters (text ones match a case-insensitive substring).
 */
full_name?: string, email?: string, current_role?: string, location?: string, source?: string, experience_level?: ExperienceLevel, min_experience_years?: number, max_experience_years?: number, 
/**
 * Created on or after this date (`YYYY-MM-DD`).
 */
created_from?: string, 
/**
 * Created on or before this date (`YYYY-MM-DD`).
 */
created_to?: string, 
/**
 * Only candidates carrying this tag.
 */
tag_id?: string, limit?: number, offset?: number, };

export type CandidateMerge = { 
/**
 * The candidate that stays.
 */
keep_id: string, 
/**
 * The candidate folded into it, then deleted.
 */
merge_id: string, 
/**
 * Who merged (a user id), for the history.
 */
merged_by?: string, };

export type CandidateProfile = { id: string, profile: CandidateProfileFields, updated_at: string, };

export type CandidateProfileFields = { full_name: string, email?: string, phone?: string, alternate_email?: string, alternate_phone?: string, linkedin_url?: string, portfolio_url?: string, github_url?: string, location?: string, headline?: string, bio?: string, status?: CandidateStatus, source?: string, notes?: string, is_actively_searching?: boolean, highest_education?: string, year_of_passing?: number, projects_summary?: string, total_experience_years?: number, experience_level?: ExperienceLevel, current_role?: string, expected_role?: string, job_type_preference?: JobTypePreference, current_locations?: Array<string>, preferred_locations?: Array<string>, ready_to_relocate?: RelocationReadiness, notice_period_days?: number, availability_date?: string, availability_percentage?: number, shift_preference?: ShiftPreference, work_authorization?: string, current_ctc_minor?: number, expected_ctc_minor?: number, ctc_currency?: string, is_ctc_negotiable?: boolean, looking_for_jobs_abroad?: boolean, sector_preference?: SectorPreference, preferred_industries?: Array<string>, gender?: string, marital_status?: string, date_of_birth?: string, languages?: Array<string>, reservation_category?: string, disability?: string, willingness_to_travel?: string, has_driving_license?: boolean, has_current_offers?: boolean, number_of_offers?: number, best_time_to_contact?: string, preferred_contact_mode?: ContactMode, time_zone?: string, };

export type CandidateProfileUpdate = { id: string, 
/**
 * Replaces every profile field (absent optional fields are cleared;
 * absent yes/no fields become "no").
 */
profile: CandidateProfileFields, };

export type CandidateResult = { attempt_id: string, submitted: boolean, released: boolean, 
/**
 * Only once released.
 */
score_percentage: number | null, passed: boolean | null, correct_answers: number | null, total_questions: number, };

export type CandidateSearch = { 
/**
 * Words (all must match), `"quoted phrases"`, `prefix*`; the last word
 * matches as a prefix while it is being typed.
 */
query: string, status?: CandidateStatus, limit?: number, offset?: number, };

export type CandidateSkill = { id: string, name: string, category: SkillCategory, level: SkillLevel | null, };

export type CandidateSort = "full_name" | "email" | "location" | "current_role" | "status" | "total_experience_years" | "created_at" | "updated_at";

export type CandidateStatus = "new" | "active" | "interviewing" | "offered" | "hired" | "rejected" | "withdrawn" | "inactive";

export type CandidateTagAdd = { candidate_id: string, 
/**
 * The tag's name; a new tag is made when no tag has it.
 */
tag: string, color?: string, };

export type CandidateTagRemove = { candidate_id: string, tag_id: string, };

export type CandidateUpdate = { id: string, full_name?: string, email?: string, phone?: string, location?: string, headline?: string, current_role?: string, status?: CandidateStatus, experience_level?: ExperienceLevel, total_experience_years?: number, };

export type CatalogSkill = { name: string, category: SkillCategory, group: string, synonyms: Array<string>, };

export type CategoryResult = { category: string, 
/**
 * 0-100
 */
score: number, answered: number, };

export type CategoryScore = { category: string, 
/**
 * Mean session score, 0-100.
 */
average: number, sessions: number, 
/**
 * Most recent session's score.
 */
last_score: number, };

export type CategorySeries = { category: string, points: Array<ScorePoint>, };

export type Clash = { user_id: string, user_name: string, 
/**
 * The request field that named the person: `interviewer_id` or `panelist_ids`.
 */
field: string, interview_id: string, interview_title: string | null, scheduled_at: string, duration_minutes: number, };

export type Client = { id: string, name: string, industry: string | null, website: string | null, billing_address: string | null, billing_email: string | null, payment_terms_days: number | null, status: ClientStatus, 
/**
 * Logo, brand colours and tax/registration ids:
 * `{"logo_url": "...", "primary_color": "#112233", "gst": "..."}`.
 */
corporate_identity: Record<string, unknown>, contract_start_date: string | null, contract_end_date: string | null, account_manager_id: string | null, account_manager_name: string | null, created_from_lead_id: string | null, notes: string | null, contact_count: number, requisition_count: number, created_at: string, updated_at: string, };

export type ClientContact = { id: string, client_id: string, full_name: string, title: string | null, email: string | null, phone: string | null, is_primary: boolean, notes: string | null, };

export type ClientFields = { name: string, industry?: string, website?: string, billing_address?: string, billing_email?: string, payment_terms_days?: number, status?: ClientStatus, 
/**
 * Logo (`logo_url`), brand colours (`primary_color`, `secondary_color` as
 * `#rrggbb`) and tax/registration ids, e.g. `{"gst": "...", "pan": "..."}`.
 */
corporate_identity?: Record<string, unknown>, contract_start_date?: string, contract_end_date?: string, account_manager_id?: string, notes?: string, 
/**
 * Only on create: the lead this client comes from (marked converted).
 */
created_from_lead_id?: string, };

export type ClientList = { query?: string, status?: ClientStatus, limit?: number, offset?: number, };

export type ClientStatus = "prospect" | "active" | "inactive" | "blacklisted";

export type ClientUpdate = { id: string, 
/**
 * Replaces every editable field (absent optional fields are cleared).
 */
fields: ClientFields, };

export type ColumnMapping = { column: string, field?: ImportField, };

export type CommandInfo = { name: string, description: string, };

export type Company = { id: string, name: string, domain: string | null, industry: string | null, created_at: string, };

export type CompanyCreate = { name: string, domain?: string, industry?: string, };

export type ConflictChoice = "keep_remote" | "restore_mine";

export type ConflictResolve = { id: number, choice: ConflictChoice, };

export type ConflictsQuery = { 
/**
 * Also list the reviewed ones (default: open ones only).
 */
include_resolved?: boolean, limit?: number, offset?: number, };

export type ContactAdd = { client_id: string, full_name: string, title?: string, email?: string, phone?: string, is_primary?: boolean, notes?: string, };

export type ContactList = { client_id: string, };

export type ContactMode = "email" | "call" | "whatsapp" | "sms" | "linkedin";

export type ContactUpdate = { id: string, 
/**
 * Replaces every field (absent optional fields are cleared).
 */
full_name: string, title?: string, email?: string, phone?: string, is_primary?: boolean, notes?: string, };

export type CsvExport = { kind: ExportKind, 
/**
 * Candidates only: the same search text as the candidate list.
 */
query?: string, 
/**
 * Candidates only.
 */
status?: CandidateStatus, 
/**
 * Write the file here and return its path; without it, the text is returned.
 */
path?: string, 
/**
 * Without `path`: write the file to the export folder beside the
 * database (`exports/`, as the other exports do) and return its path.
 */
save_to_exports?: boolean, };

export type CsvExported = { rows: number, path: string | null, csv: string | null, };

export type CsvField = { name: string, required: boolean, description: string, };

export type CsvImport = { kind: CsvKind, csv?: string, path?: string, mapping?: { [key in string]: string | null }, 
/**
 * For candidate rows that look like a duplicate (default `skip`).
 */
on_duplicate?: DuplicateAction, 
/**
 * Per-row choices, by row number, overriding `on_duplicate`.
 */
row_actions?: { [key in string]: DuplicateAction }, };

export type CsvKind = "candidates" | "requisitions";

export type CsvPreview = { kind: CsvKind, 
/**
 * The file's text, or
 */
csv?: string, 
/**
 * a path to read it from.
 */
path?: string, 
/**
 * Defaults to the suggested mapping.
 */
mapping?: { [key in string]: string | null }, 
/**
 * How many rows to show (default 20, at most 200).
 */
sample?: number, };

export type CsvPreviewResult = { kind: CsvKind, headers: Array<string>, fields: Array<CsvField>, suggested_mapping: { [key in string]: string | null }, mapping: { [key in string]: string | null }, rows: Array<CsvPreviewRow>, total_rows: number, error_count: number, errors: Array<RowError>, duplicate_count: number, duplicates: Array<RowDuplicate>, 
/**
 * Required fields the suggested mapping leaves unmapped (only without
 * a `mapping` in the request: the rows are then not checked, and the
 * person maps these first). An explicit mapping missing one fails.
 */
missing_required: Array<string>, };

export type CsvPreviewRow = { row: number, 
/**
 * Field → checked value, for the mapped, non-blank cells.
 */
values: { [key in string]: string }, };

export type Dashboard = { funnel: Array<FunnelStage>, by_status: Array<StatusCount>, response_by_source: Array<ResponseRate>, response_by_resume: Array<ResponseRate>, upcoming_interviews: Array<UpcomingInterview>, follow_ups: Array<FollowUp>, streaks: Streaks, practice: Array<CategoryScore>, mock_interviews_completed: number, };

export type DashboardRequest = { 
/**
 * Evaluate at this instant instead of now (RFC 3339).
 */
as_of?: string, };

export type DayCount = { date: string, count: number, };

export type DemoGenerate = { 
/**
 * Same seed, same data. Default 1.
 */
seed?: number, scale: Scale, };

export type Difficulty = "easy" | "medium" | "hard";

export type Document = { id: string, tracked_job_id: string | null, category: DocumentCategory, title: string | null, original_filename: string, file_key: string, mime_type: string | null, file_size: number, 
/**
 * The first characters of the extracted text, when the file has text.
 */
extraction_preview: string | null, created_at: string, };

export type DocumentAdd = { tracked_job_id: string, category: DocumentCategory, title?: string, file: FileUpload, };

export type DocumentCategory = "resume" | "cover_letter" | "portfolio" | "transcript" | "reference" | "job_description" | "offer_letter" | "id_proof" | "other";

export type DocumentContent = { id: string, original_filename: string, mime_type: string | null, content_base64: string, };

export type DocumentFile = { id: string, path: string, original_filename: string, mime_type: string | null, };

export type DocumentList = { tracked_job_id: string, category?: DocumentCategory, };

export type Done = { ok: boolean, };

export type DuplicateAction = "skip" | "merge" | "create";

export type DuplicateDismiss = { 
/**
 * The candidate whose profile shows the warning.
 */
candidate_id: string, 
/**
 * The candidate listed as a possible duplicate of it.
 */
other_id: string, 
/**
 * Who decided (a user id); defaults to the local user.
 */
dismissed_by?: string, };

export type DuplicateList = { 
/**
 * Only pairs that include this candidate.
 */
candidate_id?: string, limit?: number, offset?: number, };

export type DuplicateMatch = { candidate_id: string, full_name: string, email: string | null, reasons: Array<DuplicateReason>, };

export type DuplicatePair = { a: Candidate, b: Candidate, reasons: Array<DuplicateReason>, };

export type DuplicateReason = "email" | "phone" | "linkedin" | "name_company";

export type Education = { id: string, institution: string, degree: string | null, field_of_study: string | null, start_date: string | null, end_date: string | null, };

export type EducationAdd = { candidate_id: string, institution: string, degree?: string, field_of_study?: string, start_date?: string, end_date?: string, };

export type EmploymentType = "full_time" | "part_time" | "contract" | "temporary" | "internship" | "freelance";

export type Error = { code: ErrorCode, message: string, field?: string, };

export type ErrorCode = "unknown_command" | "invalid_json" | "missing_field" | "invalid_value" | "not_found" | "dangling_reference" | "conflict" | "database" | "io" | "migration" | "cancelled" | "keyring_unavailable" | "not_signed_in" | "unauthorized" | "network" | "sync_refused" | "double_booked" | "expired" | "already_used";

export type ExperienceLevel = "intern" | "entry" | "junior" | "mid" | "senior" | "lead" | "principal" | "executive";

export type ExportCount = { table: string, rows: number, };

export type ExportFormat = "json" | "csv";

export type ExportKind = "candidates" | "requisitions" | "applications";

export type ExportResult = { 
/**
 * The JSON file, or the folder holding the CSV files.
 */
path: string, files: Array<string>, counts: Array<ExportCount>, };

export type ExportWritten = { path: string, bytes: number, events: number, };

export type FeedbackSubmit = { interview_id: string, 
/**
 * Who fills in the card: the interview's interviewer or one of its panelists.
 */
interviewer_id: string, overall_rating?: number, technical_skills_rating?: number, communication_rating?: number, problem_solving_rating?: number, culture_fit_rating?: number, 
/**
 * Skill name → rating 1-5.
 */
skills_evaluated?: { [key in string]: number }, recommendation: Recommendation, strengths?: string, weaknesses?: string, detailed_notes?: string, };

export type FileKind = "pdf" | "docx" | "text" | "other";

export type FileUpload = { file_name: string, content_base64: string, };

export type FollowUp = { job: TrackedJob, 
/**
 * When the job last changed status (the application, usually).
 */
since: string, 
/**
 * Whole days since then.
 */
days_waiting: number, 
/**
 * When the next follow-up is (or was) due.
 */
due_at: string, is_due: boolean, is_ghosted: boolean, };

export type FollowUpDone = { 
/**
 * The tracked job followed up on.
 */
id: string, };

export type FollowUpList = { 
/**
 * Evaluate at this instant instead of now (RFC 3339).
 */
as_of?: string, 
/**
 * Also list applied jobs whose follow-up is not due yet.
 */
include_waiting?: boolean, };

export type FollowUpSet = { id: string, 
/**
 * Replaces the follow-up state; absent fields are cleared.
 */
follow_up_status?: FollowUpStatus, next_follow_up_date?: string, follow_up_remarks?: string, };

export type FollowUpSettings = { 
/**
 * Days after applying (or the last follow-up) with no change until a follow-up is due.
 */
follow_up_days: number, 
/**
 * Days after applying with no change until the job counts as ghosted.
 */
ghosted_days: number, };

export type FollowUpStatus = "shortlisted" | "interview_scheduled" | "offered" | "joined" | "no_show" | "under_follow_up" | "rejected";

export type FoundSkill = { 
/**
 * The catalog's name for it.
 */
name: string, category: SkillCategory, group: string, 
/**
 * How it was written where it was first found ("k8s" for Kubernetes).
 */
as_written: string, 
/**
 * Byte offset of the first occurrence in the text.
 */
offset: number, occurrences: number, };

export type FromTemplate = { template_id: string, 
/**
 * A title other than the template's.
 */
title?: string, };

export type FunnelStage = { 
/**
 * `interested`, `applied`, `interview` or `offer`.
 */
stage: string, count: number, };

export type Goal = { id: string, title: string, description: string | null, priority: Priority, status: GoalStatus, target_date: string | null, milestones: Array<Milestone>, created_at: string, };

export type GoalCreate = { title: string, description?: string, priority?: Priority, status?: GoalStatus, target_date?: string, milestones?: Array<MilestoneInput>, };

export type GoalList = { status?: GoalStatus, };

export type GoalStatus = "not_started" | "in_progress" | "completed" | "abandoned";

export type GoalUpdate = { id: string, title: string, description?: string, priority: Priority, status: GoalStatus, target_date?: string, };

export type IcsFile = { 
/**
 * A file name to save it under, e.g. `interview-acme-2026-05-01.ics`.
 */
filename: string, content: string, events: number, };

export type ImportField = "title" | "company" | "location" | "work_mode" | "job_type" | "status" | "salary_min" | "salary_max" | "currency" | "posting_url" | "description" | "notes" | "source" | "posted_at" | "deadline_at" | "applied_at" | "resume_version" | "method" | "contact_name" | "contact_email";

export type ImportPreview = { headers: Array<string>, mapping: Array<ColumnMapping>, rows: Array<PreviewRow>, total_rows: number, invalid_rows: number, };

export type Interview = { id: string, title: string | null, candidate_id: string | null, application_id: string | null, requisition_id: string | null, tracked_job_id: string | null, user_id: string | null, interviewer_id: string | null, interview_type: InterviewType, interview_mode: InterviewMode, scheduled_at: string, duration_minutes: number, timezone: string, location: string | null, meeting_link: string | null, 
/**
 * The room of an in-person interview.
 */
meeting_room: string | null, 
/**
 * Users on the panel besides the lead interviewer.
 */
panelist_ids: Array<string>, status: InterviewStatus, outcome: InterviewOutcome, feedback_given: boolean, preparation_notes: string | null, 
/**
 * People on the other side, by name (a job seeker's own interviews).
 */
interviewers: Array<string>, outcome_notes: string | null, 
/**
 * The invitation's SEQUENCE: how often it was rescheduled or cancelled.
 */
ics_sequence: number, };

export type InterviewConflicts = { scheduled_at: string, duration_minutes?: number, interviewer_id?: string, panelist_ids?: Array<string>, 
/**
 * When moving an interview, leave it out of the check.
 */
exclude_interview_id?: string, };

export type InterviewList = { 
/**
 * Only interviews at or after this instant (default: all).
 */
from?: string, to?: string, candidate_id?: string, interviewer_id?: string, status?: InterviewStatus, tracked_job_id?: string, application_id?: string, limit?: number, offset?: number, };

export type InterviewMode = "video" | "phone" | "in_person" | "ai";

export type InterviewOutcome = "pending" | "passed" | "failed";

export type InterviewReschedule = { id: string, scheduled_at: string, duration_minutes?: number, timezone?: string, 
/**
 * The request this answers (it is marked approved).
 */
request_id?: string, allow_double_booking?: boolean, };

export type InterviewSchedule = { 
/**
 * A recruiting interview names its application (candidate and requisition follow) …
 */
application_id?: string, 
/**
 * … or a candidate directly.
 */
candidate_id?: string, 
/**
 * A job seeker's own interview names the tracked job instead.
 */
tracked_job_id?: string, 
/**
 * The lead interviewer (a user); also the invitation's ORGANIZER.
 */
interviewer_id?: string, 
/**
 * Further users on the panel.
 */
panelist_ids?: Array<string>, title?: string, interview_type: InterviewType, interview_mode?: InterviewMode, scheduled_at: string, duration_minutes?: number, 
/**
 * IANA time zone the interview was arranged in, e.g. `Europe/Berlin`.
 */
timezone?: string, location?: string, meeting_link?: string, meeting_room?: string, preparation_notes?: string, 
/**
 * Interviewers by name (people who are not users, e.g. on a job seeker's interview).
 */
interviewers?: Array<string>, 
/**
 * Schedule even when the interviewer or a panelist is in another interview then.
 */
allow_double_booking?: boolean, };

export type InterviewSetStatus = { id: string, status: InterviewStatus, outcome?: InterviewOutcome, cancellation_reason?: string, outcome_notes?: string, };

export type InterviewStatus = "scheduled" | "in_progress" | "completed" | "cancelled" | "no_show" | "rescheduled";

export type InterviewType = "phone" | "video" | "onsite" | "screening" | "technical" | "behavioral" | "cultural" | "panel" | "final" | "hr";

export type InterviewUpdate = { id: string, title?: string, interview_type: InterviewType, interview_mode: InterviewMode, scheduled_at: string, duration_minutes: number, timezone: string, location?: string, meeting_link?: string, preparation_notes?: string, interviewers?: Array<string>, outcome_notes?: string, };

export type Invitation = { id: string, assessment_id: string, candidate_id: string | null, candidate_email: string, expires_at: string, status: InvitationStatus, used_at: string | null, attempt_id: string | null, created_at: string, };

export type InvitationList = { assessment_id?: string, candidate_id?: string, limit?: number, offset?: number, };

export type InvitationSent = { invitation: Invitation, 
/**
 * The raw token: shown once, never stored.
 */
token: string, 
/**
 * `talentdesk://assessment/<token>`.
 */
link: string, };

export type InvitationStatus = "pending" | "used" | "expired";

export type JobApplication = { id: string, tracked_job_id: string, 
/**
 * A resume version kept in the app …
 */
resume_id: string | null, 
/**
 * … or the name of one kept elsewhere ("Backend v3").
 */
resume_label: string | null, method: ApplicationMethod, status: ApplicationStatus, source: string | null, applied_at: string | null, notes: string | null, created_at: string, updated_at: string, };

export type JobApplicationCreate = { tracked_job_id: string, resume_id?: string, resume_label?: string, method?: ApplicationMethod, status?: ApplicationStatus, 
/**
 * Where the application went in (defaults to the job's source).
 */
source?: string, 
/**
 * Submitted date, `YYYY-MM-DD` or RFC 3339 (default: now).
 */
applied_at?: string, notes?: string, };

export type JobApplicationList = { tracked_job_id?: string, };

export type JobApplicationUpdate = { id: string, resume_id?: string, resume_label?: string, method: ApplicationMethod, status: ApplicationStatus, source?: string, applied_at: string, notes?: string, };

export type JobContact = { name: string, role?: string, email?: string, phone?: string, };

export type JobDraft = { id: string, requisition_id: string | null, title: string | null, data: Record<string, unknown>, last_saved_at: string, };

export type JobDraftSave = { 
/**
 * The requisition being edited; absent for the "new requisition" form.
 */
requisition_id?: string, 
/**
 * The form's state, as the form keeps it.
 */
data: Record<string, unknown>, };

export type JobDraftSlot = { requisition_id?: string, };

export type JobImportRequest = { 
/**
 * The CSV text, header row first.
 */
csv: string, 
/**
 * Column to field; default: guessed from the header names.
 */
mapping?: Array<ColumnMapping>, };

export type JobMatch = { tracked_job_id: string, score: number, matched: Array<MatchSkill>, missing: Array<MatchSkill>, extra: Array<string>, explanation: string, source: MatchSource, resume_id: string | null, resume_title: string | null, computed_at: string, };

export type JobMatchGet = { tracked_job_id: string, };

export type JobMatchRun = { tracked_job_id: string, 
/**
 * Match against this resume version.
 */
resume_id?: string, 
/**
 * `profile` to match against the profile's skills; by default the primary resume, or the
 * profile when there is no resume.
 */
source?: MatchSource, };

export type JobPosting = { 
/**
 * The JSON-LD object (`@context` schema.org, `@type` JobPosting).
 */
json_ld: Record<string, unknown>, 
/**
 * The same, as a `<script type="application/ld+json">` block for a web page.
 */
script: string, slug: string | null, };

export type JobPostingRequest = { id: string, };

export type JobSearchExport = { format: ExportFormat, 
/**
 * Where to write: a file for JSON, a folder for CSV. Default: a new
 * `talentdesk-export-<time>` file or folder in the export folder.
 */
path?: string, };

export type JobSort = "updated_at" | "created_at" | "title" | "company" | "status" | "salary" | "applied_at" | "deadline_at";

export type JobStatus = "interested" | "applied" | "interview_scheduled" | "interview_completed" | "offer_received" | "accepted" | "rejected" | "withdrawn";

export type JobTemplate = { id: string, name: string, title: string | null, department: string | null, fields: RequisitionFields, is_shared: boolean, use_count: number, updated_at: string, };

export type JobTemplateList = { query?: string, };

export type JobTemplateSave = { name: string, 
/**
 * Save this requisition's fields as the template…
 */
requisition_id?: string, 
/**
 * …or these fields (exactly one of the two).
 */
fields?: RequisitionFields, is_shared?: boolean, };

export type JobTypePreference = "full_time" | "part_time" | "contract" | "temporary" | "internship" | "freelance" | "any";

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;

export type Lead = { id: string, company_name: string, contact_person: string | null, contact_email: string | null, status: LeadStatus, service_type: ServiceType | null, estimated_value_minor: number | null, currency: string, probability: number | null, next_follow_up_at: string | null, owner_id: string | null, created_at: string, };

export type LeadCreate = { company_name: string, contact_person?: string, contact_email?: string, contact_phone?: string, status?: LeadStatus, service_type?: ServiceType, estimated_value_minor?: number, currency?: string, probability?: number, next_follow_up_at?: string, owner_id?: string, source?: string, };

export type LeadList = { status?: LeadStatus, limit?: number, offset?: number, };

export type LeadStatus = "new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost";

export type MatchSkill = { name: string, category: SkillCategory, 
/**
 * Listed under a "nice to have" / "preferred" part of the description.
 */
preferred: boolean, weight: number, };

export type MatchSource = "resume" | "profile";

export type MergeResult = { 
/**
 * The merge history row (`candidate_merges.id`).
 */
merge_id: string, candidate: CandidateDetail, 
/**
 * Fields of the kept candidate that were empty and were filled.
 */
filled_fields: Array<string>, 
/**
 * Rows moved to the kept candidate, by table.
 */
moved: Record<string, number>, reasons: Array<DuplicateReason>, };

export type Milestone = { id: string, title: string, due_date: string | null, is_completed: boolean, };

export type MilestoneAdd = { goal_id: string, title: string, due_date?: string, };

export type MilestoneInput = { title: string, due_date?: string, };

export type MilestoneToggle = { id: string, is_completed: boolean, };

export type MockInterview = { id: string, title: string | null, category: QuestionCategory | null, difficulty: Difficulty | null, is_completed: boolean, 
/**
 * 0-100, once finished.
 */
overall_score: number | null, performance_summary: string | null, items: Array<MockItem>, 
/**
 * Per-category results, once finished.
 */
by_category: Array<CategoryResult>, created_at: string, completed_at: string | null, };

export type MockInterviewAnswer = { response_id: string, response_text?: string, 
/**
 * Self-score 0-10 against the rubric.
 */
score: number, };

export type MockInterviewStart = { category?: QuestionCategory, difficulty?: Difficulty, 
/**
 * How many questions (1-20, default 5).
 */
count?: number, title?: string, };

export type MockItem = { response_id: string, position: number, question: Question, response_text: string | null, 
/**
 * Self-score 0-10; `None` while unanswered.
 */
score: number | null, };

export type NoArgs = Record<symbol, never>;

export type NoteAdd = { application_id: string, note_text: string, note_type?: NoteType, is_private?: boolean, author_id?: string, };

export type NoteList = { application_id: string, };

export type NoteType = "general" | "follow_up" | "red_flag";

export type Page<T> = { items: Array<T>, total: number, };

export type PanelSummary = { interview_id: string, 
/**
 * The interviewer and every panelist.
 */
expected: Array<string>, submitted: Array<string>, missing: Array<string>, 
/**
 * True once every expected person has submitted; the figures below are only given then.
 */
complete: boolean, averages: RatingAverages | null, 
/**
 * Recommendation → how many scorecards gave it.
 */
tally: { [key in string]: number }, 
/**
 * Some would hire and some would not, or overall ratings 2 or more points apart.
 */
disagreement: boolean, scorecards: Array<Scorecard>, };

export type PanelSummaryGet = { interview_id: string, };

export type ParsedEducation = { degree?: string, school: string, start_year?: number, end_year?: number, };

export type ParsedExperience = { title: string, company?: string, 
/**
 * `YYYY-MM` or `YYYY`.
 */
start?: string, end?: string, current?: boolean, };

export type ParsedResume = { full_name?: string, email?: string, phone?: string, linkedin_url?: string, github_url?: string, website_url?: string, skills?: Array<string>, experience?: Array<ParsedExperience>, education?: Array<ParsedEducation>, };

export type Performance = { categories: Array<CategoryScore>, series: Array<CategorySeries>, };

export type PerformanceRequest = { category?: string, };

export type PipelineBoard = { requisition_id: string, 
/**
 * Cards per column (the count is always the full number).
 */
per_column?: number, };

export type PreviewRow = { 
/**
 * 1-based data row (the header is row 0).
 */
row: number, title: string, company: string, status: JobStatus, source: string | null, applied_at: string | null, salary: string | null, error: Error | null, };

export type Priority = "low" | "medium" | "high";

export type ProctoringEvent = { id: string, attempt_id: string, event_type: string, severity: Severity, detected_at: string, question_id: string | null, detail: string | null, reviewed: boolean, reviewed_at: string | null, reviewer_notes: string | null, flagged: boolean, };

export type ProctoringEventType = "window_blur" | "tab_switch" | "copy_paste" | "fullscreen_exit" | "other";

export type ProctoringList = { attempt_id: string, };

export type ProctoringLog = { attempt_id: string, event_type: ProctoringEventType, 
/**
 * The question on screen when it happened.
 */
question_id?: string, 
/**
 * E.g. how many characters were pasted.
 */
detail?: string, };

export type ProctoringReview = { id: string, flagged: boolean, reviewer_notes?: string, reviewed_by?: string, };

export type Profile = { 
/**
 * The `candidates` row that holds the profile (ignored on save).
 */
candidate_id?: string, full_name: string, email?: string, phone?: string, location?: string, headline?: string, summary?: string, linkedin_url?: string, github_url?: string, website_url?: string, experience?: Array<ProfileExperience>, education?: Array<ProfileEducation>, skills?: Array<ProfileSkill>, certifications?: Array<ProfileCertification>, updated_at?: string, };

export type ProfileCertification = { id?: string, name: string, issuer?: string, issued_on?: string, expires_on?: string, credential_id?: string, credential_url?: string, };

export type ProfileEducation = { id?: string, institution: string, degree?: string, field_of_study?: string, start_date?: string, end_date?: string, grade?: string, };

export type ProfileExperience = { id?: string, job_title: string, company_name: string, location?: string, 
/**
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */
start_date?: string, end_date?: string, is_current?: boolean, responsibilities?: string, };

export type ProfileSkill = { id?: string, name: string, category?: SkillCategory, level?: SkillLevel, years_experience?: number, };

export type Question = { id: string, kind: QuestionKind, question_text: string, category: QuestionCategory, topic: string | null, difficulty: Difficulty, options: Array<string> | null, rubric: Array<string>, is_active: boolean, };

export type QuestionCategory = "technical" | "behavioral" | "situational" | "system_design" | "coding" | "communication" | "leadership" | "culture" | "general";

export type QuestionCreate = { question_text: string, category: QuestionCategory, kind?: QuestionKind, difficulty?: Difficulty, topic?: string, 
/**
 * Multiple-choice options (required for `mcq`).
 */
options?: Array<string>, 
/**
 * The correct option's text (required for `mcq`; must be one of `options`).
 */
correct_answer?: string, 
/**
 * What a strong answer covers, one point per entry.
 */
rubric?: Array<string>, };

export type QuestionKind = "open" | "mcq" | "coding";

export type QuestionList = { category?: QuestionCategory, difficulty?: Difficulty, kind?: QuestionKind, limit?: number, offset?: number, };

export type QuestionRemove = { question_id: string, };

export type QuestionSet = { id: string, title: string | null, skill: string, level: SkillLevel, total_questions: number, created_at: string, };

export type QuestionSetAdd = { question_set_id: string, kind: QuestionKind, question_text: string, difficulty?: Difficulty, 
/**
 * Multiple choice: at least two distinct options …
 */
options?: Array<string>, 
/**
 * … and the correct one.
 */
correct_answer?: string, 
/**
 * Coding: starter code; free text: a model answer for the recruiter.
 */
sample_answer?: string, 
/**
 * Free text and coding: criteria the recruiter scores against.
 */
rubric?: Array<string>, };

export type QuestionSetCreate = { title?: string, skill: string, level?: SkillLevel, };

export type QuestionSetDetail = { set: QuestionSet, questions: Array<SetQuestion>, };

export type QuestionSetGet = { id: string, };

export type QuestionSetList = { skill?: string, level?: SkillLevel, limit?: number, offset?: number, };

export type QuizAnswer = { question_id: string, selected_answer: string, };

export type QuizMark = { question_id: string, is_correct: boolean, correct_answer: string, };

export type QuizQuestion = { id: string, question_text: string, category: QuestionCategory, difficulty: Difficulty, topic: string | null, options: Array<string>, };

export type QuizResult = { correct: number, total: number, 
/**
 * 0-100
 */
score: number, marks: Array<QuizMark>, by_category: Array<CategoryResult>, quiz_streak: Streak, };

export type QuizStart = { category?: QuestionCategory, difficulty?: Difficulty, 
/**
 * How many questions (1-30, default 10).
 */
count?: number, };

export type QuizSubmit = { answers: Array<QuizAnswer>, 
/**
 * The day the quiz was taken, `YYYY-MM-DD` (default today, UTC).
 */
day?: string, };

export type RatingAverages = { overall: number | null, technical_skills: number | null, communication: number | null, problem_solving: number | null, culture_fit: number | null, };

export type Recommendation = "strong_hire" | "hire" | "maybe" | "no_hire" | "strong_no_hire";

export type RecruiterDashboard = { pipelines: Array<RequisitionPipeline>, time_in_stage: Array<StageTime>, 
/**
 * Monday to Sunday of the current week (UTC).
 */
interviews_this_week: Array<DayCount>, interviews_this_week_total: number, action_queue: Array<ActionItem>, };

export type RecruiterDashboardRequest = { 
/**
 * At most this many requisitions (the busiest open ones); default 12.
 */
requisitions?: number, };

export type Reindexed = { candidates: number, };

export type RelocationReadiness = "yes" | "no" | "open_to_discussion";

export type Requisition = { id: string, title: string, client_id: string | null, client_name: string | null, internal_job_id: string | null, department: string | null, functional_area: string | null, industry: string | null, employment_type: EmploymentType, work_mode: WorkMode, job_locations: Array<string>, experience_level: ExperienceLevel | null, experience_required: string | null, min_experience_years: number | null, max_experience_years: number | null, education_qualification: string | null, min_salary_minor: number | null, max_salary_minor: number | null, currency: string, salary_unit: SalaryUnit, benefits_perks: Array<string>, about_company: string | null, description: string | null, responsibilities: Array<string>, required_skills: Array<string>, preferred_skills: Array<string>, tools_tech_stack: Array<string>, openings: number, positions_filled: number, application_deadline: string | null, hiring_process_rounds: Array<string>, notice_period_accepted: string | null, slug: string | null, meta_title: string | null, meta_description: string | null, status: RequisitionStatus, is_published: boolean, published_at: string | null, hiring_manager_id: string | null, assigned_recruiter_id: string | null, template_id: string | null, applicant_count: number, created_at: string, updated_at: string, };

export type RequisitionFields = { title: string, client_id?: string, internal_job_id?: string, department?: string, functional_area?: string, industry?: string, employment_type?: EmploymentType, work_mode?: WorkMode, job_locations?: Array<string>, experience_level?: ExperienceLevel, experience_required?: string, min_experience_years?: number, max_experience_years?: number, education_qualification?: string, min_salary_minor?: number, max_salary_minor?: number, currency?: string, salary_unit?: SalaryUnit, benefits_perks?: Array<string>, about_company?: string, description?: string, responsibilities?: Array<string>, required_skills?: Array<string>, preferred_skills?: Array<string>, tools_tech_stack?: Array<string>, openings?: number, positions_filled?: number, application_deadline?: string, hiring_process_rounds?: Array<string>, notice_period_accepted?: string, meta_title?: string, meta_description?: string, status?: RequisitionStatus, hiring_manager_id?: string, assigned_recruiter_id?: string, 
/**
 * The template this requisition was made from (its use count goes up on create).
 */
template_id?: string, };

export type RequisitionList = { status?: RequisitionStatus, client_id?: string, query?: string, limit?: number, offset?: number, };

export type RequisitionPipeline = { requisition_id: string, title: string, status: string, total: number, stages: Array<StageCount>, };

export type RequisitionPublish = { id: string, published: boolean, };

export type RequisitionSetStatus = { id: string, status: RequisitionStatus, };

export type RequisitionStatus = "draft" | "open" | "sourcing" | "interviewing" | "offer" | "paused" | "closed" | "filled" | "cancelled";

export type RequisitionUpdate = { id: string, 
/**
 * Replaces every editable field (absent optional fields are cleared).
 */
fields: RequisitionFields, };

export type RescheduleDecline = { id: string, };

export type RescheduleRequest = { id: string, interview_id: string, requested_by: string | null, reason: string | null, proposed_times: Array<string>, status: RescheduleStatus, resolved_at: string | null, created_at: string, };

export type RescheduleRequestCreate = { interview_id: string, requested_by?: string, reason?: string, 
/**
 * Times that would suit, RFC 3339, none in the past.
 */
proposed_times?: Array<string>, };

export type RescheduleRequestList = { interview_id: string, };

export type RescheduleStatus = "pending" | "approved" | "declined" | "cancelled";

export type ResponseRate = { label: string, applied: number, responded: number, 
/**
 * responded / applied, 0..1 (0 when nothing was applied).
 */
rate: number, };

export type ResumeCreate = { title: string, version_label?: string, target_role?: string, 
/**
 * The imported file; its text is extracted again on save.
 */
file?: FileUpload, 
/**
 * Resume text typed or pasted, when there is no file.
 */
text?: string, parsed?: ParsedResume, is_primary?: boolean, 
/**
 * Also fill the profile: empty contact fields, and skills, jobs and schools it lacks.
 */
apply_to_profile?: boolean, };

export type ResumeDetail = { content_text: string | null, parsed: ParsedResume, id: string, title: string, version_label: string | null, target_role: string | null, is_primary: boolean, document_id: string | null, file_name: string | null, skills: Array<string>, created_at: string, updated_at: string, };

export type ResumeDraft = { file_name: string, kind: FileKind, text: string, parsed: ParsedResume, };

export type ResumeSummary = { id: string, title: string, version_label: string | null, target_role: string | null, is_primary: boolean, document_id: string | null, file_name: string | null, skills: Array<string>, created_at: string, updated_at: string, };

export type ResumeUpdate = { id: string, title?: string, version_label?: string, target_role?: string, parsed?: ParsedResume, };

export type ReviewItem = { question: SetQuestion, answer: SavedAnswer | null, };

export type Role = "job_seeker" | "recruiter";

export type RowDuplicate = { row: number, 
/**
 * A stored candidate it matches, if any.
 */
candidate_id: string | null, full_name: string | null, 
/**
 * Else an earlier row of the same file it matches.
 */
same_as_row: number | null, reasons: Array<DuplicateReason>, };

export type RowError = { 
/**
 * Line of the row in the file (the header is row 1).
 */
row: number, field: string | null, message: string, };

export type SalaryUnit = "hour" | "day" | "week" | "month" | "year";

export type SavedAnswer = { id: string, question_id: string, selected_answer: string | null, answer_text: string | null, is_correct: boolean | null, 
/**
 * 0-1; empty until scored.
 */
points: number | null, scored_at: string | null, updated_at: string, };

export type SavedSearch = { id: string, name: string, 
/**
 * The `candidate_list` request to run (without paging).
 */
query: import("./bindings").CandidateList, last_run_at: string | null, created_at: string, };

export type SavedSearchList = Record<symbol, never>;

export type SavedSearchSave = { name: string, 
/**
 * A `candidate_list` request; paging (`limit`, `offset`) is dropped.
 */
query: Record<string, unknown>, };

export type Scale = "small" | "medium" | "large";

export type ScorePoint = { 
/**
 * `YYYY-MM-DD`
 */
day: string, 
/**
 * Mean score that day, 0-100.
 */
score: number, sessions: number, };

export type Scorecard = { id: string, interview_id: string, interviewer_id: string | null, overall_rating: number | null, technical_skills_rating: number | null, communication_rating: number | null, problem_solving_rating: number | null, culture_fit_rating: number | null, 
/**
 * Skill name → rating 1-5.
 */
skills_evaluated: { [key in string]: number }, recommendation: Recommendation | null, strengths: string | null, weaknesses: string | null, detailed_notes: string | null, submitted_at: string, };

export type ScorecardList = { interview_id: string, };

export type SearchReindex = Record<symbol, never>;

export type SectorPreference = "private" | "government" | "non_profit" | "any";

export type ServiceType = "permanent" | "contract" | "rpo" | "executive_search";

export type SetQuestion = { id: string, kind: QuestionKind, question_text: string, difficulty: Difficulty, options: Array<string> | null, 
/**
 * The correct option of a multiple-choice question.
 */
correct_answer: string | null, 
/**
 * Starter code of a coding challenge, or a model answer of a free-text question.
 */
sample_answer: string | null, 
/**
 * What the recruiter checks when scoring free text or code by hand.
 */
rubric: Array<string>, 
/**
 * False once removed from the set (kept for the attempts that used it).
 */
is_active: boolean, };

export type Setting = { key: string, value: JsonValue, updated_at: string, };

export type SettingGet = { key: string, };

export type SettingSet = { key: string, value: JsonValue, description?: string, };

export type Severity = "low" | "medium" | "high" | "critical";

export type ShiftPreference = "day" | "night" | "flexible";

export type SignIn = { 
/**
 * Also save these (as `sync_settings_save`) before signing in.
 */
server_url?: string, workspace_id?: string, token: string, };

export type SkillAdd = { candidate_id: string, skill: SkillInput, };

export type SkillCatalogSearch = { query: string, limit?: number, };

export type SkillCategory = "technical" | "soft" | "language" | "tool" | "domain" | "certification" | "other";

export type SkillInput = { name: string, level?: SkillLevel, category?: SkillCategory, };

export type SkillLevel = "beginner" | "intermediate" | "advanced" | "expert";

export type SkillsExtract = { text: string, };

export type SortDirection = "asc" | "desc";

export type Stage = { id: string, requisition_id: string, name: string, kind: StageKind, position: number, application_count: number, };

export type StageCount = { stage_id: string, name: string, kind: StageKind, count: number, };

export type StageCreate = { requisition_id: string, name: string, 
/**
 * Defaults to `custom` (a stage that does not change the application's status).
 */
kind?: StageKind, 
/**
 * Where to insert (0 = first); defaults to before the first closing stage
 * (hired, rejected, withdrawn), or last.
 */
position?: number, };

export type StageKind = "new" | "screening" | "interview" | "offer" | "hired" | "rejected" | "withdrawn" | "custom";

export type StageList = { requisition_id: string, };

export type StageRename = { id: string, name: string, };

export type StageReorder = { requisition_id: string, 
/**
 * Every stage id of the requisition, each once, in the new order.
 */
stage_ids: Array<string>, };

export type StageTime = { 
/**
 * Stage name (stages of the same name across requisitions are pooled).
 */
stage: string, average_days: number, 
/**
 * How many stays in the stage the average is over.
 */
samples: number, };

export type StatusChange = { id: string, from_status: JobStatus | null, to_status: JobStatus, note: string | null, changed_at: string, };

export type StatusCount = { status: JobStatus, count: number, };

export type Streak = { 
/**
 * Consecutive days up to today or yesterday (0 when broken).
 */
current: number, best: number, 
/**
 * Last day counted, `YYYY-MM-DD`.
 */
last_date: string | null, 
/**
 * Whether today already counts.
 */
done_today: boolean, };

export type StreakCheckIn = { 
/**
 * The day to count, `YYYY-MM-DD` (default: today, UTC). For imports and tests.
 */
day?: string, };

export type Streaks = { login: Streak, quiz: Streak, };

export type SyncConflict = { id: number, table: string, row_id: string, column: string, 
/**
 * A name for the row, when it has one (title, full name, name).
 */
row_label: string | null, 
/**
 * My value, which lost.
 */
local_value: JsonValue, 
/**
 * The newer remote value now in the database.
 */
remote_value: JsonValue, 
/**
 * Readable forms of the values when they point at other rows (an id →
 * that row's name).
 */
local_label: string | null, remote_label: string | null, resolved: boolean, created_at: string, };

export type SyncSettings = { 
/**
 * Base URL of the talentdesk-server, e.g. `https://sync.example.com`.
 */
server_url: string | null, workspace_id: string | null, 
/**
 * Whether the app syncs by itself (periodically and soon after edits).
 */
auto_sync: boolean, 
/**
 * An access token for this server and workspace is in the OS keyring.
 */
signed_in: boolean, 
/**
 * Why the OS keyring could not be asked (then `signed_in` is false).
 */
keyring_error: Error | null, };

export type SyncSettingsSave = { server_url: string, workspace_id: string, auto_sync?: boolean, };

export type SyncStatusView = { 
/**
 * A server and workspace are chosen.
 */
configured: boolean, server_url: string | null, workspace_id: string | null, 
/**
 * When the last sync finished without error (UTC).
 */
last_synced_at: string | null, 
/**
 * Local changes not yet acknowledged by the server (the outbox).
 */
pending_changes: number, 
/**
 * The last sync's error, or the background loop's (e.g. not signed in).
 */
last_error: string | null, 
/**
 * Local values that lost to newer remote ones, not yet reviewed.
 */
open_conflicts: number, 
/**
 * A sync is running: follow it with `task_get`.
 */
in_progress: boolean, task_id: string | null, 
/**
 * When the background loop tries next (UTC), while it waits.
 */
next_attempt_at: string | null, };

export type Tag = { id: string, name: string, color: string, candidate_count: number, };

export type TagList = Record<symbol, never>;

export type TaskInfo = { task_id: string, 
/**
 * What kind of work, e.g. `candidate_import`.
 */
kind: string, state: TaskState, 
/**
 * Units done so far, of `total` (0 while unknown).
 */
done: number, total: number, 
/**
 * What the task is doing now, for people ("Reading rows…").
 */
message: string | null, 
/**
 * The work's result, once it succeeded.
 */
result: JsonValue | null, 
/**
 * Why it failed or was cancelled.
 */
error: Error | null, started_at: string, finished_at: string | null, };

export type TaskRef = { task_id: string, };

export type TaskStarted = { task_id: string, };

export type TaskState = "running" | "succeeded" | "failed" | "cancelled";

export type TestQuestion = { id: string, kind: QuestionKind, question_text: string, options: Array<string> | null, 
/**
 * Starter code of a coding challenge.
 */
starter_code: string | null, };

export type TestSession = { attempt_id: string, assessment_title: string, description: string | null, candidate_name: string | null, started_at: string, deadline_at: string, submitted: boolean, auto_submitted: boolean, questions: Array<TestQuestion>, 
/**
 * Only the candidate's own input (no scores).
 */
answers: Array<SavedAnswer>, };

export type TimelineEntry = { id: string, event_type: string, previous_status: string | null, new_status: string | null, from_stage: string | null, to_stage: string | null, changed_by: string | null, remarks: string | null, created_at: string, };

export type TrackedJob = { id: string, title: string, company: string, location: string | null, work_mode: WorkMode | null, job_type: EmploymentType | null, status: JobStatus, salary_min_minor: number | null, salary_max_minor: number | null, currency: string, posting_url: string | null, description: string | null, notes: string | null, contacts: Array<JobContact>, source: string | null, match_score: number | null, 
/**
 * Day the posting went up (`YYYY-MM-DD`).
 */
posted_at: string | null, applied_at: string | null, 
/**
 * Last day to apply (`YYYY-MM-DD`).
 */
deadline_at: string | null, last_follow_up_at: string | null, created_at: string, updated_at: string, };

export type TrackedJobCreate = { status?: JobStatus, title: string, company: string, location?: string, work_mode?: WorkMode, job_type?: EmploymentType, salary_min_minor?: number, salary_max_minor?: number, currency?: string, posting_url?: string, description?: string, notes?: string, contacts?: Array<JobContact>, source?: string, 
/**
 * `YYYY-MM-DD`
 */
posted_at?: string, 
/**
 * `YYYY-MM-DD`
 */
deadline_at?: string, };

export type TrackedJobList = { status?: JobStatus, 
/**
 * Full-text search over title, company, location, description, notes and
 * source; every word must match (as a prefix).
 */
query?: string, work_mode?: WorkMode, job_type?: EmploymentType, 
/**
 * Exact source, e.g. `LinkedIn` (case-insensitive).
 */
source?: string, sort?: JobSort, descending?: boolean, limit?: number, offset?: number, };

export type TrackedJobSetStatus = { id: string, status: JobStatus, note?: string, };

export type TrackedJobUpdate = { id: string, title: string, company: string, location?: string, work_mode?: WorkMode, job_type?: EmploymentType, salary_min_minor?: number, salary_max_minor?: number, currency?: string, posting_url?: string, description?: string, notes?: string, contacts?: Array<JobContact>, source?: string, 
/**
 * `YYYY-MM-DD`
 */
posted_at?: string, 
/**
 * `YYYY-MM-DD`
 */
deadline_at?: string, };

export type UpcomingInterview = { interview_id: string, tracked_job_id: string | null, job_title: string | null, company: string | null, title: string | null, interview_type: string, scheduled_at: string, timezone: string, duration_minutes: number, };

export type User = { id: string, company_id: string | null, email: string, full_name: string, first_name: string | null, last_name: string | null, role: UserRole, status: UserStatus, is_verified: boolean, has_password: boolean, created_at: string, updated_at: string, };

export type UserCreate = { email: string, full_name: string, first_name?: string, last_name?: string, role?: UserRole, company_id?: string, 
/**
 * Plain password; only its argon2id hash is stored.
 */
password?: string, };

export type UserList = { role?: UserRole, limit?: number, offset?: number, };

export type UserRole = "super_admin" | "admin" | "manager" | "recruiter" | "sales" | "interviewer" | "candidate" | "job_seeker" | "associate";

export type UserStatus = "active" | "inactive" | "suspended";

export type WorkExperience = { id: string, company_name: string, job_title: string, start_date: string | null, end_date: string | null, is_current: boolean, responsibilities: string | null, };

export type WorkExperienceAdd = { candidate_id: string, company_name: string, job_title: string, start_date?: string, end_date?: string, is_current?: boolean, responsibilities?: string, };

export type WorkHistoryEntry = { id: string, candidate_id: string, company_name: string, job_title: string, location: string | null, start_date: string | null, end_date: string | null, is_current: boolean, responsibilities: string | null, achievements: Array<string>, tools_used: Array<string>, ctc_at_role: string | null, };

export type WorkHistoryFields = { company_name: string, job_title: string, location?: string, start_date?: string, end_date?: string, is_current?: boolean, responsibilities?: string, achievements?: Array<string>, tools_used?: Array<string>, ctc_at_role?: string, };

export type WorkHistoryList = { candidate_id: string, };

export type WorkHistorySave = { candidate_id: string, 
/**
 * The entry to replace; absent to add a new one.
 */
id?: string, entry: WorkHistoryFields, };

export type WorkMode = "onsite" | "remote" | "hybrid";

/** Every command of the core's registry: its request and response types. */
export interface Commands {
  /** Dismiss an action queue item (it stays dismissed) */
  action_queue_dismiss: { request: ById; response: Done };
  /** The recruiter's action queue (due follow-ups, new applicants, stale candidates), recomputed */
  action_queue_list: { request: ActionQueueList; response: Array<ActionItem> };
  /** Action queue thresholds (days) */
  action_queue_settings_get: { request: NoArgs; response: ActionQueueSettings };
  /** Set the action queue thresholds (days) */
  action_queue_settings_set: { request: ActionQueueSettingsSet; response: ActionQueueSettings };
  /** Application version, database path and schema version */
  app_info: { request: NoArgs; response: AppInfo };
  /** Apply a candidate to a requisition (first stage; no duplicates) */
  application_create: { request: ApplicationCreate; response: Application };
  /** Set an application's follow-up status, next follow-up date and remarks */
  application_follow_up_set: { request: FollowUpSet; response: Application };
  /** Move an application to another stage of its requisition, recorded in its timeline */
  application_move: { request: ApplicationMove; response: Application };
  /** Add a general, follow-up or red-flag note to an application */
  application_note_add: { request: NoteAdd; response: ApplicationNote };
  /** Notes of an application, newest first */
  application_note_list: { request: NoteList; response: Array<ApplicationNote> };
  /** The history of an application: who moved it, when, from, to, why */
  application_timeline: { request: ApplicationTimeline; response: Array<TimelineEntry> };
  /** Save one answer while the test runs (refused after the time limit) */
  assessment_answer: { request: AnswerSave; response: SavedAnswer };
  /** Attempts of an assessment or a candidate, with scores */
  assessment_attempt_list: { request: AttemptList; response: Page<AttemptSummary> };
  /** An attempt's questions, answers, scores and proctoring events */
  assessment_attempt_review: { request: AttemptRef; response: AttemptReview };
  /** Create an assessment from a question set, with a duration and an expiry */
  assessment_create: { request: AssessmentCreate; response: Assessment };
  /** Invitations of an assessment or a candidate */
  assessment_invitation_list: { request: InvitationList; response: Page<Invitation> };
  /** Send a published assessment to a candidate: a single-use expiring token (shown once; only its hash is kept) */
  assessment_invite: { request: AssessmentInvite; response: InvitationSent };
  /** List assessments */
  assessment_list: { request: AssessmentList; response: Page<Assessment> };
  /** Publish or withdraw an assessment */
  assessment_publish: { request: AssessmentPublish; response: Assessment };
  /** Release the results to the candidate */
  assessment_release: { request: AttemptRef; response: AttemptSummary };
  /** The candidate's result: the score only once released */
  assessment_result: { request: AttemptRef; response: CandidateResult };
  /** Score a free-text or coding answer (0-1 points) */
  assessment_score_answer: { request: AnswerScore; response: AttemptSummary };
  /** The running test (resumes after a restart; auto-submits once time is up) */
  assessment_session: { request: AttemptRef; response: TestSession };
  /** Redeem an invitation token (refused when expired or used) and start the timed test */
  assessment_start: { request: AssessmentStart; response: TestSession };
  /** Hand the test in; multiple choice is scored at once */
  assessment_submit: { request: AttemptRef; response: TestSession };
  /** A candidate's applications across requisitions: stage, status and note count */
  candidate_application_list: { request: CandidateApplicationList; response: Array<CandidateApplication> };
  /** Create a candidate profile, with skills */
  candidate_create: { request: CandidateCreate; response: CandidateDetail };
  /** Delete a candidate and everything that belongs to them */
  candidate_delete: { request: ById; response: Done };
  /** Mark two candidates as different people: the pair is no longer listed as a possible duplicate */
  candidate_duplicate_dismiss: { request: DuplicateDismiss; response: CandidateDetail };
  /** List pairs of candidates that look like the same person, with the reasons */
  candidate_duplicates: { request: DuplicateList; response: Page<DuplicatePair> };
  /** Get a candidate with skills, work history and education */
  candidate_get: { request: ById; response: CandidateDetail };
  /** List candidates: search, filter by status, sort on any column, page */
  candidate_list: { request: CandidateList; response: Page<Candidate> };
  /** Merge one candidate into another: move everything they own, fill empty fields, record the merge */
  candidate_merge: { request: CandidateMerge; response: MergeResult };
  /** A candidate's full master profile (sections A–E, G) */
  candidate_profile_get: { request: ById; response: CandidateProfile };
  /** Replace a candidate's master profile (checked as a whole) */
  candidate_profile_update: { request: CandidateProfileUpdate; response: CandidateProfile };
  /** Full-text search of candidates (name, email, skills, titles, companies, resume), best first */
  candidate_search: { request: CandidateSearch; response: Page<Candidate> };
  /** Rebuild the candidate search index and duplicate keys from the stored rows */
  candidate_search_reindex: { request: SearchReindex; response: Reindexed };
  /** Add a skill to a candidate */
  candidate_skill_add: { request: SkillAdd; response: CandidateDetail };
  /** Tag a candidate (by tag name; new names make new tags) */
  candidate_tag_add: { request: CandidateTagAdd; response: Array<Tag> };
  /** Remove a tag from a candidate */
  candidate_tag_remove: { request: CandidateTagRemove; response: Array<Tag> };
  /** Change fields of a candidate profile */
  candidate_update: { request: CandidateUpdate; response: CandidateDetail };
  /** Add a contact person to a client */
  client_contact_add: { request: ContactAdd; response: ClientContact };
  /** Remove a client contact */
  client_contact_delete: { request: ById; response: Done };
  /** A client's contacts, primary first */
  client_contact_list: { request: ContactList; response: Array<ClientContact> };
  /** Change a client contact (replaces every field) */
  client_contact_update: { request: ContactUpdate; response: ClientContact };
  /** Create a client company (optionally converting a lead) */
  client_create: { request: ClientFields; response: Client };
  /** Get one client with its counts */
  client_get: { request: ById; response: Client };
  /** List client companies, by status or name */
  client_list: { request: ClientList; response: Page<Client> };
  /** Replace every editable field of a client */
  client_update: { request: ClientUpdate; response: Client };
  /** List every command with its description */
  commands_list: { request: NoArgs; response: Array<CommandInfo> };
  /** Create a company (tenant) */
  company_create: { request: CompanyCreate; response: Company };
  /** Export candidates, requisitions or applications as CSV (text or a file) */
  csv_export: { request: CsvExport; response: CsvExported };
  /** Import candidates or requisitions from CSV as a background task (all rows or none) */
  csv_import: { request: CsvImport; response: TaskStarted };
  /** Preview a CSV import: headers, suggested mapping, sample rows, row errors and duplicates */
  csv_preview: { request: CsvPreview; response: CsvPreviewResult };
  /** Fill the database with realistic demo data (a background task; cancel keeps nothing) */
  demo_generate: { request: DemoGenerate; response: TaskStarted };
  /** Attach a file to a tracked job (stored once per content, by SHA-256) */
  document_add: { request: DocumentAdd; response: Document };
  /** A document's content as base64, checked against its checksum */
  document_content: { request: ById; response: DocumentContent };
  /** Remove a document; its file goes when nothing else uses it */
  document_delete: { request: ById; response: Done };
  /** The checked path of a document's file, for opening it with the OS */
  document_file: { request: ById; response: DocumentFile };
  /** The documents attached to a tracked job */
  document_list: { request: DocumentList; response: Array<Document> };
  /** Add education to a candidate */
  education_add: { request: EducationAdd; response: CandidateDetail };
  /** Submit an interviewer's scorecard (ratings 1-5); a second submit by the same interviewer replaces theirs */
  feedback_submit: { request: FeedbackSubmit; response: Scorecard };
  /** Record a follow-up on a tracked job; the next one falls due N days later */
  follow_up_done: { request: FollowUpDone; response: TrackedJob };
  /** Applied jobs due a follow-up or ghosted (optionally those still waiting) */
  follow_up_list: { request: FollowUpList; response: Array<FollowUp> };
  /** Days until a follow-up is due and until a job counts as ghosted */
  follow_up_settings_get: { request: NoArgs; response: FollowUpSettings };
  /** Set the follow-up and ghosted day counts */
  follow_up_settings_set: { request: FollowUpSettings; response: FollowUpSettings };
  /** Create a career goal with milestones */
  goal_create: { request: GoalCreate; response: Goal };
  /** Delete a goal and its milestones */
  goal_delete: { request: ById; response: Done };
  /** List career goals, highest priority first */
  goal_list: { request: GoalList; response: Array<Goal> };
  /** Change a goal's title, priority, status or target date */
  goal_update: { request: GoalUpdate; response: Goal };
  /** Every upcoming interview in one iCalendar (.ics) file's text */
  interview_calendar: { request: CalendarRequest; response: IcsFile };
  /** Write an interview's .ics (or all upcoming ones) to a file; default: the export folder */
  interview_calendar_export: { request: CalendarExport; response: ExportWritten };
  /** Who would be double-booked by an interview at that time */
  interview_conflicts: { request: InterviewConflicts; response: Array<Clash> };
  /** One interview as an iCalendar (.ics) file's text */
  interview_ics: { request: ById; response: IcsFile };
  /** List interviews in a time window, by candidate, interviewer or status */
  interview_list: { request: InterviewList; response: Page<Interview> };
  /** Averages, recommendation tally and disagreement once every panelist has submitted */
  interview_panel_summary: { request: PanelSummaryGet; response: PanelSummary };
  /** Move an interview to a new time (same invitation UID, next SEQUENCE) */
  interview_reschedule: { request: InterviewReschedule; response: Interview };
  /** Decline a pending reschedule request */
  interview_reschedule_decline: { request: RescheduleDecline; response: RescheduleRequest };
  /** Ask to move an interview, with proposed times */
  interview_reschedule_request: { request: RescheduleRequestCreate; response: RescheduleRequest };
  /** The reschedule requests of an interview */
  interview_reschedule_request_list: { request: RescheduleRequestList; response: Page<RescheduleRequest> };
  /** Schedule an interview (interviewer, panelists, type, mode, time zone, link or room); refuses the past and double bookings unless allowed */
  interview_schedule: { request: InterviewSchedule; response: Interview };
  /** Mark an interview completed, cancelled, no-show…, with its outcome */
  interview_set_status: { request: InterviewSetStatus; response: Interview };
  /** Edit or reschedule an interview */
  interview_update: { request: InterviewUpdate; response: Interview };
  /** Record your application to a tracked job (one per job) */
  job_application_create: { request: JobApplicationCreate; response: JobApplication };
  /** Delete an application */
  job_application_delete: { request: ById; response: Done };
  /** List your applications, for one tracked job or all */
  job_application_list: { request: JobApplicationList; response: Array<JobApplication> };
  /** Change an application's resume, method, status or date */
  job_application_update: { request: JobApplicationUpdate; response: JobApplication };
  /** Discard the saved draft of a requisition form */
  job_draft_discard: { request: JobDraftSlot; response: Done };
  /** The saved draft of a requisition form, if any */
  job_draft_get: { request: JobDraftSlot; response: JobDraft | null };
  /** Auto-save the requisition form's state (one draft per requisition or new form) */
  job_draft_save: { request: JobDraftSave; response: JobDraft };
  /** Read a CSV of applications: suggested column mapping and the rows as they would be saved */
  job_import_preview: { request: JobImportRequest; response: ImportPreview };
  /** Import a CSV of applications as a background task (all rows or none) */
  job_import_start: { request: JobImportRequest; response: TaskStarted };
  /** The stored match of a tracked job, if it was scored */
  job_match_get: { request: JobMatchGet; response: JobMatch | null };
  /** Score a tracked job against a resume or the profile (0-100, explained) and store it on the job */
  job_match_run: { request: JobMatchRun; response: JobMatch };
  /** The job seeker's home: funnel, response rates, upcoming interviews, follow-ups, streaks, practice */
  job_search_dashboard: { request: DashboardRequest; response: Dashboard };
  /** Export every job, application, interview, goal and practice result to CSV files or one JSON file */
  job_search_export: { request: JobSearchExport; response: ExportResult };
  /** Delete a job template */
  job_template_delete: { request: ById; response: Done };
  /** Job templates, most used first */
  job_template_list: { request: JobTemplateList; response: Array<JobTemplate> };
  /** Save a requisition (or form fields) as a reusable job template */
  job_template_save: { request: JobTemplateSave; response: JobTemplate };
  /** Create a sales lead */
  lead_create: { request: LeadCreate; response: Lead };
  /** List sales leads, soonest follow-up first */
  lead_list: { request: LeadList; response: Page<Lead> };
  /** The local user of this device (created on first use) */
  me: { request: NoArgs; response: User };
  /** Add a milestone with an optional due date to a goal */
  milestone_add: { request: MilestoneAdd; response: Goal };
  /** Remove a milestone from a goal */
  milestone_delete: { request: ById; response: Goal };
  /** Tick off (or reopen) a milestone; the goal's status follows */
  milestone_set_completed: { request: MilestoneToggle; response: Goal };
  /** Record an answer and its self-score (0-10) in a mock interview */
  mock_interview_answer: { request: MockInterviewAnswer; response: MockInterview };
  /** Finish a mock interview: scores, a summary, and progress per category */
  mock_interview_finish: { request: ById; response: MockInterview };
  /** One mock interview with its questions and answers */
  mock_interview_get: { request: ById; response: MockInterview };
  /** Your mock interviews, newest first */
  mock_interview_list: { request: NoArgs; response: Array<MockInterview> };
  /** Start a mock interview: questions drawn from the bank by category and difficulty */
  mock_interview_start: { request: MockInterviewStart; response: MockInterview };
  /** A requisition's board: stages in order with counts and cards */
  pipeline_board: { request: PipelineBoard; response: Array<BoardColumn> };
  /** Practice scores per category: averages and a daily series for charts */
  practice_performance: { request: PerformanceRequest; response: Performance };
  /** The proctoring events of an attempt */
  proctoring_list: { request: ProctoringList; response: Array<ProctoringEvent> };
  /** Log a proctoring event (window blur, tab switch, paste, fullscreen exit) while a test runs */
  proctoring_log: { request: ProctoringLog; response: ProctoringEvent };
  /** Review a proctoring event and flag it or clear it */
  proctoring_review: { request: ProctoringReview; response: ProctoringEvent };
  /** The job seeker's own profile: experience, education, skills with level, certifications */
  profile_get: { request: NoArgs; response: Profile };
  /** Save the whole profile: children with an id are updated, new ones added, missing ones removed */
  profile_save: { request: Profile; response: Profile };
  /** Load the question bank shipped with the app (once per bank version; idempotent) */
  question_bank_load: { request: NoArgs; response: BankLoad };
  /** Score a multiple-choice answer */
  question_check_answer: { request: AnswerCheck; response: AnswerResult };
  /** Add a question (open, multiple-choice or coding) to the question bank */
  question_create: { request: QuestionCreate; response: Question };
  /** List active questions by category, difficulty or kind */
  question_list: { request: QuestionList; response: Page<Question> };
  /** Add a multiple-choice, free-text or coding question to a set */
  question_set_add: { request: QuestionSetAdd; response: SetQuestion };
  /** Create a question set for a skill and level */
  question_set_create: { request: QuestionSetCreate; response: QuestionSet };
  /** A question set with its questions and answer keys */
  question_set_get: { request: QuestionSetGet; response: QuestionSetDetail };
  /** List question sets by skill or level */
  question_set_list: { request: QuestionSetList; response: Page<QuestionSet> };
  /** Take a question out of its set (attempts that included it keep it) */
  question_set_remove: { request: QuestionRemove; response: QuestionSetDetail };
  /** Draw multiple-choice questions (without answers) for a quiz */
  quiz_start: { request: QuizStart; response: Array<QuizQuestion> };
  /** Score a quiz automatically; records progress per category and the quiz streak */
  quiz_submit: { request: QuizSubmit; response: QuizResult };
  /** Pipeline counts per requisition, time in stage, interviews this week and the action queue */
  recruiter_dashboard: { request: RecruiterDashboardRequest; response: RecruiterDashboard };
  /** Create a requisition with its default pipeline stages */
  requisition_create: { request: RequisitionFields; response: Requisition };
  /** Create a draft requisition from a job template */
  requisition_create_from_template: { request: FromTemplate; response: Requisition };
  /** Get one requisition */
  requisition_get: { request: ById; response: Requisition };
  /** A requisition as Google for Jobs JobPosting JSON-LD (names the field a posting lacks) */
  requisition_job_posting: { request: JobPostingRequest; response: JobPosting };
  /** List requisitions by status, client or title */
  requisition_list: { request: RequisitionList; response: Page<Requisition> };
  /** Publish or unpublish a requisition on the job board */
  requisition_publish: { request: RequisitionPublish; response: Requisition };
  /** Open, pause, close, fill or cancel a requisition */
  requisition_set_status: { request: RequisitionSetStatus; response: Requisition };
  /** Replace every editable field of a requisition */
  requisition_update: { request: RequisitionUpdate; response: Requisition };
  /** Save a resume version (file or text, with its corrected parsed fields) */
  resume_create: { request: ResumeCreate; response: ResumeDetail };
  /** Delete a resume version and its file */
  resume_delete: { request: ById; response: Done };
  /** One resume version with its text and parsed fields */
  resume_get: { request: ById; response: ResumeDetail };
  /** The job seeker's resume versions, primary first */
  resume_list: { request: NoArgs; response: Array<ResumeSummary> };
  /** Read a PDF, DOCX or text resume and parse it, without saving anything */
  resume_parse: { request: FileUpload; response: ResumeDraft };
  /** Make a resume version the primary one */
  resume_set_primary: { request: ById; response: ResumeDetail };
  /** Rename a resume version or correct its parsed fields */
  resume_update: { request: ResumeUpdate; response: ResumeDetail };
  /** Delete a saved search */
  saved_search_delete: { request: ById; response: Done };
  /** Saved candidate searches */
  saved_search_list: { request: SavedSearchList; response: Array<SavedSearch> };
  /** Save a candidate search (filters and sort) under a name */
  saved_search_save: { request: SavedSearchSave; response: Array<SavedSearch> };
  /** Record that a saved search was reopened */
  saved_search_touch: { request: ById; response: Done };
  /** The scorecards of an interview */
  scorecard_list: { request: ScorecardList; response: Array<Scorecard> };
  /** Read one setting */
  setting_get: { request: SettingGet; response: Setting };
  /** Write one setting (any JSON value) */
  setting_set: { request: SettingSet; response: Setting };
  /** Search the skill catalog by name or synonym */
  skill_catalog_search: { request: SkillCatalogSearch; response: Array<CatalogSkill> };
  /** The catalog skills mentioned in a text, synonyms resolved */
  skills_extract: { request: SkillsExtract; response: Array<FoundSkill> };
  /** Add a pipeline stage to a requisition */
  stage_create: { request: StageCreate; response: Array<Stage> };
  /** Delete a pipeline stage that holds no application */
  stage_delete: { request: ById; response: Done };
  /** A requisition's pipeline stages in order, with application counts */
  stage_list: { request: StageList; response: Array<Stage> };
  /** Rename a pipeline stage */
  stage_rename: { request: StageRename; response: Array<Stage> };
  /** Put a requisition's stages in a new order (all of them, each once) */
  stage_reorder: { request: StageReorder; response: Array<Stage> };
  /** Count today's login toward the daily login streak */
  streak_check_in: { request: StreakCheckIn; response: Streaks };
  /** The daily login and quiz streaks (current and best) */
  streak_get: { request: NoArgs; response: Streaks };
  /** Keep the remote value, or restore mine (a new local edit that syncs) */
  sync_conflict_resolve: { request: ConflictResolve; response: SyncConflict };
  /** Local values that lost to newer remote ones, for review */
  sync_conflicts_list: { request: ConflictsQuery; response: Page<SyncConflict> };
  /** Push local changes and pull the others' now, as a background task */
  sync_now: { request: NoArgs; response: TaskStarted };
  /** Sync server, workspace and whether this device is signed in */
  sync_settings_get: { request: NoArgs; response: SyncSettings };
  /** Choose the sync server and workspace this database syncs with */
  sync_settings_save: { request: SyncSettingsSave; response: SyncSettings };
  /** Check an access token with the server and keep it in the OS keyring */
  sync_sign_in: { request: SignIn; response: SyncSettings };
  /** Forget the access token of this server and workspace (deletes the OS keyring entry) */
  sync_sign_out: { request: NoArgs; response: SyncSettings };
  /** Last sync, pending changes, last error, open conflicts, whether a sync runs */
  sync_status: { request: NoArgs; response: SyncStatusView };
  /** Delete a tag from every candidate */
  tag_delete: { request: ById; response: Done };
  /** Every tag with its candidate count */
  tag_list: { request: TagList; response: Array<Tag> };
  /** Ask a background task to stop; it ends as cancelled and keeps nothing */
  task_cancel: { request: TaskRef; response: TaskInfo };
  /** Progress of a background task, then its result or error */
  task_get: { request: TaskRef; response: TaskInfo };
  /** Background tasks of this session, newest first */
  task_list: { request: NoArgs; response: Array<TaskInfo> };
  /** Track a job you are interested in or applied to */
  tracked_job_create: { request: TrackedJobCreate; response: TrackedJob };
  /** Delete a tracked job and everything attached to it */
  tracked_job_delete: { request: ById; response: Done };
  /** Get one tracked job */
  tracked_job_get: { request: ById; response: TrackedJob };
  /** The status history of a tracked job, oldest first */
  tracked_job_history: { request: ById; response: Array<StatusChange> };
  /** List tracked jobs: filter by status, work mode, type or source, full-text search, sort */
  tracked_job_list: { request: TrackedJobList; response: Page<TrackedJob> };
  /** Move a tracked job to another status (recorded in its history) */
  tracked_job_set_status: { request: TrackedJobSetStatus; response: TrackedJob };
  /** Change a tracked job's fields (title, company, salary, contacts, dates…) */
  tracked_job_update: { request: TrackedJobUpdate; response: TrackedJob };
  /** Create a user (password stored only as an argon2id hash) */
  user_create: { request: UserCreate; response: User };
  /** Get one user by id */
  user_get: { request: ById; response: User };
  /** List users, optionally by role */
  user_list: { request: UserList; response: Page<User> };
  /** Add a job to a candidate's work history */
  work_experience_add: { request: WorkExperienceAdd; response: CandidateDetail };
  /** Remove a job from a candidate's work history */
  work_history_delete: { request: ById; response: Done };
  /** A candidate's work history, current job first */
  work_history_list: { request: WorkHistoryList; response: Array<WorkHistoryEntry> };
  /** Add or replace a job in a candidate's work history */
  work_history_save: { request: WorkHistorySave; response: Array<WorkHistoryEntry> };
}

export type CommandName = keyof Commands;

/** The desktop shell's own Tauri commands: OS concerns, not domain logic. */
export interface ShellCommands {
  /** Version, database path and schema version. */
  app_info: { request: null; response: AppInfo };
  /** First-run state: chosen role and where the database lives. */
  app_setup_get: { request: null; response: AppSetup };
  /** Save the role and (optionally) move to another database file. */
  app_setup_save: { request: AppSetupSave; response: AppSetup };
  /** Ask the OS for a database file location (a save dialog); null when cancelled. */
  pick_database_path: { request: null; response: string | null };
  /** Open a stored document with the OS's default application (the core checks the file first). */
  open_document: { request: ById; response: null };
  /** The UI's first screen is painted (once per start; the benchmark times it). */
  ui_ready: { request: null; response: null };
}
