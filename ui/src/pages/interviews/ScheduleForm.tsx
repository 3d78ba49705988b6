// Schedule an interview for an application (from a pipeline), a candidate, or one of your own
// tracked jobs: interviewer and panelists, type, mode, date and time in the chosen IANA time zone
// (converted to UTC for the core), duration, link, place or room. A double booking is refused by
// the core; the form then shows who clashes and offers "Schedule anyway".
import { useState } from "react";
import type { CoreError } from "../../api";
import type { Candidate, InterviewMode, InterviewType } from "../../bindings";
import { Button } from "../../components/Button";
import { CandidatePicker } from "../../components/CandidatePicker";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { INTERVIEW_MODE, INTERVIEW_TYPE } from "../../lib/enums";
import { compact, dateTime, splitList, systemTimeZone, toNumber, zonedToUtcIso } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

function zones(current: string): string[] {
  const all = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  return all.includes(current) ? all : [current, ...all];
}

/** What the interview is for, when it is fixed by where the form was opened. */
export type ScheduleTarget = { kind: "application" | "tracked_job"; id: string; label: string };

export function ScheduleForm({ target, onClose }: { target?: ScheduleTarget; onClose: () => void }) {
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [panel, setPanel] = useState<string[]>([]);
  const [clash, setClash] = useState<string | null>(null);
  const [override, setOverride] = useState(false);
  const users = useCommand("user_list", { limit: 500 }, { enabled: target?.kind !== "tracked_job" });
  const tz = systemTimeZone();
  const form = useCoreForm({
    title: "",
    interview_type: "video",
    interview_mode: "video",
    day: "",
    clock: "10:00",
    duration_minutes: "60",
    timezone: tz,
    meeting_link: "",
    location: "",
    meeting_room: "",
    interviewer_id: "",
    preparation_notes: "",
    interviewers: "",
  });
  const schedule = useCommandMutation("interview_schedule");
  const toast = useToast();
  const v = form.values;

  const save = async () => {
    if (!target && !candidate) {
      form.fail({ code: "missing_field", message: "Choose who the interview is with", field: "candidate_id" });
      return;
    }
    if (!v.day.trim() || !v.clock.trim()) {
      form.setErrors(v.day.trim() ? { clock: "Required" } : { scheduled_at: "Required" });
      return;
    }
    await form.submit(async () => {
      const i = await schedule
        .mutateAsync(
        compact({
          ...(target?.kind === "application"
            ? { application_id: target.id }
            : target?.kind === "tracked_job"
              ? { tracked_job_id: target.id }
              : { candidate_id: candidate!.id }),
          title: v.title,
          interview_type: v.interview_type as InterviewType,
          interview_mode: v.interview_mode as InterviewMode,
          scheduled_at: zonedToUtcIso(v.day, v.clock, v.timezone),
          duration_minutes: toNumber(v.duration_minutes),
          timezone: v.timezone,
          meeting_link: v.meeting_link,
          location: v.location,
          meeting_room: v.meeting_room,
          interviewer_id: v.interviewer_id,
          panelist_ids: panel.length ? panel : undefined,
          preparation_notes: v.preparation_notes,
          interviewers: splitList(v.interviewers),
          allow_double_booking: override || undefined,
        }),
        )
        .catch((e: CoreError) => {
          setClash(e.code === "double_booked" ? e.message : null);
          throw e;
        });
      toast.show(`Interview scheduled for ${dateTime(i.scheduled_at)}`, "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="Schedule interview"
      description={target ? target.label : "Pick the candidate, when, and how you'll meet."}
      onClose={onClose}
      size="lg"
      testId="schedule-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-interview">
            Schedule
          </Button>
        </>
      }
    >
      <div className="form-grid">
        {!target && (
          <Field label="Candidate" field="candidate_id" htmlFor="f-candidate" errors={form.errors} required className="span-2">
            <CandidatePicker id="f-candidate" value={candidate} onChange={setCandidate} invalid={!!form.errors.candidate_id} />
          </Field>
        )}
        <Field label="Title" field="title" errors={form.errors} className="span-2">
          <input className="input" {...form.bind("title")} placeholder="Technical interview with the platform team" />
        </Field>
        <Field label="Type" field="interview_type" errors={form.errors} required>
          <EnumSelect id="f-interview_type" name="interview_type" labels={INTERVIEW_TYPE} value={v.interview_type as InterviewType} onChange={(x) => form.set("interview_type", x || "video")} />
        </Field>
        <Field label="Mode" field="interview_mode" errors={form.errors}>
          <EnumSelect id="f-interview_mode" name="interview_mode" labels={INTERVIEW_MODE} value={v.interview_mode as InterviewMode} onChange={(x) => form.set("interview_mode", x || "video")} />
        </Field>
        <div className="form-row-3 span-2 form-row-when">
          <Field label="Date" field="scheduled_at" htmlFor="f-day" errors={form.errors} required>
            <input className="input" type="date" {...form.bind("day")} />
          </Field>
          <Field label="Time" field="clock" errors={form.errors} required>
            <input className="input" type="time" {...form.bind("clock")} />
          </Field>
          <Field label="Minutes" field="duration_minutes" errors={form.errors}>
            <input className="input" {...form.bind("duration_minutes")} inputMode="numeric" />
          </Field>
        </div>
        <Field label="Time zone" field="timezone" errors={form.errors} hint="The date and time above are in this zone." className="span-2">
          <select className="input" {...form.bind("timezone")}>
            {zones(v.timezone).map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </Field>
        {target?.kind !== "tracked_job" && (
          <>
            <Field label="Interviewer" field="interviewer_id" errors={form.errors}>
              <select className="input" {...form.bind("interviewer_id")}>
                <option value="">—</option>
                {(users.data?.items ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.full_name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Panelists" field="panelist_ids" errors={form.errors}>
              <div className="check-list" data-testid="panelists">
                {(users.data?.items ?? [])
                  .filter((u) => u.id !== v.interviewer_id)
                  .map((u) => (
                    <label key={u.id} className="check">
                      <input
                        type="checkbox"
                        name="panelist_ids"
                        value={u.id}
                        checked={panel.includes(u.id)}
                        onChange={(e) => setPanel((p) => (e.target.checked ? [...p, u.id] : p.filter((x) => x !== u.id)))}
                      />{" "}
                      {u.full_name}
                    </label>
                  ))}
                {users.data?.items.length === 0 && <span className="muted">No team members yet (Settings → users).</span>}
              </div>
            </Field>
          </>
        )}
        <Field label="Meeting link" field="meeting_link" errors={form.errors}>
          <input className="input" {...form.bind("meeting_link")} type="url" placeholder="https://meet…" />
        </Field>
        <Field label="Location" field="location" errors={form.errors}>
          <input className="input" {...form.bind("location")} placeholder="Office, room 4B" />
        </Field>
        <Field label="Interviewers" field="interviewers" errors={form.errors} className="span-2" hint="Names, separated by commas.">
          <input className="input" {...form.bind("interviewers")} placeholder="Jo Park, Sam Lee" />
        </Field>
        <Field label="Room" field="meeting_room" errors={form.errors}>
          <input className="input" {...form.bind("meeting_room")} placeholder="4B" />
        </Field>
        <Field label="Preparation notes" field="preparation_notes" errors={form.errors} className="span-2">
          <textarea className="input" rows={3} {...form.bind("preparation_notes")} />
        </Field>
        {clash && (
          <div className="warning span-2" role="alert" data-testid="double-booking-warning">
            <p>{clash}</p>
            <label className="check">
              <input type="checkbox" data-testid="allow-double-booking" checked={override} onChange={(e) => setOverride(e.target.checked)} /> Schedule anyway
            </label>
          </div>
        )}
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
