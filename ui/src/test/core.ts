// A scriptable stand-in for the desktop shell in component tests: answers the shell's own
// commands and the generic `call` through Tauri's `mockIPC`, records every call, and lets a test
// give any command its own answer (or a thrown core error).
import { mockIPC } from "@tauri-apps/api/mocks";
import type { AppInfo, AppSetup, CommandName, Commands, ShellCommands, SyncStatusView } from "../bindings";

type Handler<Req, Res> = (request: Req) => Res | Promise<Res>;
export type CoreHandlers = { [N in CommandName]?: Handler<Commands[N]["request"], Commands[N]["response"]> };
export type ShellHandlers = { [N in keyof ShellCommands]?: Handler<ShellCommands[N]["request"], ShellCommands[N]["response"]> };
export type Recorded = { cmd: string; name?: string; args: unknown };

export const SETUP_DONE: AppSetup = {
  role: "recruiter",
  db_path: "/home/me/.local/share/Talentdesk/talentdesk.db",
  default_db_path: "/home/me/.local/share/Talentdesk/talentdesk.db",
  db_path_locked: false,
  first_run: false,
};

export const INFO: AppInfo = { version: "0.1.0", db_path: SETUP_DONE.db_path, schema_version: 7 };

const empty = { items: [], total: 0 };

/** A database that does not sync (the top bar shows "Sync off"). */
export const SYNC_OFF: SyncStatusView = {
  configured: false,
  server_url: null,
  workspace_id: null,
  last_synced_at: null,
  pending_changes: 0,
  last_error: null,
  open_conflicts: 0,
  in_progress: false,
  task_id: null,
  next_attempt_at: null,
};

const STREAK = { current: 0, best: 0, last_date: null, done_today: false };

/** A dashboard with nothing in it yet. */
export const EMPTY_DASHBOARD: Commands["job_search_dashboard"]["response"] = {
  funnel: ["interested", "applied", "interview", "offer"].map((stage) => ({ stage, count: 0 })),
  by_status: [],
  response_by_source: [],
  response_by_resume: [],
  upcoming_interviews: [],
  follow_ups: [],
  streaks: { login: STREAK, quiz: STREAK },
  practice: [],
  mock_interviews_completed: 0,
};

/** Sensible empty answers for every list a page may ask for. */
const DEFAULTS: CoreHandlers = {
  candidate_list: () => empty,
  tracked_job_list: () => empty,
  requisition_list: () => empty,
  client_list: () => empty,
  interview_list: () => empty,
  question_list: () => empty,
  lead_list: () => empty,
  goal_list: () => [],
  job_application_list: () => [],
  follow_up_settings_get: () => ({ follow_up_days: 7, ghosted_days: 14 }),
  practice_performance: () => ({ categories: [], series: [] }),
  streak_check_in: () => ({ login: STREAK, quiz: STREAK }),
  job_search_dashboard: () => EMPTY_DASHBOARD,
  user_list: () => empty,
  tag_list: () => [],
  saved_search_list: () => [],
  job_template_list: () => [],
  job_draft_get: () => null,
  job_draft_save: (req) => ({ id: "d1", requisition_id: req.requisition_id ?? null, title: null, data: req.data, last_saved_at: "2026-01-01T00:00:00.000Z" }),
  job_draft_discard: () => ({ ok: true }),
  work_history_list: () => [],
  candidate_application_list: () => [],
  action_queue_settings_get: () => ({ new_applicant_days: 3, stale_days: 7 }),
  app_info: () => INFO,
  sync_status: () => SYNC_OFF,
  sync_settings_get: () => ({ server_url: null, workspace_id: null, auto_sync: true, signed_in: false, keyring_error: null }),
  sync_conflicts_list: () => empty,
};

export function installCore(core: CoreHandlers = {}, shell: ShellHandlers = {}): Recorded[] {
  const calls: Recorded[] = [];
  const shellAll: ShellHandlers = {
    app_setup_get: () => SETUP_DONE,
    app_info: () => INFO,
    pick_database_path: () => null,
    ui_ready: () => null,
    app_setup_save: (req) => ({ ...SETUP_DONE, role: req.role, db_path: req.db_path ?? SETUP_DONE.db_path }),
    ...shell,
  };
  const coreAll: CoreHandlers = { ...DEFAULTS, ...core };
  mockIPC(async (cmd, args) => {
    if (cmd === "call") {
      const { name, input } = args as { name: CommandName; input: unknown };
      calls.push({ cmd, name, args: input });
      const h = coreAll[name] as Handler<unknown, unknown> | undefined;
      if (!h) throw { code: "unknown_command", message: `no test answer for ${name}` };
      return h(input);
    }
    calls.push({ cmd, args });
    const h = shellAll[cmd as keyof ShellCommands] as Handler<unknown, unknown> | undefined;
    if (!h) throw `command ${cmd} not found`;
    const request = (args as { request?: unknown } | undefined)?.request ?? null;
    return h(request);
  });
  return calls;
}

/** The requests sent to core command `name`, in order. */
export function sent<N extends CommandName>(calls: Recorded[], name: N): Array<Commands[N]["request"]> {
  return calls.filter((c) => c.name === name).map((c) => c.args as Commands[N]["request"]);
}
