// Recruiting → Interviews: upcoming (or past) interviews grouped by day, scheduling (panels),
// rescheduling, marking them completed, cancelled or no-show, .ics invitations, scorecards and
// the panel summary.
import { useQueries } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { call } from "../../api";
import type { Interview, InterviewOutcome, InterviewStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Dialog } from "../../components/Dialog";
import { EmptyState } from "../../components/EmptyState";
import { Field } from "../../components/Field";
import { Icon } from "../../components/Icon";
import { ErrorState, Loading, PageHeader, Toolbar } from "../../components/Page";
import { Segmented } from "../../components/Segmented";
import { EnumSelect } from "../../components/Select";
import { INTERVIEW_MODE, INTERVIEW_STATUS, INTERVIEW_TONE, INTERVIEW_TYPE } from "../../lib/enums";
import { dayLabel, startOfTodayIso, time } from "../../lib/format";
import { useNewAction } from "../../lib/keys";
import { commandKey, useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { downloadIcs, PanelSummaryDialog, RequestRescheduleDialog, RescheduleDialog } from "./InterviewDialogs";
import { ScheduleForm } from "./ScheduleForm";
import { ScorecardForm } from "./ScorecardForm";

type When = "upcoming" | "past";
const LIMIT = 200;

/** Names of the candidates the listed interviews are with. */
function useCandidateNames(interviews: Interview[]) {
  const ids = [...new Set(interviews.map((i) => i.candidate_id).filter((x): x is string => !!x))];
  const results = useQueries({
    queries: ids.map((id) => ({ queryKey: commandKey("candidate_get", { id }), queryFn: () => call("candidate_get", { id }) })),
  });
  const names = new Map<string, string>();
  results.forEach((r, i) => r.data && names.set(ids[i]!, r.data.full_name));
  return names;
}

export function InterviewsPage() {
  const [when, setWhen] = useState<When>("upcoming");
  const [status, setStatus] = useState<InterviewStatus | "">("");
  const [scheduling, setScheduling] = useState(false);
  const [scoring, setScoring] = useState<Interview | null>(null);
  const [closing, setClosing] = useState<{ interview: Interview; status: "completed" | "cancelled" } | null>(null);
  const [open, setOpen] = useState<{ interview: Interview; dialog: "reschedule" | "request" | "summary" } | null>(null);
  const setStatus_ = useCommandMutation("interview_set_status");
  const toast = useToast();
  const from = useMemo(() => startOfTodayIso(), []);
  useNewAction(() => setScheduling(true));

  const filter = status ? { status } : {};
  const upcoming = useCommand("interview_list", { from, ...filter, limit: LIMIT }, { enabled: when === "upcoming" });
  const pastCount = useCommand("interview_list", { to: from, ...filter, limit: 1 }, { enabled: when === "past" });
  const pastTotal = pastCount.data?.total;
  const past = useCommand(
    "interview_list",
    { to: from, ...filter, limit: LIMIT, offset: Math.max(0, (pastTotal ?? 0) - LIMIT) },
    { enabled: when === "past" && pastTotal !== undefined },
  );
  const list = when === "upcoming" ? upcoming : past;
  const items = useMemo(() => {
    const xs = list.data?.items ?? [];
    return when === "past" ? [...xs].reverse() : xs;
  }, [list.data, when]);
  const names = useCandidateNames(items);
  const jobs = useCommand("tracked_job_list", { limit: 500 }, { enabled: items.some((i) => i.tracked_job_id) });
  const jobName = (id: string | null) => {
    const j = id ? jobs.data?.items.find((x) => x.id === id) : undefined;
    return j ? `${j.title} at ${j.company}` : null;
  };

  const who = (i: Interview) => (i.candidate_id ? names.get(i.candidate_id) : null) ?? jobName(i.tracked_job_id) ?? "Interview";

  const groups: Array<{ day: string; items: Interview[] }> = [];
  for (const i of items) {
    const day = dayLabel(i.scheduled_at);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(i);
    else groups.push({ day, items: [i] });
  }

  const loading = list.isPending && (when === "upcoming" || pastTotal !== 0);

  return (
    <div className="page">
      <PageHeader
        title="Interviews"
        description="Who you're meeting, when, and what you thought."
        actions={
          <Button variant="primary" icon="plus" data-testid="new-interview" onClick={() => setScheduling(true)}>
            Schedule interview
          </Button>
        }
      />
      <Toolbar>
        <Segmented<When>
          label="Which interviews"
          value={when}
          onChange={setWhen}
          options={[
            { value: "upcoming", label: "Upcoming" },
            { value: "past", label: "Past" },
          ]}
        />
        <EnumSelect labels={INTERVIEW_STATUS} value={status} onChange={setStatus} empty="Any status" aria-label="Filter by status" />
      </Toolbar>
      {loading ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        when === "upcoming" && !status ? (
          <EmptyState
            icon="calendar"
            title="Nothing scheduled"
            action={
              <Button variant="primary" icon="plus" onClick={() => setScheduling(true)}>
                Schedule interview
              </Button>
            }
          >
            Schedule interviews with candidates — from here or from an application on a pipeline — and keep their
            scorecards with them. Times are stored in UTC and shown in your time zone.
          </EmptyState>
        ) : (
          <p className="muted empty-inline">No {when} interviews{status ? ` with status “${INTERVIEW_STATUS[status]}”` : ""}.</p>
        )
      ) : (
        <div className="agenda">
          {groups.map((g) => (
            <section key={g.day} className="agenda-day">
              <h2 className="agenda-date">{g.day}</h2>
              <ul className="agenda-list">
                {g.items.map((i) => (
                  <li key={i.id} className="agenda-item" data-testid="interview-row">
                    <div className="agenda-time">
                      <strong>{time(i.scheduled_at)}</strong>
                      <span className="muted">{i.duration_minutes} min</span>
                    </div>
                    <div className="agenda-main">
                      <div className="cell-strong">{who(i)}</div>
                      <div className="muted agenda-meta">
                        {[i.title, INTERVIEW_TYPE[i.interview_type], INTERVIEW_MODE[i.interview_mode], i.location, i.meeting_room && `Room ${i.meeting_room}`, i.timezone]
                          .filter(Boolean)
                          .join(" · ")}
                        {i.panelist_ids.length > 0 && ` · panel of ${i.panelist_ids.length + (i.interviewer_id ? 1 : 0)}`}
                      </div>
                      {i.meeting_link && (
                        <div className="agenda-link mono selectable">
                          <Icon name="link" size={12} /> {i.meeting_link}
                        </div>
                      )}
                    </div>
                    <div className="agenda-side">
                      <Chip tone={INTERVIEW_TONE[i.status]}>{INTERVIEW_STATUS[i.status]}</Chip>
                      {i.outcome !== "pending" && <Chip tone={i.outcome === "passed" ? "green" : "red"}>{i.outcome === "passed" ? "Passed" : "Failed"}</Chip>}
                      <div className="agenda-actions">
                        {(i.status === "scheduled" || i.status === "rescheduled" || i.status === "in_progress") && (
                          <>
                            <Button size="sm" icon="check" onClick={() => setClosing({ interview: i, status: "completed" })}>
                              Complete
                            </Button>
                            <Button size="sm" variant="ghost" onClick={() => setClosing({ interview: i, status: "cancelled" })}>
                              Cancel
                            </Button>
                            <Button size="sm" variant="ghost" data-testid="interview-reschedule" onClick={() => setOpen({ interview: i, dialog: "reschedule" })}>
                              Reschedule
                            </Button>
                            <Button size="sm" variant="ghost" data-testid="interview-request-reschedule" onClick={() => setOpen({ interview: i, dialog: "request" })}>
                              Request new time
                            </Button>
                            <Button
                              size="sm"
                              variant="ghost"
                              data-testid="interview-no-show"
                              onClick={() =>
                                setStatus_.mutate({ id: i.id, status: "no_show" }, { onSuccess: () => toast.show("Marked as no-show", "info"), onError: (e) => toast.error(e) })
                              }
                            >
                              No-show
                            </Button>
                          </>
                        )}
                        {!i.tracked_job_id && (
                          <Button size="sm" variant="ghost" icon="calendar" data-testid="interview-ics" onClick={() => void downloadIcs(i).catch((e) => toast.error(e))}>
                            .ics
                          </Button>
                        )}
                        {(i.interviewer_id || i.panelist_ids.length > 0) && (
                          <Button size="sm" variant="ghost" data-testid="interview-summary" onClick={() => setOpen({ interview: i, dialog: "summary" })}>
                            Panel summary
                          </Button>
                        )}
                        <Button size="sm" variant={i.feedback_given ? "ghost" : "secondary"} icon="note" data-testid="interview-scorecard" onClick={() => setScoring(i)}>
                          {i.feedback_given ? "Add scorecard" : "Scorecard"}
                        </Button>
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {scheduling && <ScheduleForm onClose={() => setScheduling(false)} />}
      {scoring && <ScorecardForm interview={scoring} who={`${who(scoring)} · ${INTERVIEW_TYPE[scoring.interview_type]}`} onClose={() => setScoring(null)} />}
      {open?.dialog === "reschedule" && <RescheduleDialog interview={open.interview} who={who(open.interview)} onClose={() => setOpen(null)} />}
      {open?.dialog === "request" && <RequestRescheduleDialog interview={open.interview} who={who(open.interview)} onClose={() => setOpen(null)} />}
      {open?.dialog === "summary" && <PanelSummaryDialog interview={open.interview} who={who(open.interview)} onClose={() => setOpen(null)} />}
      {closing && <CloseDialog {...closing} who={who(closing.interview)} onClose={() => setClosing(null)} />}
    </div>
  );
}

/** Mark completed (with an outcome) or cancelled (with a reason). */
function CloseDialog({ interview, status, who, onClose }: { interview: Interview; status: "completed" | "cancelled"; who: string; onClose: () => void }) {
  const [outcome, setOutcome] = useState<InterviewOutcome>("pending");
  const [reason, setReason] = useState("");
  const mutation = useCommandMutation("interview_set_status");
  const toast = useToast();
  const done = () =>
    mutation.mutate(
      {
        id: interview.id,
        status,
        ...(status === "completed" ? { outcome } : reason.trim() ? { cancellation_reason: reason.trim() } : {}),
      },
      {
        onSuccess: () => {
          toast.show(status === "completed" ? "Interview completed" : "Interview cancelled", "success");
          onClose();
        },
        onError: (e) => toast.error(e),
      },
    );
  return (
    <Dialog
      title={status === "completed" ? "Mark as completed" : "Cancel interview"}
      description={who}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Back
          </Button>
          <Button variant={status === "completed" ? "primary" : "danger"} busy={mutation.isPending} onClick={done} data-testid="confirm-interview-status">
            {status === "completed" ? "Mark completed" : "Cancel interview"}
          </Button>
        </>
      }
    >
      {status === "completed" ? (
        <Field label="Outcome" field="outcome" htmlFor="f-outcome">
          <EnumSelect id="f-outcome" labels={{ pending: "Decide later", passed: "Passed", failed: "Did not pass" }} value={outcome} onChange={(x) => setOutcome(x || "pending")} data-autofocus />
        </Field>
      ) : (
        <Field label="Reason" field="cancellation_reason" htmlFor="f-cancellation_reason">
          <textarea id="f-cancellation_reason" className="input" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Candidate withdrew" data-autofocus />
        </Field>
      )}
    </Dialog>
  );
}
