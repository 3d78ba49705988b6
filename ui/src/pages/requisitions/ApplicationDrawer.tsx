// One application on a pipeline: where it stands, move it, its timeline (`application_timeline`),
// notes (`application_note_add`) and scheduling an interview for it.
import { useState } from "react";
import type { Application, BoardColumn as Stage, FollowUpStatus, NoteType, TimelineEntry } from "../../bindings";
import { EnumSelect } from "../../components/Select";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Drawer, Facts, Section } from "../../components/Drawer";
import { Field, FormError } from "../../components/Field";
import { ErrorState, Loading } from "../../components/Page";
import { Timeline } from "../../components/Timeline";
import { APPLICATION_STATUS, FOLLOW_UP_STATUS, STAGE_TONE, type Tone } from "../../lib/enums";
import { compact, date, relative } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { ScheduleForm } from "../interviews/ScheduleForm";

const NOTE_TYPE: Record<NoteType, string> = { general: "Note", follow_up: "Follow-up", red_flag: "Red flag" };
const NOTE_TONE: Record<NoteType, Tone> = { general: "gray", follow_up: "blue", red_flag: "red" };

function label(text: string | null): string {
  if (!text) return "";
  return APPLICATION_STATUS[text as keyof typeof APPLICATION_STATUS] ?? text.replace(/_/g, " ");
}

function describe(e: TimelineEntry) {
  if (e.event_type === "created") return <>Added to the pipeline{e.to_stage ? <> in <strong>{e.to_stage}</strong></> : null}</>;
  if (e.from_stage || e.to_stage)
    return (
      <>
        {e.from_stage ?? "—"} → <strong>{e.to_stage ?? "—"}</strong>
      </>
    );
  if (e.previous_status || e.new_status)
    return (
      <>
        {label(e.previous_status)} → <strong>{label(e.new_status)}</strong>
      </>
    );
  return <>{e.event_type.replace(/_/g, " ")}</>;
}

