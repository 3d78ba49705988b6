// Job search → Profile: who you are as a candidate — contact details, work history, education,
// skills with a level, and certifications. The whole profile is saved at once (`profile_save`);
// the core names the field of any error ("experience[1].end_date") and saves nothing then.
import { useEffect, useState } from "react";
import type { Profile, ProfileCertification, ProfileEducation, ProfileExperience, ProfileSkill, SkillLevel } from "../../bindings";
import { fieldMessage, toCoreError } from "../../api";
import { Button } from "../../components/Button";
import { Field, FormError } from "../../components/Field";
import { ErrorState, Loading, PageHeader } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { SKILL_LEVEL } from "../../lib/enums";
import type { FieldErrors } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const BASICS: Array<[keyof Profile & string, string]> = [
  ["full_name", "Name"],
  ["headline", "Headline"],
  ["email", "Email"],
  ["phone", "Phone"],
  ["location", "Location"],
  ["linkedin_url", "LinkedIn"],
  ["github_url", "GitHub"],
  ["website_url", "Website"],
];

/** Null from the core becomes "" in inputs; "" goes back as absent. */
const text = (v: unknown) => (v == null ? "" : String(v));
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== "" && v != null)) as T;

export function ProfilePage() {
  const profile = useCommand("profile_get", {});
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  return <ProfileEditor profile={profile.data} />;
}

