// The first-run screen: choose a role (which workspace opens) and where the database lives, then
// `app_setup_save`. Errors that name a field show under it.
import { useState } from "react";
import type { AppSetup, Role } from "../bindings";
import { shell } from "../api";
import { Button } from "../components/Button";
import { Field, FormError } from "../components/Field";
import { Icon, type IconName } from "../components/Icon";
import { useCoreForm } from "../lib/form";

const ROLES: Array<{ role: Role; title: string; text: string; icon: IconName }> = [
  {
    role: "job_seeker",
    title: "I'm looking for a job",
    text: "Track applications on a board, set goals and practise interview questions.",
    icon: "briefcase",
  },
  {
    role: "recruiter",
    title: "I'm hiring",
    text: "Keep candidates, requisitions, pipelines, interviews and clients in one place.",
    icon: "users",
  },
];

export function FirstRun({ setup, onDone }: { setup: AppSetup; onDone: (saved: AppSetup) => void }) {
  const [role, setRole] = useState<Role | null>(setup.role);
  const form = useCoreForm({ db_path: setup.db_path_locked ? setup.db_path : setup.default_db_path });

  const browse = async () => {
    try {
      const picked = await shell("pick_database_path", null);
      if (picked) form.set("db_path", picked);
    } catch (err) {
      form.fail(err);
    }
  };

  const save = async () => {
    if (!role) return;
    const path = form.values.db_path.trim();
    await form.submit(async () => {
      onDone(await shell("app_setup_save", setup.db_path_locked || !path ? { role } : { role, db_path: path }));
    });
  };

  return (
    <div className="first-run" data-testid="first-run">
      <div className="first-run-inner">
        <div className="first-run-brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="logo" size={22} />
          </span>
          Talentdesk
        </div>
        <h1>Welcome to Talentdesk</h1>
        <p className="first-run-lead">
          Your job search and hiring desk. Everything stays in a database on this computer and works offline.
        </p>

        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset className="role-cards">
            <legend className="field-label">What brings you here?</legend>
            {ROLES.map((r) => (
              <button
                key={r.role}
                type="button"
                className={`role-card${role === r.role ? " is-selected" : ""}`}
                aria-pressed={role === r.role}
                data-testid={`role-${r.role}`}
                onClick={() => setRole(r.role)}
              >
                <span className="role-icon">
                  <Icon name={r.icon} size={22} />
                </span>
                <span className="role-title">{r.title}</span>
                <span className="role-text">{r.text}</span>
                <span className="role-check" aria-hidden="true">
                  <Icon name="check" size={14} />
                </span>
              </button>
            ))}
          </fieldset>
          {form.errors.role && (
            <p className="field-error" data-testid="field-error-role" role="alert">
              {form.errors.role}
            </p>
          )}

          <Field
            label="Where your data lives"
            field="db_path"
            errors={form.errors}
            hint={
              setup.db_path_locked
                ? "The TALENTDESK_DB environment variable sets the database for this session, so it can't be changed here."
                : "A single SQLite file. Keep the default, or choose a folder that you back up."
            }
          >
            <div className="input-row">
              <input
                className="input mono"
                data-testid="db-path"
                {...form.bind("db_path")}
                disabled={setup.db_path_locked}
                spellCheck={false}
              />
              <Button onClick={() => void browse()} disabled={setup.db_path_locked} icon="folder">
                Browse…
              </Button>
            </div>
          </Field>
          <FormError message={form.formError} />

          <div className="first-run-actions">
            <Button
              type="submit"
              variant="primary"
              data-testid="first-run-continue"
              disabled={!role}
              busy={form.busy}
              title={role ? undefined : "Choose what brings you here first"}
            >
              Continue
            </Button>
            {!role && <span className="muted">Choose one of the two to continue.</span>}
          </div>
        </form>
      </div>
    </div>
  );
}
