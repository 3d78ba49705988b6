// Recruiting → Clients: the companies you recruit for, searchable and filterable by status, with
// a detail drawer (`#/clients/<id>`) for contacts and their requisitions; and the leads that may
// become clients.
import { useState } from "react";
import type { Client, ClientStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { DataTable, columnHelper } from "../../components/DataTable";
import { EmptyState } from "../../components/EmptyState";
import { Icon } from "../../components/Icon";
import { ErrorState, Loading, PageHeader, Toolbar } from "../../components/Page";
import { Segmented } from "../../components/Segmented";
import { EnumSelect } from "../../components/Select";
import { CLIENT_STATUS, CLIENT_TONE } from "../../lib/enums";
import { date } from "../../lib/format";
import { useNewAction } from "../../lib/keys";
import { useCommand } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useDebounced } from "../../lib/useDebounced";
import { ClientDrawer } from "./ClientDrawer";
import { ClientForm } from "./ClientForm";
import { LeadForm } from "./LeadForm";
import { LeadsView } from "./LeadsView";

const col = columnHelper<Client>();
const columns = [
  col.accessor("name", { header: "Name", cell: (c) => <span className="cell-strong">{c.getValue()}</span>, meta: { width: "28%" } }),
  col.accessor((c) => c.industry ?? "", { id: "industry", header: "Industry", meta: { width: "18%" } }),
  col.accessor("status", { header: "Status", meta: { width: "12%" }, cell: (c) => <Chip tone={CLIENT_TONE[c.getValue()]}>{CLIENT_STATUS[c.getValue()]}</Chip> }),
  col.accessor("contact_count", { header: "Contacts", meta: { width: "10%" }, cell: (c) => <span className="num">{c.getValue()}</span> }),
  col.accessor((c) => c.contract_end_date ?? "", {
    id: "contract",
    header: "Contract", meta: { width: "20%" },
    cell: (c) => <span className="muted">{[date(c.row.original.contract_start_date), date(c.row.original.contract_end_date)].filter(Boolean).join(" – ")}</span>,
  }),
  col.accessor("created_at", { header: "Added", meta: { width: "12%" }, cell: (c) => <span className="muted">{date(c.getValue())}</span> }),
];

type Tab = "clients" | "leads";
const TAB_KEY = "talentdesk.clients.tab";

export function ClientsPage() {
  const [tab, setTabState] = useState<Tab>(() => (localStorage.getItem(TAB_KEY) === "leads" ? "leads" : "clients"));
  const [creatingLead, setCreatingLead] = useState(false);
  const setTab = (t: Tab) => {
    setTabState(t);
    localStorage.setItem(TAB_KEY, t);
  };
  useNewAction(tab === "leads" ? () => setCreatingLead(true) : null);
  return (
    <div className="page">
      <PageHeader
        title={tab === "clients" ? "Clients" : "Leads"}
        description={tab === "clients" ? "The companies you recruit for." : "Companies that could become clients."}
        actions={
          <>
            <Segmented<Tab>
              label="Clients or leads"
              value={tab}
              onChange={setTab}
              options={[
                { value: "clients", label: "Clients", testId: "tab-clients" },
                { value: "leads", label: "Leads", testId: "tab-leads" },
              ]}
            />
            {tab === "leads" && (
              <Button variant="primary" icon="plus" data-testid="new-lead" onClick={() => setCreatingLead(true)}>
                New lead
              </Button>
            )}
          </>
        }
      />
      {tab === "clients" ? <ClientList /> : <LeadsView onNew={() => setCreatingLead(true)} />}
      {creatingLead && <LeadForm onClose={() => setCreatingLead(false)} />}
    </div>
  );
}

function ClientList() {
  const { route, navigate } = useRouter();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<ClientStatus | "">("");
  const [creating, setCreating] = useState(false);
  const query = useDebounced(search.trim(), 200);
  const list = useCommand("client_list", { ...(query ? { query } : {}), ...(status ? { status } : {}), limit: 500 });
  useNewAction(() => setCreating(true));
  const open = route.id ? list.data?.items.find((c) => c.id === route.id) : undefined;
  const filtered = query !== "" || status !== "";

  return (
    <>
      <Toolbar>
        <label className="search-input">
          <Icon name="search" />
          <input type="search" aria-label="Search clients" placeholder="Search by name" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <EnumSelect labels={CLIENT_STATUS} value={status} onChange={setStatus} empty="All statuses" aria-label="Filter by status" />
        <div className="toolbar-spacer" />
        <Button variant="primary" icon="plus" data-testid="new-client" onClick={() => setCreating(true)}>
          New client
        </Button>
      </Toolbar>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 && !filtered ? (
        <EmptyState
          icon="building"
          title="Add your first client"
          action={
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              New client
            </Button>
          }
        >
          Clients are the companies you hire for. Keep their contract dates and contacts here, and link requisitions to
          them so every role shows who it's for.
        </EmptyState>
      ) : (
        <DataTable
          label="Clients"
          data={list.data.items}
          columns={columns}
          rowId={(c) => c.id}
          rowTestId="client-row"
          rowLabel={(c) => c.name}
          onOpen={(c) => navigate({ page: "clients", id: c.id })}
          initialSort={[{ id: "name", desc: false }]}
          footer={<p className="table-foot">{list.data.items.length === 0 ? "No clients match these filters." : `${list.data.items.length} of ${list.data.total} clients`}</p>}
        />
      )}
      {creating && <ClientForm onClose={() => setCreating(false)} />}
      {open && <ClientDrawer key={open.id} client={open} onClose={() => navigate({ page: "clients" })} />}
    </>
  );
}
