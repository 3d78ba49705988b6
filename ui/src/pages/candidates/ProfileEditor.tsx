// The candidate's full master profile (seed 003 sections A–E and G) in one form, saved as a
// whole: the core checks every field and saves nothing when one is wrong, naming it. Fields are
// described once in SECTIONS and rendered from there. Salary is typed in major units.
import type { CandidateProfileFields } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { ErrorState, Loading } from "../../components/Page";
import {
  CANDIDATE_STATUS,
  CONTACT_MODE,
  EXPERIENCE_LEVEL,
  JOB_TYPE_PREFERENCE,
  RELOCATION,
  SECTOR,
  SHIFT,
} from "../../lib/enums";
import { splitList, toMinor, toNumber } from "../../lib/format";
import { unnest, useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

type Key = keyof CandidateProfileFields;
type Kind = "text" | "long" | "number" | "money" | "date" | "bool" | "list" | { labels: Record<string, string> };
type Def = [Key, string, Kind?];

export const SECTIONS: Array<[string, Def[]]> = [
  ["A · Identity and contact", [
    ["full_name", "Full name"], ["email", "Email"], ["phone", "Phone"], ["location", "Location"],
    ["headline", "Headline"], ["status", "Status", { labels: CANDIDATE_STATUS }], ["linkedin_url", "LinkedIn URL"],
    ["portfolio_url", "Portfolio URL"], ["github_url", "GitHub URL"], ["source", "Source"],
    ["is_actively_searching", "Actively searching", "bool"], ["bio", "Professional summary", "long"], ["notes", "Recruiter notes", "long"],
  ]],
  ["B · Education", [
    ["highest_education", "Highest education"], ["year_of_passing", "Year of passing", "number"],
    ["projects_summary", "Projects summary", "long"],
  ]],
  ["C · Job preferences", [
    ["total_experience_years", "Total experience (years)", "number"], ["experience_level", "Level", { labels: EXPERIENCE_LEVEL }],
    ["current_role", "Current role"], ["expected_role", "Expected role"],
    ["job_type_preference", "Job type", { labels: JOB_TYPE_PREFERENCE }], ["ready_to_relocate", "Ready to relocate", { labels: RELOCATION }],
    ["current_locations", "Current locations", "list"], ["preferred_locations", "Preferred locations", "list"],
    ["notice_period_days", "Notice period (days)", "number"], ["availability_date", "Available from", "date"],
    ["availability_percentage", "Availability (%)", "number"], ["shift_preference", "Shift", { labels: SHIFT }],
    ["work_authorization", "Work authorization"],
  ]],
  ["D · Salary", [
    ["current_ctc_minor", "Current CTC", "money"], ["expected_ctc_minor", "Expected CTC", "money"],
    ["ctc_currency", "Currency"], ["is_ctc_negotiable", "Negotiable", "bool"],
  ]],
  ["E · Personal and broader preferences", [
    ["looking_for_jobs_abroad", "Open to jobs abroad", "bool"], ["sector_preference", "Sector", { labels: SECTOR }],
    ["preferred_industries", "Preferred industries", "list"], ["languages", "Languages", "list"],
    ["gender", "Gender"], ["marital_status", "Marital status"], ["date_of_birth", "Date of birth", "date"],
    ["reservation_category", "Reservation category"], ["disability", "Disability"],
    ["willingness_to_travel", "Willingness to travel"], ["has_driving_license", "Driving licence", "bool"],
  ]],
  ["G · Contact and availability", [
    ["has_current_offers", "Has current offers", "bool"], ["number_of_offers", "Number of offers", "number"],
    ["best_time_to_contact", "Best time to contact"], ["preferred_contact_mode", "Preferred contact", { labels: CONTACT_MODE }],
    ["alternate_email", "Alternate email"], ["alternate_phone", "Alternate phone"], ["time_zone", "Time zone"],
  ]],
];

const DEFS: Def[] = SECTIONS.flatMap(([, d]) => d);
type Values = Record<string, string | boolean>;

export function toValues(p: CandidateProfileFields): Values {
  const out: Values = {};
  for (const [key, , kind = "text"] of DEFS) {
    const v = p[key] as unknown;
    if (kind === "bool") out[key] = v === true;
    else if (kind === "list") out[key] = ((v as string[] | undefined) ?? []).join(", ");
    else if (kind === "money") out[key] = v == null ? "" : String((v as number) / 100);
    else out[key] = v == null ? "" : String(v);
  }
  return out;
}

export function toProfile(v: Values): CandidateProfileFields {
  const out: Record<string, unknown> = {};
  for (const [key, , kind = "text"] of DEFS) {
    const x = v[key];
    if (kind === "bool") out[key] = x === true;
    else if (kind === "list") out[key] = splitList(String(x));
    else if (typeof x === "string" && x.trim() === "") continue;
    else if (kind === "number") out[key] = toNumber(String(x)) ?? x;
    else if (kind === "money") out[key] = toMinor(String(x)) ?? x;
    else out[key] = x;
  }
  return out as CandidateProfileFields;
}

export function ProfileEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const profile = useCommand("candidate_profile_get", { id }, { staleTime: 0 });
  return (
    <Dialog title="Edit profile" description="The full master profile. Nothing is saved until every field checks out." onClose={onClose} size="lg" testId="profile-editor">
      {profile.isPending ? <Loading /> : profile.isError ? <ErrorState error={profile.error} /> : <ProfileForm id={id} initial={profile.data.profile} onClose={onClose} />}
    </Dialog>
  );
}

function ProfileForm({ id, initial, onClose }: { id: string; initial: CandidateProfileFields; onClose: () => void }) {
  const form = useCoreForm<Values>(toValues(initial));
  const update = useCommandMutation("candidate_profile_update");
  const toast = useToast();
  const save = async () => {
    if (!form.requireFilled(["full_name"])) return;
    await form.submit(async () => {
      await update.mutateAsync({ id, profile: toProfile(form.values) }).catch((e: unknown) => {
        throw unnest(e, "profile");
      });
      toast.show("Profile saved", "success");
      onClose();
    });
  };
  return (
    <form noValidate aria-label="Candidate profile" onSubmit={(e) => (e.preventDefault(), void save())}>
      {SECTIONS.map(([title, defs]) => (
        <fieldset key={title} className="form-grid profile-section">
          <legend className="form-section span-2">{title}</legend>
          {defs.map(([key, label, kind = "text"]) =>
            kind === "bool" ? (
              <label key={key} className="check">
                <input type="checkbox" name={key} checked={form.values[key] === true} onChange={(e) => form.set(key, e.target.checked)} />
                {label}
              </label>
            ) : (
              <Field key={key} label={label} field={key} errors={form.errors} required={key === "full_name"} className={kind === "long" ? "span-2" : undefined}
                hint={kind === "list" ? "Separate with commas." : undefined}>
                {typeof kind === "object" ? (
                  <select className="input" {...form.bind(key)}>
                    <option value="">Not set</option>
                    {Object.entries(kind.labels).map(([value, text]) => (
                      <option key={value} value={value}>
                        {text}
                      </option>
                    ))}
                  </select>
                ) : kind === "long" ? (
                  <textarea className="input" rows={2} {...form.bind(key)} />
                ) : (
                  <input className="input" type={kind === "date" ? "date" : "text"} inputMode={kind === "number" || kind === "money" ? "decimal" : undefined} {...form.bind(key)} />
                )}
              </Field>
            ),
          )}
        </fieldset>
      ))}
      <FormError message={form.formError} />
      <div className="subform-actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" busy={form.busy} data-testid="save-profile">
          Save profile
        </Button>
      </div>
    </form>
  );
}
