// TanStack Query over the command API: every read is a query keyed by `[command, request]`, every
// write a mutation that invalidates the reads it can change (see AFFECTS), so lists, drawers and
// boards refresh themselves after any change without pages knowing about each other.
import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from "@tanstack/react-query";
import { call, shell, type CoreError, type ShellName } from "../api";
import type { CommandName, Commands, ShellCommands } from "../bindings";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The database is local: data only changes through our own mutations, which invalidate.
        staleTime: 30_000,
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

export type Req<N extends CommandName> = Commands[N]["request"];
export type Res<N extends CommandName> = Commands[N]["response"];

/** The query key of a command read. */
export function commandKey<N extends CommandName>(name: N, request: Req<N>): readonly [N, Req<N>] {
  return [name, request] as const;
}

type QueryOpts<N extends CommandName> = Omit<
  UseQueryOptions<Res<N>, CoreError, Res<N>, readonly [N, Req<N>]>,
  "queryKey" | "queryFn"
>;

/** Reads a command; the result is cached under `[name, request]`. */
export function useCommand<N extends CommandName>(name: N, request: Req<N>, options?: QueryOpts<N>) {
  return useQuery<Res<N>, CoreError, Res<N>, readonly [N, Req<N>]>({
    queryKey: commandKey(name, request),
    queryFn: () => call(name, request),
    ...options,
  });
}

/** Reads a shell command (no request). */
export function useShell<N extends ShellName>(name: N & ("app_info" | "app_setup_get")) {
  return useQuery<ShellCommands[N]["response"], CoreError>({
    queryKey: ["shell", name],
    queryFn: () => shell(name, null as ShellCommands[N]["request"]),
  });
}

