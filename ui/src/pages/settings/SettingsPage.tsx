// Settings: this installation (database path, schema and app versions), the starting workspace
// (role), where the data lives, the theme, and the keyboard shortcuts.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { AppSetup, Role } from "../../bindings";
import { shell } from "../../api";
import { FollowUpCard } from "./FollowUpCard";
import { ShortcutList } from "../../app/ShortcutList";
import { Button } from "../../components/Button";
import { Field, FormError } from "../../components/Field";
import { ErrorState, Loading, PageHeader } from "../../components/Page";
import { Segmented } from "../../components/Segmented";
import { ROLE } from "../../lib/enums";
import { useCoreForm } from "../../lib/form";
import { useShell } from "../../lib/queries";
import { useTheme, type ThemeChoice } from "../../lib/theme";
import { ActionQueueSettings } from "./ActionQueueSettings";
import { useToast } from "../../lib/toast";
import { DemoDataCard } from "./DemoDataCard";
import { TeamCard } from "./TeamCard";

function Card({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <section className="settings-card">
      <div className="settings-card-head">
        <h2>{title}</h2>
        {description && <p className="muted">{description}</p>}
      </div>
      <div className="settings-card-body">{children}</div>
    </section>
  );
}

export function SettingsPage() {
  const info = useShell("app_info");
  const setup = useShell("app_setup_get");
  const { choice, setChoice } = useTheme();

  return (
    <div className="page settings">
      <PageHeader title="Settings" description="How Talentdesk is set up on this computer." />
      <Card title="This installation">
        {info.isPending || setup.isPending ? (
          <Loading />
        ) : info.isError ? (
          <ErrorState error={info.error} onRetry={() => void info.refetch()} />
        ) : (
          <dl className="kv">
            <dt>Database</dt>
            <dd className="mono selectable" data-testid="settings-db-path">
              {setup.data?.db_path ?? info.data.db_path ?? "in memory (not saved)"}
            </dd>
            <dt>Schema version</dt>
            <dd data-testid="settings-schema-version">{info.data.schema_version}</dd>
            <dt>App version</dt>
            <dd data-testid="settings-app-version">{info.data.version}</dd>
          </dl>
        )}
      </Card>
      {setup.data && <SetupCards setup={setup.data} />}
      {setup.isError && <ErrorState error={setup.error} onRetry={() => void setup.refetch()} />}
      <Card title="Follow-ups" description="When an application with no news is due a follow-up, and when it counts as ghosted.">
        <FollowUpCard />
      </Card>
      <Card
        title="Demo data"
        description="Try Talentdesk on realistic made-up people, jobs and pipelines. Adds to what is already here; the same amount always makes the same data."
      >
        <DemoDataCard />
      </Card>
      <Card title="Appearance" description="Follow the system, or pick light or dark. Also in the top bar.">
        <Segmented<ThemeChoice>
          label="Theme"
          value={choice}
          onChange={setChoice}
          options={[
            { value: "system", label: "System", testId: "theme-system" },
            { value: "light", label: "Light", testId: "theme-light" },
            { value: "dark", label: "Dark", testId: "theme-dark" },
          ]}
        />
      </Card>
      <Card title="Team" description="The people who interview and hire with you: interview panels and scorecards pick from them.">
        <TeamCard />
      </Card>
      <Card title="Action queue" description="When the recruiter's action queue calls an applicant new, and a candidate stale.">
        <ActionQueueSettings />
      </Card>
      <Card title="Keyboard shortcuts" description="Press ? anywhere to see these.">
        <ShortcutList />
      </Card>
    </div>
  );
}

function SetupCards({ setup }: { setup: AppSetup }) {
  const client = useQueryClient();
  const toast = useToast();
  const [role, setRole] = useState<Role>(setup.role ?? "job_seeker");
  const form = useCoreForm({ db_path: setup.db_path });
  const [savingRole, setSavingRole] = useState(false);

  const applySaved = (saved: AppSetup, movedDb: boolean) => {
    client.setQueryData(["shell", "app_setup_get"], saved);
    void client.invalidateQueries({ queryKey: ["shell", "app_info"] });
    if (movedDb) client.removeQueries({ predicate: (q) => q.queryKey[0] !== "shell" });
  };

  const saveRole = async (next: Role) => {
    setRole(next);
    setSavingRole(true);
    try {
      applySaved(await shell("app_setup_save", { role: next }), false);
      toast.show(`Talentdesk will open in ${ROLE[next]}`, "success");
    } catch (err) {
      setRole(setup.role ?? "job_seeker");
      toast.error(err);
    } finally {
      setSavingRole(false);
    }
  };

  const browse = async () => {
    try {
      const picked = await shell("pick_database_path", null);
      if (picked) form.set("db_path", picked);
    } catch (err) {
      form.fail(err);
    }
  };

  const saveDb = async () => {
    if (!form.requireFilled(["db_path"])) return;
    await form.submit(async () => {
      const saved = await shell("app_setup_save", { role, db_path: form.values.db_path.trim() });
      applySaved(saved, true);
      toast.show("Data location changed", "success");
    });
  };

  const changed = form.values.db_path.trim() !== setup.db_path;

  return (
    <>
      <Card title="Starting workspace" description="Which workspace opens when you start Talentdesk. You can switch any time in the sidebar.">
        <Segmented<Role>
          label="Role"
          value={role}
          onChange={(r) => !savingRole && r !== role && void saveRole(r)}
          options={[
            { value: "job_seeker", label: "I'm looking for a job", testId: "settings-role-job_seeker" },
            { value: "recruiter", label: "I'm hiring", testId: "settings-role-recruiter" },
          ]}
        />
      </Card>
      <Card
        title="Data location"
        description="Your database is a single file. Pick another file to start fresh there, or to open one you already have."
      >
        <form
          className="form-stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void saveDb();
          }}
        >
          <Field
            label="Database file"
            field="db_path"
            errors={form.errors}
            hint={
              setup.db_path_locked
                ? "The TALENTDESK_DB environment variable sets the database for this session, so it can't be changed here."
                : `Default: ${setup.default_db_path}`
            }
          >
            <div className="input-row">
              <input className="input mono" {...form.bind("db_path")} disabled={setup.db_path_locked} spellCheck={false} />
              <Button icon="folder" onClick={() => void browse()} disabled={setup.db_path_locked}>
                Browse…
              </Button>
            </div>
          </Field>
          <FormError message={form.formError} />
          <div>
            <Button type="submit" variant="primary" disabled={setup.db_path_locked || !changed} busy={form.busy} data-testid="settings-save-db">
              Use this location
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}
