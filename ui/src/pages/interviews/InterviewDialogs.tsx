// The interview's follow-up dialogs: ask to reschedule, reschedule (optionally answering a
// request), the panel summary once every scorecard is in, and the .ics invitation download.
import { useState } from "react";
import { call, type CoreError } from "../../api";
import type { Interview } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { Loading } from "../../components/Page";
import { RECOMMENDATION } from "../../lib/enums";
import { compact, dateTime, systemTimeZone, toNumber, zonedToUtcIso } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

/** Saves the interview's invitation as a file through the browser's download. */
export async function downloadIcs(interview: Interview): Promise<void> {
  const file = await call("interview_ics", { id: interview.id });
  const url = URL.createObjectURL(new Blob([file.content], { type: "text/calendar" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function RequestRescheduleDialog({ interview, who, onClose }: { interview: Interview; who: string; onClose: () => void }) {
  const form = useCoreForm({ reason: "", day: "", clock: "10:00" });
  const request = useCommandMutation("interview_reschedule_request");
  const toast = useToast();
  const v = form.values;
  const save = () =>
    void form.submit(async () => {
      await request.mutateAsync(
        compact({
          interview_id: interview.id,
          reason: v.reason,
          proposed_times: v.day ? [zonedToUtcIso(v.day, v.clock, interview.timezone)] : undefined,
        }),
      );
      toast.show("Reschedule requested", "success");
      onClose();
    });
  return (
    <Dialog title="Request a new time" description={who} onClose={onClose} onSubmit={save} testId="reschedule-request-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>Back</Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-reschedule-request">Send request</Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Reason" field="reason" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("reason")} data-autofocus />
        </Field>
        <Field label={`Proposed date (${interview.timezone})`} field="proposed_times" htmlFor="f-day" errors={form.errors}>
          <input className="input" type="date" {...form.bind("day")} />
        </Field>
        <Field label="Time" field="clock" errors={form.errors}>
          <input className="input" type="time" {...form.bind("clock")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}

export function RescheduleDialog({ interview, who, onClose }: { interview: Interview; who: string; onClose: () => void }) {
  const zone = interview.timezone || systemTimeZone();
  const form = useCoreForm({ day: "", clock: "10:00", duration_minutes: String(interview.duration_minutes) });
  const [requestId, setRequestId] = useState<string | null>(null);
  const [clash, setClash] = useState<string | null>(null);
  const [override, setOverride] = useState(false);
  const requests = useCommand("interview_reschedule_request_list", { interview_id: interview.id });
  const reschedule = useCommandMutation("interview_reschedule");
  const decline = useCommandMutation("interview_reschedule_decline");
  const toast = useToast();
  const v = form.values;
  const pending = (requests.data?.items ?? []).filter((r) => r.status === "pending");
  const save = () => {
    if (!form.requireFilled(["day", "clock"])) return;
    void form.submit(async () => {
      const i = await reschedule
        .mutateAsync(
          compact({
            id: interview.id,
            scheduled_at: zonedToUtcIso(v.day, v.clock, zone),
            duration_minutes: toNumber(v.duration_minutes),
            request_id: requestId ?? undefined,
            allow_double_booking: override || undefined,
          }),
        )
        .catch((e: CoreError) => {
          setClash(e.code === "double_booked" ? e.message : null);
          throw e;
        });
      toast.show(`Moved to ${dateTime(i.scheduled_at)}`, "success");
      onClose();
    });
  };
  return (
    <Dialog title="Reschedule" description={`${who} · now ${dateTime(interview.scheduled_at)}`} onClose={onClose} onSubmit={save} testId="reschedule-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>Back</Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-reschedule">Reschedule</Button>
        </>
      }
    >
      <div className="form-grid">
        {pending.length > 0 && (
          <div className="span-2" data-testid="reschedule-requests">
            <p className="muted">Pending requests</p>
            <ul className="plain-list">
              {pending.map((r) => (
                <li key={r.id}>
                  <label className="check">
                    <input type="radio" name="request" checked={requestId === r.id} onChange={() => setRequestId(r.id)} /> {r.reason ?? "No reason given"}
                    {r.proposed_times.length > 0 && <span className="muted"> · proposes {r.proposed_times.map(dateTime).join(", ")}</span>}
                  </label>{" "}
                  <Button size="sm" variant="ghost" onClick={() => decline.mutate({ id: r.id })}>Decline</Button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Field label={`New date (${zone})`} field="scheduled_at" htmlFor="f-day" errors={form.errors} required>
          <input className="input" type="date" {...form.bind("day")} data-autofocus />
        </Field>
        <Field label="Time" field="clock" errors={form.errors} required>
          <input className="input" type="time" {...form.bind("clock")} />
        </Field>
        <Field label="Minutes" field="duration_minutes" errors={form.errors}>
          <input className="input" {...form.bind("duration_minutes")} inputMode="numeric" />
        </Field>
        {clash && (
          <div className="warning span-2" role="alert" data-testid="double-booking-warning">
            <p>{clash}</p>
            <label className="check">
              <input type="checkbox" data-testid="allow-double-booking" checked={override} onChange={(e) => setOverride(e.target.checked)} /> Reschedule anyway
            </label>
          </div>
        )}
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}

const DIMENSIONS = [
  ["overall", "Overall"],
  ["technical_skills", "Technical"],
  ["communication", "Communication"],
  ["problem_solving", "Problem solving"],
  ["culture_fit", "Culture fit"],
] as const;

export function PanelSummaryDialog({ interview, who, onClose }: { interview: Interview; who: string; onClose: () => void }) {
  const summary = useCommand("interview_panel_summary", { interview_id: interview.id });
  const users = useCommand("user_list", { limit: 500 });
  const name = (id: string | null) => users.data?.items.find((u) => u.id === id)?.full_name ?? id ?? "—";
  const s = summary.data;
  return (
    <Dialog title="Panel summary" description={who} onClose={onClose} size="lg" testId="panel-summary"
      footer={<Button onClick={onClose}>Close</Button>}
    >
      {!s ? (
        <Loading />
      ) : (
        <div className="stack">
          {!s.complete ? (
            <p data-testid="panel-summary-waiting">
              Waiting for {s.missing.map(name).join(", ") || "the panel"} ({s.submitted.length} of {s.expected.length} scorecards in).
            </p>
          ) : (
            <>
              {s.disagreement && <Chip tone="red">The panel disagrees</Chip>}
              <table className="table compact" data-testid="panel-averages">
                <tbody>
                  {DIMENSIONS.map(([k, label]) => (
                    <tr key={k}>
                      <th scope="row">{label}</th>
                      <td>{s.averages?.[k] != null ? `${s.averages[k]} / 5` : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p data-testid="panel-tally">
                {Object.entries(s.tally)
                  .map(([rec, n]) => `${RECOMMENDATION[rec as keyof typeof RECOMMENDATION] ?? rec}: ${n}`)
                  .join(" · ")}
              </p>
            </>
          )}
          <ul className="plain-list">
            {s.scorecards.map((c) => (
              <li key={c.id} data-testid="scorecard-row">
                <strong>{name(c.interviewer_id)}</strong> — {c.recommendation ? RECOMMENDATION[c.recommendation] : "—"}
                {c.overall_rating != null && ` · overall ${c.overall_rating}/5`}
                {c.strengths && <div className="muted">+ {c.strengths}</div>}
                {c.weaknesses && <div className="muted">− {c.weaknesses}</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
