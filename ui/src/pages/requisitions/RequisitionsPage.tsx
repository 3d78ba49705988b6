// Recruiting → Requisitions: the roles being hired for, filtered by status and title; opening one
// (`#/requisitions/<id>`) shows its pipeline board.
import { useMemo, useState } from "react";
import type { Requisition, RequisitionStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { DataTable, columnHelper } from "../../components/DataTable";
import { EmptyState } from "../../components/EmptyState";
import { Icon } from "../../components/Icon";
import { ErrorState, Loading, PageHeader, Toolbar } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { EMPLOYMENT_TYPE, REQUISITION_STATUS, REQUISITION_TONE, WORK_MODE } from "../../lib/enums";
import { date } from "../../lib/format";
import { useNewAction } from "../../lib/keys";
import { useCommand } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useDebounced } from "../../lib/useDebounced";
import { CsvButtons } from "../candidates/CsvButtons";
import { PipelinePage } from "./PipelinePage";
import { RequisitionForm } from "./RequisitionForm";

const col = columnHelper<Requisition & { client_name: string }>();
const STATUS_ORDER = Object.keys(REQUISITION_STATUS);
const columns = [
  col.accessor("title", {
    header: "Title",
    cell: (c) => (
      <span className="cell-stack">
        <span className="cell-strong">{c.getValue()}</span>
        <span className="muted">{[c.row.original.department, EMPLOYMENT_TYPE[c.row.original.employment_type]].filter(Boolean).join(" · ")}</span>
      </span>
    ),
    meta: { width: "25%" },
  }),
  col.accessor("client_name", { header: "Client", meta: { width: "14%" } }),
  col.accessor((r) => (r.job_locations.length ? r.job_locations.join(", ") : WORK_MODE[r.work_mode]), { id: "locations", header: "Location", meta: { width: "18%" } }),
  col.accessor("status", {
    header: "Status", meta: { width: "12%" },
    sortFn: (a, b) => STATUS_ORDER.indexOf(a.original.status) - STATUS_ORDER.indexOf(b.original.status),
    cell: (c) => <Chip tone={REQUISITION_TONE[c.getValue()]}>{REQUISITION_STATUS[c.getValue()]}</Chip>,
  }),
  col.accessor("applicant_count", { header: "Applicants", meta: { width: "9%" }, cell: (c) => <span className="num">{c.getValue()}</span> }),
  col.accessor((r) => r.openings - r.positions_filled, {
    id: "openings",
    header: "Open seats", meta: { width: "10%" },
    cell: (c) => (
      <span className="num">
        {c.row.original.positions_filled}/{c.row.original.openings} filled
      </span>
    ),
  }),
  col.accessor("created_at", { header: "Created", meta: { width: "12%" }, cell: (c) => <span className="muted">{date(c.getValue())}</span> }),
];

export function RequisitionsPage() {
  const { route, navigate } = useRouter();
  if (route.id) return <PipelinePage key={route.id} id={route.id} onBack={() => navigate({ page: "requisitions" })} />;
  return <RequisitionList onOpen={(id) => navigate({ page: "requisitions", id })} />;
}

function RequisitionList({ onOpen }: { onOpen: (id: string) => void }) {
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<RequisitionStatus | "">("");
  const [creating, setCreating] = useState(false);
  const query = useDebounced(search.trim(), 200);
  const list = useCommand("requisition_list", { ...(query ? { query } : {}), ...(status ? { status } : {}), limit: 500 });
  const clients = useCommand("client_list", { limit: 500 });
  useNewAction(() => setCreating(true));

  const rows = useMemo(() => {
    const names = new Map((clients.data?.items ?? []).map((c) => [c.id, c.name]));
    return (list.data?.items ?? []).map((r) => ({ ...r, client_name: r.client_id ? (names.get(r.client_id) ?? "") : "Internal" }));
  }, [list.data, clients.data]);

  const filtered = query !== "" || status !== "";
  return (
    <div className="page page-wide">
      <PageHeader
        title="Requisitions"
        description="The roles you're hiring for. Open one to work its pipeline."
        actions={
          <>
            <CsvButtons kind="requisitions" />
            <Button variant="primary" icon="plus" data-testid="new-requisition" onClick={() => setCreating(true)}>
              New requisition
            </Button>
          </>
        }
      />
      <Toolbar>
        <label className="search-input">
          <Icon name="search" />
          <input type="search" aria-label="Search requisitions" placeholder="Search by title" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <EnumSelect labels={REQUISITION_STATUS} value={status} onChange={setStatus} empty="All statuses" aria-label="Filter by status" />
      </Toolbar>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 && !filtered ? (
        <EmptyState
          icon="clipboard"
          title="Open your first requisition"
          action={
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              New requisition
            </Button>
          }
        >
          A requisition is a role you're filling — for your company or a client. Each one gets a pipeline board where you
          add candidates and move them from screening to offer.
        </EmptyState>
      ) : (
        <DataTable
          label="Requisitions"
          data={rows}
          columns={columns}
          rowId={(r) => r.id}
          rowTestId="requisition-row"
          rowLabel={(r) => r.title}
          onOpen={(r) => onOpen(r.id)}
          initialSort={[{ id: "created_at", desc: true }]}
          footer={
            <p className="table-foot">
              {rows.length === 0 ? "No requisitions match these filters." : `${rows.length} of ${list.data.total} requisitions`}
            </p>
          }
        />
      )}
      {creating && <RequisitionForm onClose={() => setCreating(false)} />}
    </div>
  );
}