/** Which cached reads each write can change. */
const AFFECTS: Partial<Record<CommandName, CommandName[]>> = {
  user_create: ["user_list"],
  tracked_job_create: ["tracked_job_list", "job_search_dashboard"],
  tracked_job_update: ["tracked_job_list", "tracked_job_get"],
  tracked_job_set_status: ["tracked_job_list", "tracked_job_get", "tracked_job_history", "job_search_dashboard", "follow_up_list"],
  tracked_job_delete: ["tracked_job_list", "tracked_job_get", "job_search_dashboard"],
  job_application_create: ["job_application_list", "tracked_job_get", "tracked_job_list", "tracked_job_history", "job_search_dashboard"],
  job_application_update: ["job_application_list", "job_search_dashboard"],
  job_application_delete: ["job_application_list", "job_search_dashboard"],
  follow_up_done: ["follow_up_list", "job_search_dashboard", "tracked_job_get"],
  follow_up_settings_set: ["follow_up_settings_get", "follow_up_list", "job_search_dashboard"],
  streak_check_in: ["streak_get", "job_search_dashboard"],
  interview_update: ["interview_list", "job_search_dashboard"],
  mock_interview_finish: ["mock_interview_list", "practice_performance", "job_search_dashboard"],
  quiz_submit: ["practice_performance", "streak_get", "job_search_dashboard"],
  goal_update: ["goal_list"],
  goal_delete: ["goal_list"],
  milestone_add: ["goal_list"],
  milestone_delete: ["goal_list"],
  candidate_create: ["candidate_list"],
  candidate_update: ["candidate_list", "candidate_get"],
  candidate_delete: ["candidate_list", "candidate_get"],
  candidate_merge: ["candidate_list", "candidate_get", "candidate_application_list", "candidate_duplicates", "tag_list", "pipeline_board", "requisition_list"],
  candidate_duplicate_dismiss: ["candidate_get", "candidate_duplicates"],
  candidate_skill_add: ["candidate_get"],
  work_experience_add: ["candidate_get"],
  education_add: ["candidate_get"],
  requisition_create: ["requisition_list", "job_template_list", "recruiter_dashboard"],
  requisition_update: ["requisition_list", "requisition_get", "requisition_job_posting", "recruiter_dashboard"],
  requisition_publish: ["requisition_list", "requisition_get", "requisition_job_posting"],
  requisition_set_status: ["requisition_list", "requisition_get", "recruiter_dashboard"],
  requisition_create_from_template: ["requisition_list", "job_template_list"],
  job_template_save: ["job_template_list"],
  job_template_delete: ["job_template_list"],
  stage_create: ["stage_list", "pipeline_board"],
  stage_rename: ["stage_list", "pipeline_board"],
  stage_reorder: ["stage_list", "pipeline_board"],
  stage_delete: ["stage_list", "pipeline_board"],
  application_follow_up_set: ["pipeline_board", "application_timeline", "action_queue_list", "recruiter_dashboard"],
  action_queue_dismiss: ["action_queue_list", "recruiter_dashboard"],
  action_queue_settings_set: ["action_queue_settings_get", "action_queue_list", "recruiter_dashboard"],
  client_update: ["client_list", "client_get", "requisition_list"],
  client_contact_update: ["client_contact_list"],
  client_contact_delete: ["client_list", "client_get", "client_contact_list"],
  candidate_profile_update: ["candidate_list", "candidate_get", "candidate_profile_get"],
  work_history_save: ["candidate_get", "work_history_list"],
  work_history_delete: ["candidate_get", "work_history_list"],
  candidate_tag_add: ["candidate_get", "candidate_list", "tag_list"],
  candidate_tag_remove: ["candidate_get", "candidate_list", "tag_list"],
  tag_delete: ["candidate_get", "candidate_list", "tag_list"],
  saved_search_save: ["saved_search_list"],
  saved_search_delete: ["saved_search_list"],
  application_create: ["pipeline_board", "requisition_list", "requisition_get", "stage_list", "action_queue_list", "recruiter_dashboard"],
  application_move: ["pipeline_board", "application_timeline", "stage_list", "action_queue_list", "recruiter_dashboard"],
  application_note_add: ["application_timeline", "application_note_list"],
  client_create: ["client_list", "lead_list"],
  client_contact_add: ["client_list", "client_get", "client_contact_list"],
  lead_create: ["lead_list"],
  interview_schedule: ["interview_list", "interview_conflicts", "job_search_dashboard"],
  interview_set_status: ["interview_list", "job_search_dashboard"],
  interview_reschedule: ["interview_list", "interview_reschedule_request_list"],
  interview_reschedule_request: ["interview_reschedule_request_list"],
  interview_reschedule_decline: ["interview_reschedule_request_list"],
  feedback_submit: ["interview_list", "scorecard_list", "interview_panel_summary"],
  question_set_create: ["question_set_list"],
  question_set_add: ["question_set_list", "question_set_get", "assessment_list"],
  question_set_remove: ["question_set_list", "question_set_get", "assessment_list"],
  assessment_create: ["assessment_list"],
  assessment_publish: ["assessment_list"],
  assessment_invite: ["assessment_invitation_list"],
  assessment_start: ["assessment_invitation_list", "assessment_attempt_list"],
  assessment_submit: ["assessment_attempt_list", "assessment_attempt_review"],
  assessment_score_answer: ["assessment_attempt_list", "assessment_attempt_review"],
  assessment_release: ["assessment_attempt_list", "assessment_attempt_review"],
  proctoring_review: ["assessment_attempt_list", "assessment_attempt_review", "proctoring_list"],
  goal_create: ["goal_list"],
  milestone_set_completed: ["goal_list"],
  question_create: ["question_list"],
  setting_set: ["setting_get"],
  profile_save: ["profile_get"],
  resume_create: ["resume_list", "resume_get", "profile_get"],
  resume_update: ["resume_list", "resume_get"],
  resume_set_primary: ["resume_list", "resume_get"],
  resume_delete: ["resume_list", "resume_get"],
  document_add: ["document_list"],
  document_delete: ["document_list"],
  job_match_run: ["job_match_get", "tracked_job_get", "tracked_job_list"],
};

/** Invalidates every cached read that a write of `name` can change. */
export function invalidateAfter(client: QueryClient, name: CommandName): Promise<void> {
  const names = [...(AFFECTS[name] ?? [])];
  // The search box's relevance order reads the same rows as the list.
  if (names.includes("candidate_list")) names.push("candidate_search");
  return Promise.all(names.map((n) => client.invalidateQueries({ queryKey: [n] }))).then(() => undefined);
}

/** A write; on success the reads it affects are refetched. */
export function useCommandMutation<N extends CommandName>(name: N) {
  const client = useQueryClient();
  return useMutation<Res<N>, CoreError, Req<N>>({
    mutationFn: (request) => call(name, request),
    onSettled: () => invalidateAfter(client, name),
  });
}
