// "New goal": what you're working towards, how important it is, by when, and the milestones that
// get you there.
import { useState } from "react";
import type { GoalStatus, Priority } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { Icon } from "../../components/Icon";
import { EnumSelect } from "../../components/Select";
import { GOAL_STATUS, PRIORITY } from "../../lib/enums";
import { compact } from "../../lib/format";
import { fieldError, useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

type MilestoneRow = { key: number; title: string; due_date: string };

export function GoalForm({ onClose }: { onClose: () => void }) {
  const form = useCoreForm({ title: "", description: "", priority: "medium", status: "not_started", target_date: "" });
  const [rows, setRows] = useState<MilestoneRow[]>([{ key: 1, title: "", due_date: "" }]);
  const create = useCommandMutation("goal_create");
  const toast = useToast();
  const v = form.values;

  const setRow = (key: number, patch: Partial<MilestoneRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    if (!form.requireFilled(["title"])) return;
    const milestones = rows.filter((r) => r.title.trim()).map((r) => compact({ title: r.title, due_date: r.due_date }));
    await form.submit(async () => {
      const g = await create.mutateAsync(
        compact({
          title: v.title,
          description: v.description,
          priority: v.priority as Priority,
          status: v.status as GoalStatus,
          target_date: v.target_date,
          milestones: milestones.length ? milestones : undefined,
        }),
      );
      toast.show(`Goal “${g.title}” added`, "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="New goal"
      description="Something you're working towards, broken into milestones you can tick off."
      onClose={onClose}
      size="md"
      testId="goal-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-goal">
            Save goal
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Goal" field="title" errors={form.errors} required className="span-2">
          <input className="input" {...form.bind("title")} placeholder="Land a staff engineer role" data-autofocus />
        </Field>
        <Field label="Priority" field="priority" errors={form.errors}>
          <EnumSelect id="f-priority" name="priority" labels={PRIORITY} value={v.priority as Priority} onChange={(x) => form.set("priority", x || "medium")} />
        </Field>
        <Field label="Target date" field="target_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("target_date")} />
        </Field>
        <Field label="Status" field="status" errors={form.errors}>
          <EnumSelect id="f-status" name="status" labels={GOAL_STATUS} value={v.status as GoalStatus} onChange={(x) => form.set("status", x || "not_started")} />
        </Field>
        <div />
        <Field label="Why it matters" field="description" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("description")} />
        </Field>
        <fieldset className="milestone-rows span-2">
          <legend className="field-label">Milestones</legend>
          {rows.map((r, i) => (
            <div key={r.key} className="milestone-row">
              <input
                className="input"
                aria-label={`Milestone ${i + 1}`}
                name={`milestones.${i}.title`}
                value={r.title}
                placeholder={i === 0 ? "Update CV and portfolio" : "Next step"}
                onChange={(e) => setRow(r.key, { title: e.target.value })}
              />
              <input
                className="input"
                type="date"
                aria-label={`Milestone ${i + 1} due date`}
                value={r.due_date}
                onChange={(e) => setRow(r.key, { due_date: e.target.value })}
              />
              <button type="button" className="icon-btn" aria-label={`Remove milestone ${i + 1}`} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                <Icon name="x" />
              </button>
            </div>
          ))}
          {fieldError(form.errors, "milestones") && (
            <p className="field-error" data-testid="field-error-milestones">
              {fieldError(form.errors, "milestones")}
            </p>
          )}
          <div>
            <Button size="sm" variant="ghost" icon="plus" onClick={() => setRows((rs) => [...rs, { key: Date.now(), title: "", due_date: "" }])}>
              Add milestone
            </Button>
          </div>
        </fieldset>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