export function ApplicationDrawer({
  app,
  appId,
  stages,
  requisitionTitle,
  onMove,
  onClose,
}: {
  app: Application | null;
  appId: string;
  stages: Stage[];
  requisitionTitle: string;
  onMove: (app: Application, toStage: string) => void;
  onClose: () => void;
}) {
  const timeline = useCommand("application_timeline", { application_id: appId });
  const [scheduling, setScheduling] = useState(false);
  const stage = stages.find((s) => s.stage_id === app?.stage_id);

  return (
    <Drawer
      title={app?.candidate_name ?? "Application"}
      subtitle={requisitionTitle}
      onClose={onClose}
      testId="application-drawer"
      actions={
        app && (
          <Button size="sm" variant="ghost" icon="calendar" onClick={() => setScheduling(true)}>
            Schedule interview
          </Button>
        )
      }
    >
      {app && (
        <>
          <div className="drawer-status">
            {stage && <Chip tone={STAGE_TONE[stage.kind]}>{stage.name}</Chip>}
            <label className="inline-label">
              Move to
              <select className="input" aria-label="Stage" value={app.stage_id ?? ""} onChange={(e) => onMove(app, e.target.value)}>
                {stages.map((s) => (
                  <option key={s.stage_id} value={s.stage_id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <Section title="Application">
            <Facts
              items={[
                ["Status", APPLICATION_STATUS[app.status]],
                ["Source", app.source],
                ["Applied", date(app.applied_at)],
                ["Match", app.match_score !== null ? `${Math.round(app.match_score)}%` : null],
                ["Updated", relative(app.updated_at)],
                ["Rejection reason", app.rejection_reason],
              ]}
            />
          </Section>
          <FollowUp key={app.id + app.updated_at} app={app} />
        </>
      )}
      <Section title="Timeline">
        {timeline.isPending ? (
          <Loading />
        ) : timeline.isError ? (
          <ErrorState error={timeline.error} />
        ) : (
          <Timeline
            empty="Nothing has happened yet."
            entries={timeline.data.map((e) => ({
              id: e.id,
              at: e.created_at,
              title: describe(e),
              body: [e.remarks, e.changed_by ? `by ${e.changed_by}` : null].filter(Boolean).join(" · ") || undefined,
              tone: e.to_stage ? (STAGE_TONE[stages.find((s) => s.name === e.to_stage)?.kind ?? "custom"]) : "gray",
            }))}
          />
        )}
      </Section>
      <Notes appId={appId} />
      {scheduling && app && (
        <ScheduleForm target={{ kind: "application", id: app.id, label: `${app.candidate_name} · ${requisitionTitle}` }} onClose={() => setScheduling(false)} />
      )}
    </Drawer>
  );
}

/** Follow-up status, next follow-up date and remarks (what the action queue reads). */
function FollowUp({ app }: { app: Application }) {
  const set = useCommandMutation("application_follow_up_set");
  const toast = useToast();
  const form = useCoreForm({
    follow_up_status: app.follow_up_status ?? "",
    next_follow_up_date: app.next_follow_up_date ?? "",
    follow_up_remarks: app.follow_up_remarks ?? "",
  });
  const v = form.values;
  const save = () =>
    form.submit(async () => {
      await set.mutateAsync(
        compact({
          id: app.id,
          follow_up_status: (v.follow_up_status || undefined) as FollowUpStatus | undefined,
          next_follow_up_date: v.next_follow_up_date,
          follow_up_remarks: v.follow_up_remarks,
        }),
      );
      toast.show("Follow-up saved", "success");
    });
  return (
    <Section title="Follow-up">
      <form className="subform" aria-label="Follow-up" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
        <div className="form-row-2">
          <Field label="Status" field="follow_up_status" errors={form.errors}>
            <EnumSelect id="f-follow_up_status" name="follow_up_status" labels={FOLLOW_UP_STATUS} empty="None" value={v.follow_up_status as FollowUpStatus | ""} onChange={(x) => form.set("follow_up_status", x)} />
          </Field>
          <Field label="Next follow-up" field="next_follow_up_date" errors={form.errors}>
            <input className="input" type="date" {...form.bind("next_follow_up_date")} />
          </Field>
        </div>
        <Field label="Remarks" field="follow_up_remarks" errors={form.errors}>
          <input className="input" {...form.bind("follow_up_remarks")} placeholder="Call after the client's feedback" />
        </Field>
        <FormError message={form.formError} />
        <div className="subform-actions">
          <Button size="sm" variant="primary" type="submit" busy={form.busy} data-testid="save-follow-up">
            Save follow-up
          </Button>
        </div>
      </form>
    </Section>
  );
}

function Notes({ appId }: { appId: string }) {
  const notes = useCommand("application_note_list", { application_id: appId });
  const add = useCommandMutation("application_note_add");
  const toast = useToast();
  const form = useCoreForm({ note_text: "", note_type: "general", is_private: false as boolean });
  const v = form.values;

  const save = async () => {
    if (!form.requireFilled(["note_text"])) return;
    await form.submit(async () => {
      await add.mutateAsync({
        application_id: appId,
        note_text: v.note_text,
        note_type: v.note_type as NoteType,
        is_private: v.is_private,
      });
      form.reset();
      toast.show("Note added", "success");
    });
  };

  return (
    <Section title="Notes">
      <form className="subform" noValidate onSubmit={(e) => (e.preventDefault(), void save())} aria-label="Add a note">
        <Field label="New note" field="note_text" errors={form.errors}>
          <textarea className="input" rows={3} {...form.bind("note_text")} placeholder="Strong system design answers; follow up on notice period." />
        </Field>
        <div className="subform-actions subform-actions-split">
          <div className="note-options">
            <select className="input" aria-label="Note type" {...form.bind("note_type")}>
              {(Object.keys(NOTE_TYPE) as NoteType[]).map((t) => (
                <option key={t} value={t}>
                  {NOTE_TYPE[t]}
                </option>
              ))}
            </select>
            <label className="check">
              <input type="checkbox" checked={v.is_private} onChange={(e) => form.set("is_private", e.target.checked)} />
              Private
            </label>
          </div>
          <Button size="sm" variant="primary" type="submit" busy={form.busy} data-testid="save-note">
            Add note
          </Button>
        </div>
        <FormError message={form.formError} />
      </form>
      {notes.data && notes.data.length > 0 && (
        <ul className="note-list">
          {notes.data.map((n) => (
            <li key={n.id} className="note">
              <div className="note-head">
                <Chip tone={NOTE_TONE[n.note_type]}>{NOTE_TYPE[n.note_type]}</Chip>
                {n.is_private && <span className="muted">Private</span>}
                <span className="muted">{relative(n.created_at)}</span>
              </div>
              <p className="prose">{n.note_text}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
