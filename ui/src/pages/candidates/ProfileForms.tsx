// The small inline forms of the candidate drawer: add a skill, add or edit a position, add education.
// Dates are sent as typed (YYYY-MM-DD from date inputs); the core validates them.
import type { SkillCategory, SkillLevel, WorkHistoryEntry } from "../../bindings";
import { Button } from "../../components/Button";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { SKILL_CATEGORY, SKILL_LEVEL } from "../../lib/enums";
import { compact, splitList } from "../../lib/format";
import { unnest, useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";

function Actions({ busy, onCancel, label }: { busy: boolean; onCancel: () => void; label: string }) {
  return (
    <div className="subform-actions">
      <Button size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <Button size="sm" variant="primary" type="submit" busy={busy}>
        {label}
      </Button>
    </div>
  );
}

export function SkillForm({ candidateId, onDone }: { candidateId: string; onDone: () => void }) {
  const form = useCoreForm({ name: "", level: "", category: "" });
  const add = useCommandMutation("candidate_skill_add");
  const v = form.values;
  const save = async () => {
    if (!form.requireFilled(["name"])) return;
    const ok = await form.submit(() =>
      add.mutateAsync({
        candidate_id: candidateId,
        skill: compact({
          name: v.name,
          level: (v.level || undefined) as SkillLevel | undefined,
          category: (v.category || undefined) as SkillCategory | undefined,
        }),
      }),
    );
    if (ok) onDone();
  };
  return (
    <form className="subform" aria-label="Add skill" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <div className="form-row-3 form-row-skill">
        <Field label="Skill" field="name" errors={form.errors} required>
          <input className="input" {...form.bind("name")} placeholder="PostgreSQL" data-autofocus autoFocus />
        </Field>
        <Field label="Level" field="level" errors={form.errors}>
          <EnumSelect id="f-level" name="level" labels={SKILL_LEVEL} empty="—" value={v.level as SkillLevel | ""} onChange={(x) => form.set("level", x)} />
        </Field>
        <Field label="Category" field="category" errors={form.errors}>
          <EnumSelect id="f-category" name="category" labels={SKILL_CATEGORY} empty="—" value={v.category as SkillCategory | ""} onChange={(x) => form.set("category", x)} />
        </Field>
      </div>
      <FormError message={form.formError} />
      <Actions busy={form.busy} onCancel={onDone} label="Add skill" />
    </form>
  );
}

/** Add a position (no `entry`) or edit one (section F of the profile). */
export function WorkForm({ candidateId, entry, onDone }: { candidateId: string; entry?: WorkHistoryEntry; onDone: () => void }) {
  const form = useCoreForm({
    company_name: entry?.company_name ?? "",
    job_title: entry?.job_title ?? "",
    location: entry?.location ?? "",
    start_date: entry?.start_date ?? "",
    end_date: entry?.end_date ?? "",
    is_current: (entry?.is_current ?? false) as boolean,
    responsibilities: entry?.responsibilities ?? "",
    tools_used: (entry?.tools_used ?? []).join(", "),
    ctc_at_role: entry?.ctc_at_role ?? "",
  });
  const save_ = useCommandMutation("work_history_save");
  const v = form.values;
  const save = async () => {
    if (!form.requireFilled(["company_name", "job_title"])) return;
    const ok = await form.submit(() =>
      save_
        .mutateAsync({
          candidate_id: candidateId,
          ...(entry ? { id: entry.id } : {}),
          entry: compact({
            company_name: v.company_name,
            job_title: v.job_title,
            location: v.location,
            start_date: v.start_date,
            end_date: v.is_current ? undefined : v.end_date,
            is_current: v.is_current,
            responsibilities: v.responsibilities,
            tools_used: splitList(v.tools_used),
            ctc_at_role: v.ctc_at_role,
          }),
        })
        .catch((e: unknown) => {
          throw unnest(e, "entry");
        }),
    );
    if (ok) onDone();
  };
  const label = entry ? "Save position" : "Add position";
  return (
    <form className="subform" aria-label={label} noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <div className="form-row-2">
        <Field label="Job title" field="job_title" errors={form.errors} required>
          <input className="input" {...form.bind("job_title")} autoFocus />
        </Field>
        <Field label="Company" field="company_name" errors={form.errors} required>
          <input className="input" {...form.bind("company_name")} />
        </Field>
        <Field label="Start date" field="start_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("start_date")} />
        </Field>
        <Field label="End date" field="end_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("end_date")} disabled={v.is_current} />
        </Field>
        <Field label="Location" field="location" errors={form.errors}>
          <input className="input" {...form.bind("location")} />
        </Field>
        <Field label="CTC at this role" field="ctc_at_role" errors={form.errors}>
          <input className="input" {...form.bind("ctc_at_role")} placeholder="18 LPA" />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" name="is_current" checked={v.is_current} onChange={(e) => form.set("is_current", e.target.checked)} />
        Works here now
      </label>
      <Field label="Responsibilities" field="responsibilities" errors={form.errors}>
        <textarea className="input" rows={3} {...form.bind("responsibilities")} />
      </Field>
      <Field label="Tools used" field="tools_used" errors={form.errors} hint="Separate with commas.">
        <input className="input" {...form.bind("tools_used")} />
      </Field>
      <FormError message={form.formError} />
      <Actions busy={form.busy} onCancel={onDone} label={label} />
    </form>
  );
}

export function EducationForm({ candidateId, onDone }: { candidateId: string; onDone: () => void }) {
  const form = useCoreForm({ institution: "", degree: "", field_of_study: "", start_date: "", end_date: "" });
  const add = useCommandMutation("education_add");
  const v = form.values;
  const save = async () => {
    if (!form.requireFilled(["institution"])) return;
    const ok = await form.submit(() => add.mutateAsync(compact({ candidate_id: candidateId, ...v })));
    if (ok) onDone();
  };
  return (
    <form className="subform" aria-label="Add education" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <Field label="Institution" field="institution" errors={form.errors} required>
        <input className="input" {...form.bind("institution")} autoFocus />
      </Field>
      <div className="form-row-2">
        <Field label="Degree" field="degree" errors={form.errors}>
          <input className="input" {...form.bind("degree")} placeholder="BSc" />
        </Field>
        <Field label="Field of study" field="field_of_study" errors={form.errors}>
          <input className="input" {...form.bind("field_of_study")} placeholder="Computer Science" />
        </Field>
        <Field label="Start date" field="start_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("start_date")} />
        </Field>
        <Field label="End date" field="end_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("end_date")} />
        </Field>
      </div>
      <FormError message={form.formError} />
      <Actions busy={form.busy} onCancel={onDone} label="Add education" />
    </form>
  );
}
