// The jobs as a sortable table (the board's alternative view), filtered by status and text.
import type { JobStatus, TrackedJob, WorkMode } from "../../bindings";
import { Chip } from "../../components/Chip";
import { DataTable, columnHelper } from "../../components/DataTable";
import { ErrorState, Loading } from "../../components/Page";
import { JOB_STATUS, JOB_STATUSES, JOB_TONE, WORK_MODE } from "../../lib/enums";
import { date, moneyRange, relative } from "../../lib/format";
import { useCommand } from "../../lib/queries";

const col = columnHelper<TrackedJob>();
const statusOrder = (s: JobStatus) => JOB_STATUSES.indexOf(s);

const columns = [
  col.accessor("title", { header: "Title", cell: (c) => <span className="cell-strong">{c.getValue()}</span>, meta: { width: "20%" } }),
  col.accessor("company", { header: "Company", meta: { width: "12%" } }),
  col.accessor((j) => [j.location, j.work_mode ? WORK_MODE[j.work_mode] : null].filter(Boolean).join(" · "), {
    id: "location",
    header: "Location", meta: { width: "12%" },
  }),
  col.accessor("status", {
    header: "Status", meta: { width: "14%" },
    sortFn: (a, b) => statusOrder(a.original.status) - statusOrder(b.original.status),
    cell: (c) => <Chip tone={JOB_TONE[c.getValue()]}>{JOB_STATUS[c.getValue()]}</Chip>,
  }),
  col.accessor((j) => j.salary_max_minor ?? j.salary_min_minor ?? -1, {
    id: "salary",
    header: "Salary", meta: { width: "12%" },
    cell: (c) => moneyRange(c.row.original.salary_min_minor, c.row.original.salary_max_minor, c.row.original.currency),
  }),
  col.accessor((j) => j.source ?? "", { id: "source", header: "Source", meta: { width: "10%" } }),
  col.accessor((j) => j.applied_at ?? "", { id: "applied_at", header: "Applied", meta: { width: "10%" }, cell: (c) => (c.getValue() ? date(c.getValue()) : "") }),
  col.accessor("updated_at", { header: "Updated", meta: { width: "10%" }, cell: (c) => <span className="muted">{relative(c.getValue())}</span> }),
];

export function JobTable({ query, status, workMode = "", onOpen }: { query: string; status: JobStatus | ""; workMode?: WorkMode | ""; onOpen: (id: string) => void }) {
  const request = { ...(query ? { query } : {}), ...(status ? { status } : {}), ...(workMode ? { work_mode: workMode } : {}), limit: 500 };
  const list = useCommand("tracked_job_list", request);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <DataTable
      label="Tracked jobs"
      data={list.data.items}
      columns={columns}
      rowId={(j) => j.id}
      rowTestId="job-card"
      rowLabel={(j) => `${j.title} at ${j.company}`}
      onOpen={(j) => onOpen(j.id)}
      initialSort={[{ id: "updated_at", desc: true }]}
      footer={
        <p className="table-foot">
          {list.data.items.length === 0
            ? "No jobs match these filters."
            : `${list.data.items.length} of ${list.data.total} job${list.data.total === 1 ? "" : "s"}`}
        </p>
      }
    />
  );
}