function ProfileEditor({ profile }: { profile: Profile }) {
  const [p, setP] = useState<Profile>(profile);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useCommandMutation("profile_save");
  const toast = useToast();
  useEffect(() => setP(profile), [profile]);

  const set = (patch: Partial<Profile>) => setP((x) => ({ ...x, ...patch }));
  const list = <K extends "experience" | "education" | "skills" | "certifications">(key: K) => {
    const rows = (p[key] ?? []) as NonNullable<Profile[K]>;
    return {
      rows,
      update: (i: number, patch: object) => set({ [key]: rows.map((r, k) => (k === i ? { ...r, ...patch } : r)) } as Partial<Profile>),
      remove: (i: number) => set({ [key]: rows.filter((_, k) => k !== i) } as Partial<Profile>),
      add: (row: object) => set({ [key]: [...rows, row] } as Partial<Profile>),
    };
  };
  const jobs = list("experience");
  const schools = list("education");
  const skills = list("skills");
  const certs = list("certifications");

  const submit = () => {
    setErrors({});
    setFormError(null);
    const { candidate_id: _c, updated_at: _u, ...rest } = p;
    const request: Profile = {
      ...clean(rest),
      full_name: p.full_name,
      experience: (p.experience ?? []).map((e) => clean(e) as ProfileExperience),
      education: (p.education ?? []).map((e) => clean(e) as ProfileEducation),
      skills: (p.skills ?? []).map((s) => clean(s) as ProfileSkill),
      certifications: (p.certifications ?? []).map((c) => clean(c) as ProfileCertification),
    };
    save.mutate(request, {
      onSuccess: () => toast.show("Profile saved", "success"),
      onError: (err) => {
        const e = toCoreError(err);
        if (e.field) setErrors({ [e.field]: fieldMessage(e) });
        else setFormError(e.message);
        toast.error(e);
      },
    });
  };

  const input = (field: string, value: unknown, onChange: (v: string) => void, placeholder?: string) => (
    <input className="input" id={`f-${field}`} name={field} value={text(value)} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
  );

  return (
    <div className="page">
      <PageHeader
        title="Profile"
        description="Your experience, education, skills and certifications. Matching uses these skills when you pick the profile."
        actions={
          <Button variant="primary" data-testid="save-profile" busy={save.isPending} onClick={submit}>
            Save profile
          </Button>
        }
      />
      <form
        className="profile-form"
        data-testid="profile-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <FormError message={formError} />
        <section className="form-grid">
          {BASICS.map(([k, label]) => (
            <Field key={k} label={label} field={k} errors={errors} required={k === "full_name"}>
              {input(k, p[k], (v) => set({ [k]: v } as Partial<Profile>))}
            </Field>
          ))}
        </section>
        <Field label="Summary" field="summary" errors={errors}>
          <textarea className="input" id="f-summary" name="summary" rows={3} value={text(p.summary)} onChange={(e) => set({ summary: e.target.value })} />
        </Field>

        <h2 className="form-subhead">Experience</h2>
        {jobs.rows.map((e, i) => (
          <div className="form-row" key={e.id ?? `new-${i}`} data-testid="profile-job">
            <Field label="Title" field={`experience[${i}].job_title`} errors={errors}>
              {input(`experience[${i}].job_title`, e.job_title, (v) => jobs.update(i, { job_title: v }))}
            </Field>
            <Field label="Company" field={`experience[${i}].company_name`} errors={errors}>
              {input(`experience[${i}].company_name`, e.company_name, (v) => jobs.update(i, { company_name: v }))}
            </Field>
            <Field label="From" field={`experience[${i}].start_date`} errors={errors}>
              {input(`experience[${i}].start_date`, e.start_date, (v) => jobs.update(i, { start_date: v }), "2021-04")}
            </Field>
            <Field label="To" field={`experience[${i}].end_date`} errors={errors}>
              {input(`experience[${i}].end_date`, e.end_date, (v) => jobs.update(i, { end_date: v }), "2023-09")}
            </Field>
            <label className="check">
              <input type="checkbox" checked={!!e.is_current} onChange={(ev) => jobs.update(i, { is_current: ev.target.checked })} /> Current
            </label>
            <Button size="sm" variant="ghost" icon="trash" aria-label="Remove job" onClick={() => jobs.remove(i)} />
          </div>
        ))}
        <Button size="sm" variant="ghost" icon="plus" data-testid="add-job" onClick={() => jobs.add({ job_title: "", company_name: "" })}>
          Add job
        </Button>

        <h2 className="form-subhead">Education</h2>
        {schools.rows.map((e, i) => (
          <div className="form-row" key={e.id ?? `new-${i}`} data-testid="profile-school">
            <Field label="School" field={`education[${i}].institution`} errors={errors}>
              {input(`education[${i}].institution`, e.institution, (v) => schools.update(i, { institution: v }))}
            </Field>
            <Field label="Degree" field={`education[${i}].degree`} errors={errors}>
              {input(`education[${i}].degree`, e.degree, (v) => schools.update(i, { degree: v }))}
            </Field>
            <Field label="From" field={`education[${i}].start_date`} errors={errors}>
              {input(`education[${i}].start_date`, e.start_date, (v) => schools.update(i, { start_date: v }), "2015")}
            </Field>
            <Field label="To" field={`education[${i}].end_date`} errors={errors}>
              {input(`education[${i}].end_date`, e.end_date, (v) => schools.update(i, { end_date: v }), "2019")}
            </Field>
            <Button size="sm" variant="ghost" icon="trash" aria-label="Remove school" onClick={() => schools.remove(i)} />
          </div>
        ))}
        <Button size="sm" variant="ghost" icon="plus" onClick={() => schools.add({ institution: "" })}>
          Add school
        </Button>

        <h2 className="form-subhead">Skills</h2>
        {skills.rows.map((s, i) => (
          <div className="form-row" key={s.id ?? `new-${i}`} data-testid="profile-skill">
            <Field label="Skill" field={`skills[${i}].name`} errors={errors}>
              {input(`skills[${i}].name`, s.name, (v) => skills.update(i, { name: v }))}
            </Field>
            <Field label="Level" field={`skills[${i}].level`} errors={errors}>
              <EnumSelect
                labels={SKILL_LEVEL}
                value={(s.level ?? "") as SkillLevel | ""}
                empty="—"
                name={`skills[${i}].level`}
                onChange={(v) => skills.update(i, { level: v || undefined })}
              />
            </Field>
            <Button size="sm" variant="ghost" icon="trash" aria-label="Remove skill" onClick={() => skills.remove(i)} />
          </div>
        ))}
        <Button size="sm" variant="ghost" icon="plus" data-testid="add-skill" onClick={() => skills.add({ name: "" })}>
          Add skill
        </Button>

        <h2 className="form-subhead">Certifications</h2>
        {certs.rows.map((c, i) => (
          <div className="form-row" key={c.id ?? `new-${i}`} data-testid="profile-certification">
            <Field label="Name" field={`certifications[${i}].name`} errors={errors}>
              {input(`certifications[${i}].name`, c.name, (v) => certs.update(i, { name: v }))}
            </Field>
            <Field label="Issuer" field={`certifications[${i}].issuer`} errors={errors}>
              {input(`certifications[${i}].issuer`, c.issuer, (v) => certs.update(i, { issuer: v }))}
            </Field>
            <Field label="Issued" field={`certifications[${i}].issued_on`} errors={errors}>
              {input(`certifications[${i}].issued_on`, c.issued_on, (v) => certs.update(i, { issued_on: v }), "2023-06")}
            </Field>
            <Field label="Expires" field={`certifications[${i}].expires_on`} errors={errors}>
              {input(`certifications[${i}].expires_on`, c.expires_on, (v) => certs.update(i, { expires_on: v }))}
            </Field>
            <Button size="sm" variant="ghost" icon="trash" aria-label="Remove certification" onClick={() => certs.remove(i)} />
          </div>
        ))}
        <Button size="sm" variant="ghost" icon="plus" onClick={() => certs.add({ name: "" })}>
          Add certification
        </Button>
      </form>
    </div>
  );
}
