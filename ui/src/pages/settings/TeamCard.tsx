// Settings → Team: the people who interview, review and hire with you. Interview panels and
// scorecards pick from this list; adding someone here needs only a name and an email (sign-in
// passwords belong to the sync server's accounts, not to this list).
import type { UserRole } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Field } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export const TEAM_ROLE: Partial<Record<UserRole, string>> = {
  recruiter: "Recruiter",
  interviewer: "Interviewer",
  manager: "Hiring manager",
  admin: "Admin",
  associate: "Associate",
};

export function TeamCard() {
  const users = useCommand("user_list", { limit: 500 });
  const create = useCommandMutation("user_create");
  const form = useCoreForm({ full_name: "", email: "", role: "interviewer" });
  const toast = useToast();
  const team = (users.data?.items ?? []).filter((u) => u.role !== "candidate" && u.role !== "job_seeker");
  return (
    <div className="stack">
      {team.length > 0 && (
        <ul className="entry-list" aria-label="Team members">
          {team.map((u) => (
            <li className="entry-row" key={u.id} data-testid="team-member">
              <div>
                <div className="entry-title">{u.full_name}</div>
                <div className="entry-meta">{u.email}</div>
              </div>
              <Chip>{TEAM_ROLE[u.role] ?? u.role}</Chip>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form-row-3"
        noValidate
        data-testid="team-form"
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            const v = form.values;
            const user = await create.mutateAsync({ full_name: v.full_name, email: v.email, role: v.role as UserRole });
            toast.show(`${user.full_name} added to the team`, "success");
            form.setValues({ full_name: "", email: "", role: v.role });
          });
        }}
      >
        <Field label="Name" field="full_name" errors={form.errors}>
          <input className="input" {...form.bind("full_name")} />
        </Field>
        <Field label="Email" field="email" errors={form.errors}>
          <input className="input" type="email" {...form.bind("email")} />
        </Field>
        <Field label="Role" field="role" errors={form.errors}>
          <EnumSelect
            id="f-role"
            name="role"
            labels={TEAM_ROLE as Record<UserRole, string>}
            value={form.values.role as UserRole}
            onChange={(x) => form.set("role", x || "interviewer")}
          />
        </Field>
        <Button type="submit" variant="primary" busy={form.busy} data-testid="add-team-member">
          Add to team
        </Button>
      </form>
    </div>
  );
}
