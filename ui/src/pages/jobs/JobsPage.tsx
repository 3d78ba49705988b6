// Job search → Jobs: the tracked jobs as a kanban (or a table), the New job form and the detail
// drawer (route `#/jobs/<id>`).
import { useState } from "react";
import type { JobStatus, WorkMode } from "../../bindings";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { Icon } from "../../components/Icon";
import { PageHeader, Toolbar } from "../../components/Page";
import { Segmented } from "../../components/Segmented";
import { EnumSelect } from "../../components/Select";
import { JOB_STATUS, WORK_MODE } from "../../lib/enums";
import { useNewAction } from "../../lib/keys";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { ImportDialog } from "./ImportDialog";
import { useRouter } from "../../lib/router";
import { useDebounced } from "../../lib/useDebounced";
import { JobBoard } from "./JobBoard";
import { JobDrawer } from "./JobDrawer";
import { JobForm } from "./JobForm";
import { JobTable } from "./JobTable";

type View = "board" | "table";
const VIEW_KEY = "talentdesk.jobs.view";

export function JobsPage() {
  const { route, navigate } = useRouter();
  const [view, setViewState] = useState<View>(() => (localStorage.getItem(VIEW_KEY) === "table" ? "table" : "board"));
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<JobStatus | "">("");
  const [workMode, setWorkMode] = useState<WorkMode | "">("");
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const exporter = useCommandMutation("job_search_export");
  const toast = useToast();
  const exportAs = (format: "csv" | "json") =>
    exporter.mutate({ format }, { onSuccess: (r) => toast.show(`Exported to ${r.path}`, "success"), onError: (e) => toast.error(e) });
  const query = useDebounced(search.trim(), 200);
  const any = useCommand("tracked_job_list", { limit: 1 });
  useNewAction(() => setCreating(true));

  const setView = (v: View) => {
    setViewState(v);
    localStorage.setItem(VIEW_KEY, v);
  };
  const open = (id: string) => navigate({ page: "jobs", id });
  const isEmpty = any.data?.total === 0;

  return (
    <div className={`page page-wide${view === "board" ? " page-fill" : ""}`}>
      <PageHeader
        title="Jobs"
        description="Every job you're considering, from first interest to offer."
        actions={
          <>
            <Button icon="upload" data-testid="import-jobs" onClick={() => setImporting(true)}>
              Import CSV
            </Button>
            <Button icon="download" data-testid="export-csv" onClick={() => exportAs("csv")} busy={exporter.isPending}>
              Export CSV
            </Button>
            <Button icon="download" data-testid="export-json" onClick={() => exportAs("json")} busy={exporter.isPending}>
              Export JSON
            </Button>
            <Button variant="primary" icon="plus" data-testid="new-job" onClick={() => setCreating(true)}>
              New job
            </Button>
          </>
        }
      />
      <Toolbar>
        <label className="search-input">
          <Icon name="search" />
          <input
            type="search"
            aria-label="Search jobs"
            placeholder="Search title, company, location, description, notes"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        {view === "table" && (
          <>
            <EnumSelect labels={JOB_STATUS} value={status} onChange={setStatus} empty="All statuses" aria-label="Filter by status" />
            <EnumSelect labels={WORK_MODE} value={workMode} onChange={setWorkMode} empty="Any work mode" aria-label="Filter by work mode" />
          </>
        )}
        <div className="toolbar-spacer" />
        <Segmented
          label="View"
          value={view}
          onChange={setView}
          options={[
            { value: "board", label: <><Icon name="columns" /> Board</>, testId: "view-board" },
            { value: "table", label: <><Icon name="list" /> Table</>, testId: "view-table" },
          ]}
        />
      </Toolbar>
      {isEmpty && (
        <EmptyState
          icon="briefcase"
          title="Track your first job"
          action={
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              New job
            </Button>
          }
        >
          Paste a posting you're interested in and move it across the board as you progress — applied, interviewing,
          offer. Drag cards, or focus one and press Shift+→.
        </EmptyState>
      )}
      {view === "board" ? <JobBoard query={query} onOpen={open} /> : <JobTable query={query} status={status} workMode={workMode} onOpen={open} />}
      {creating && <JobForm onClose={() => setCreating(false)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {route.id && <JobDrawer key={route.id} id={route.id} onClose={() => navigate({ page: "jobs" })} />}
    </div>
  );
}
