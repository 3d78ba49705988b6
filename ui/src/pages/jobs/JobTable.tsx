// The jobs as a sortable table (the board's alternative view), filtered by status and text.
import type { JobStatus, TrackedJob } from "../../bindings";
import { Chip } from "../../components/Chip";
import { DataTable, columnHelper } from "../../components/DataTable";
import { ErrorState, Loading } from "../../components/Page";
import { JOB_STATUS, JOB_STATUSES, JOB_TONE, WORK_MODE } from "../../lib/enums";
import { moneyRange, relative } from "../../lib/format";
import { useCommand } from "../../lib/queries";

const col = columnHelper<TrackedJob>();
const statusOrder = (s: JobStatus) => JOB_STATUSES.indexOf(s);

const columns = [
  col.accessor("title", { header: "Title", cell: (c) => <span className="cell-strong">{c.getValue()}</span>, meta: { width: "23%" } }),
  col.accessor("company", { header: "Company", meta: { width: "14%" } }),
  col.accessor((j) => [j.location, j.work_mode ? WORK_MODE[j.work_mode] : null].filter(Boolean).join(" · "), {
    id: "location",
    header: "Location", meta: { width: "16%" },
  }),
  col.accessor("status", {
    header: "Status", meta: { width: "17%" },
    sortFn: (a, b) => statusOrder(a.original.status) - statusOrder(b.original.status),
    cell: (c) => <Chip tone={JOB_TONE[c.getValue()]}>{JOB_STATUS[c.getValue()]}</Chip>,
  }),
  col.accessor((j) => j.salary_max_minor ?? j.salary_min_minor ?? -1, {
    id: "salary",
    header: "Salary", meta: { width: "16%" },
    cell: (c) => moneyRange(c.row.original.salary_min_minor, c.row.original.salary_max_minor, c.row.original.currency),
  }),
  col.accessor("updated_at", { header: "Updated", meta: { width: "14%" }, cell: (c) => <span className="muted">{relative(c.getValue())}</span> }),
];

export function JobTable({ query, status, onOpen }: { query: string; status: JobStatus | ""; onOpen: (id: string) => void }) {
  const request = { ...(query ? { query } : {}), ...(status ? { status } : {}), limit: 500 };
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
