// One tracked job in detail: its fields, a status switcher, its interviews (schedule one here),
// the status history as a timeline (`tracked_job_history`), and delete with confirmation.
import { useState } from "react";
import type { JobStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { ConfirmDialog } from "../../components/Dialog";
import { Drawer, Facts, Section } from "../../components/Drawer";
import { ErrorState, Loading } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { Timeline } from "../../components/Timeline";
import { EMPLOYMENT_TYPE, INTERVIEW_MODE, INTERVIEW_STATUS, INTERVIEW_TONE, INTERVIEW_TYPE, JOB_STATUS, JOB_TONE, WORK_MODE } from "../../lib/enums";
import { date, dateTime, moneyRange } from "../../lib/format";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { ScheduleForm } from "../interviews/ScheduleForm";
import type { InterviewOutcome } from "../../bindings";

const INTERVIEW_OUTCOME: Record<InterviewOutcome, string> = { pending: "Outcome pending", passed: "Passed", failed: "Not passed" };
import { zonedTime } from "../home/HomePage";
import { ApplicationSection } from "./ApplicationSection";
import { JobForm } from "./JobForm";
import { JobDocuments } from "./JobDocuments";
import { MatchPanel } from "./MatchPanel";

export function JobDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const job = useCommand("tracked_job_get", { id });
  const history = useCommand("tracked_job_history", { id });
  const setStatus = useCommandMutation("tracked_job_set_status");
  const setOutcome = useCommandMutation("interview_set_status");
  const remove = useCommandMutation("tracked_job_delete");
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [editing, setEditing] = useState(false);
  const exportIcs = useCommandMutation("interview_calendar_export");
  const followed = useCommandMutation("follow_up_done");
  const interviews = useCommand("interview_list", { tracked_job_id: id, limit: 500 });
  const mine = interviews.data?.items ?? [];

  const changeStatus = (status: JobStatus) =>
    setStatus.mutate({ id, status }, { onError: (e) => toast.error(e) });

  const doDelete = () =>
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          toast.show("Job deleted", "success");
          setConfirming(false);
          onClose();
        },
        onError: (e) => toast.error(e),
      },
    );

  if (job.isPending) {
    return (
      <Drawer title="Job" onClose={onClose} testId="job-drawer">
        <Loading />
      </Drawer>
    );
  }
  if (job.isError) {
    return (
      <Drawer title="Job" onClose={onClose} testId="job-drawer">
        <ErrorState error={job.error} />
      </Drawer>
    );
  }
  const j = job.data;
  return (
    <Drawer
      title={j.title}
      subtitle={
        <>
          {j.company}
          {j.location ? ` · ${j.location}` : ""}
        </>
      }
      onClose={onClose}
      testId="job-drawer"
      actions={
        <>
          <Button variant="ghost" size="sm" icon="note" onClick={() => setEditing(true)} data-testid="edit-job">
            Edit
          </Button>
          <Button variant="ghost" size="sm" icon="calendar" onClick={() => setScheduling(true)} data-testid="schedule-interview">
            Schedule interview
          </Button>
          <Button variant="ghost" size="sm" icon="trash" onClick={() => setConfirming(true)} aria-label="Delete job">
            Delete
          </Button>
        </>
      }
    >
      <div className="drawer-status">
        <Chip tone={JOB_TONE[j.status]}>{JOB_STATUS[j.status]}</Chip>
        <label className="inline-label">
          Move to
          <EnumSelect
            labels={JOB_STATUS}
            value={j.status}
            onChange={(s) => s && changeStatus(s)}
            aria-label="Status"
            disabled={setStatus.isPending}
          />
        </label>
      </div>
      <Section title="Details">
        <Facts
          items={[
            ["Company", j.company],
            ["Location", j.location],
            ["Work mode", j.work_mode ? WORK_MODE[j.work_mode] : null],
            ["Job type", j.job_type ? EMPLOYMENT_TYPE[j.job_type] : null],
            ["Salary", moneyRange(j.salary_min_minor, j.salary_max_minor, j.currency)],
            ["Source", j.source],
            ["Posting", j.posting_url ? <span className="mono selectable">{j.posting_url}</span> : null],
            ["Posted", j.posted_at ? date(j.posted_at) : null],
            ["Apply by", j.deadline_at ? date(j.deadline_at) : null],
            ["Applied", j.applied_at ? date(j.applied_at) : null],
            ["Last follow-up", j.last_follow_up_at ? date(j.last_follow_up_at) : null],
            ["Added", dateTime(j.created_at)],
          ]}
        />
        {j.status === "applied" && (
          <Button
            size="sm"
            variant="ghost"
            icon="check"
            data-testid="follow-up-done"
            onClick={() => followed.mutate({ id }, { onSuccess: () => toast.show("Follow-up recorded", "success"), onError: (e) => toast.error(e) })}
          >
            I followed up today
          </Button>
        )}
      </Section>
      {j.contacts.length > 0 && (
        <Section title="Contacts">
          <ul className="entry-list">
            {j.contacts.map((c, i) => (
              <li key={i} className="entry-row" data-testid="job-contact">
                <div>
                  <div className="entry-title">{c.name}</div>
                  <div className="entry-meta">{[c.role, c.email, c.phone].filter(Boolean).join(" · ")}</div>
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <ApplicationSection jobId={id} />
      {j.description && (
        <Section title="Description">
          <p className="prose">{j.description}</p>
        </Section>
      )}
      {j.notes && (
        <Section title="Notes">
          <p className="prose">{j.notes}</p>
        </Section>
      )}
      <MatchPanel jobId={id} hasDescription={!!j.description?.trim()} />
      <JobDocuments jobId={id} />
      {mine.length > 0 && (
        <Section title="Interviews">
          <ul className="entry-list">
            {mine.map((i) => (
              <li key={i.id} className="entry-row">
                <div>
                  <div className="entry-title">{i.title ?? INTERVIEW_TYPE[i.interview_type]}</div>
                  <div className="entry-meta">
                    {[zonedTime(i.scheduled_at, i.timezone), `${i.duration_minutes} min`, INTERVIEW_MODE[i.interview_mode], i.location ?? i.meeting_link].filter(Boolean).join(" · ")}
                  </div>
                  {i.interviewers.length > 0 && <div className="entry-meta">With {i.interviewers.join(", ")}</div>}
                  {i.preparation_notes && <div className="entry-meta">Prep: {i.preparation_notes}</div>}
                </div>
                <Chip tone={INTERVIEW_TONE[i.status]}>{INTERVIEW_STATUS[i.status]}</Chip>
                <EnumSelect
                  labels={INTERVIEW_OUTCOME}
                  value={i.outcome}
                  aria-label="Outcome"
                  data-testid="interview-outcome"
                  onChange={(outcome) =>
                    outcome &&
                    setOutcome.mutate(
                      { id: i.id, status: outcome === "pending" ? i.status : "completed", outcome },
                      { onError: (e) => toast.error(e) },
                    )
                  }
                />
                <Button
                  size="sm"
                  variant="ghost"
                  icon="calendar"
                  data-testid="interview-export-ics"
                  onClick={() =>
                    exportIcs.mutate({ interview_id: i.id }, { onSuccess: (w) => toast.show(`Saved to ${w.path}`, "success"), onError: (e) => toast.error(e) })
                  }
                >
                  .ics
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="History">
        {history.isPending ? (
          <Loading />
        ) : history.isError ? (
          <ErrorState error={history.error} />
        ) : (
          <Timeline
            entries={history.data.map((h) => ({
              id: h.id,
              at: h.changed_at,
              title: h.from_status ? (
                <>
                  {JOB_STATUS[h.from_status]} → <strong>{JOB_STATUS[h.to_status]}</strong>
                </>
              ) : (
                <>
                  Added as <strong>{JOB_STATUS[h.to_status]}</strong>
                </>
              ),
              body: h.note,
              tone: JOB_TONE[h.to_status],
            }))}
            empty="No status changes yet."
          />
        )}
      </Section>
      {editing && <JobForm job={j} onClose={() => setEditing(false)} />}
      {scheduling && <ScheduleForm target={{ kind: "tracked_job", id, label: `${j.title} at ${j.company}` }} onClose={() => setScheduling(false)} />}
      {confirming && (
        <ConfirmDialog
          title="Delete this job?"
          message={`“${j.title}” at ${j.company} and its history will be removed. This cannot be undone.`}
          confirmLabel="Delete job"
          busy={remove.isPending}
          onConfirm={doDelete}
          onClose={() => setConfirming(false)}
        />
      )}
    </Drawer>
  );
}
