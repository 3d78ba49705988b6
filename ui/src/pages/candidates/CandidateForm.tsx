// "New candidate": a profile with contact details, status, experience and skills (typed
// comma-separated, shown as chips). The email is not checked here: the core says what is wrong.
import type { CandidateStatus, ExperienceLevel } from "../../bindings";
import { Button } from "../../components/Button";
import { ChipsInput, useChips } from "../../components/ChipsInput";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { CANDIDATE_STATUS, EXPERIENCE_LEVEL } from "../../lib/enums";
import { compact, toNumber } from "../../lib/format";
import { fieldError, useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const EMPTY = {
  full_name: "",
  email: "",
  phone: "",
  location: "",
  current_role: "",
  headline: "",
  status: "new",
  experience_level: "",
  total_experience_years: "",
  linkedin_url: "",
  source: "",
};

export function CandidateForm({ onClose }: { onClose: () => void }) {
  const form = useCoreForm(EMPTY);
  const skills = useChips();
  const create = useCommandMutation("candidate_create");
  const toast = useToast();
  const v = form.values;

  const save = async () => {
    if (!form.requireFilled(["full_name"])) return;
    const allSkills = skills.all();
    await form.submit(async () => {
      const c = await create.mutateAsync(
        compact({
          full_name: v.full_name,
          email: v.email,
          phone: v.phone,
          location: v.location,
          current_role: v.current_role,
          headline: v.headline,
          status: v.status as CandidateStatus,
          experience_level: (v.experience_level || undefined) as ExperienceLevel | undefined,
          total_experience_years: toNumber(v.total_experience_years),
          linkedin_url: v.linkedin_url,
          source: v.source,
          skills: allSkills.length ? allSkills.map((name) => ({ name })) : undefined,
        }),
      );
      toast.show(`Added ${c.full_name}`, "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="New candidate"
      description="Add someone you might place. Only the name is required; you can fill in the rest later."
      onClose={onClose}
      size="lg"
      testId="candidate-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" data-testid="save-candidate" busy={form.busy}>
            Save candidate
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Full name" field="full_name" errors={form.errors} required>
          <input className="input" {...form.bind("full_name")} placeholder="Ada Lovelace" data-autofocus autoComplete="off" />
        </Field>
        <Field label="Email" field="email" errors={form.errors}>
          <input className="input" {...form.bind("email")} type="text" inputMode="email" placeholder="ada@example.com" autoComplete="off" />
        </Field>
        <Field label="Phone" field="phone" errors={form.errors}>
          <input className="input" {...form.bind("phone")} type="tel" placeholder="+44 20 7946 0000" />
        </Field>
        <Field label="Location" field="location" errors={form.errors}>
          <input className="input" {...form.bind("location")} placeholder="London, UK" />
        </Field>
        <Field label="Current role" field="current_role" errors={form.errors}>
          <input className="input" {...form.bind("current_role")} placeholder="Staff Engineer" />
        </Field>
        <Field label="Status" field="status" errors={form.errors}>
          <EnumSelect id="f-status" name="status" labels={CANDIDATE_STATUS} value={v.status as CandidateStatus} onChange={(x) => form.set("status", x || "new")} />
        </Field>
        <Field label="Experience level" field="experience_level" errors={form.errors}>
          <EnumSelect id="f-experience_level" name="experience_level" labels={EXPERIENCE_LEVEL} empty="Not specified" value={v.experience_level as ExperienceLevel | ""} onChange={(x) => form.set("experience_level", x)} />
        </Field>
        <Field label="Years of experience" field="total_experience_years" errors={form.errors}>
          <input className="input" {...form.bind("total_experience_years")} inputMode="decimal" placeholder="6" />
        </Field>
        <Field label="Headline" field="headline" errors={form.errors} className="span-2">
          <input className="input" {...form.bind("headline")} placeholder="Backend engineer who loves distributed systems" />
        </Field>
        <Field label="LinkedIn URL" field="linkedin_url" errors={form.errors}>
          <input className="input" {...form.bind("linkedin_url")} type="url" placeholder="https://www.linkedin.com/in/…" />
        </Field>
        <Field label="Source" field="source" errors={form.errors} hint="Referral, job board, event…">
          <input className="input" {...form.bind("source")} />
        </Field>
        <Field label="Skills" field="skills" htmlFor="f-skills" errors={form.errors} className="span-2" hint="Separate with commas or press Enter.">
          <ChipsInput id="f-skills" name="skills" chips={skills} placeholder="TypeScript, Rust, Team leadership" invalid={!!fieldError(form.errors, "skills")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
