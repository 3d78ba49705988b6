// The leads list on the Clients page: prospective clients by status, soonest follow-up first,
// with "Convert to client" (a client created from the lead, which marks it converted).
import { useState } from "react";
import type { Lead, LeadStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { DataTable, columnHelper } from "../../components/DataTable";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState, Loading, Toolbar } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { LEAD_STATUS, LEAD_TONE, SERVICE_TYPE } from "../../lib/enums";
import { dateTime, money, relative } from "../../lib/format";
import { useCommand } from "../../lib/queries";
import { ClientForm } from "./ClientForm";

const col = columnHelper<Lead>();
const STATUS_ORDER = Object.keys(LEAD_STATUS);

function columns(onConvert: (l: Lead) => void) {
  return [
    col.accessor("company_name", {
      header: "Company",
      meta: { width: "24%" },
      cell: (c) => (
        <span className="cell-stack">
          <span className="cell-strong">{c.getValue()}</span>
          <span className="muted">{[c.row.original.contact_person, c.row.original.contact_email].filter(Boolean).join(" · ")}</span>
        </span>
      ),
    }),
    col.accessor("status", {
      header: "Status",
      meta: { width: "13%" },
      sortFn: (a, b) => STATUS_ORDER.indexOf(a.original.status) - STATUS_ORDER.indexOf(b.original.status),
      cell: (c) => <Chip tone={LEAD_TONE[c.getValue()]}>{LEAD_STATUS[c.getValue()]}</Chip>,
    }),
    col.accessor((l) => (l.service_type ? SERVICE_TYPE[l.service_type] : ""), { id: "service", header: "Service", meta: { width: "15%" } }),
    col.accessor((l) => l.estimated_value_minor ?? -1, {
      id: "value",
      header: "Value",
      meta: { width: "11%" },
      cell: (c) => <span className="num">{money(c.row.original.estimated_value_minor, c.row.original.currency)}</span>,
    }),
    col.accessor((l) => l.probability ?? -1, {
      id: "probability",
      header: "Chance",
      meta: { width: "8%" },
      cell: (c) => (c.row.original.probability !== null ? <span className="num">{c.row.original.probability}%</span> : ""),
    }),
    col.accessor((l) => l.next_follow_up_at ?? "", {
      id: "follow_up",
      header: "Follow up",
      meta: { width: "12%" },
      cell: (c) => {
        const at = c.row.original.next_follow_up_at;
        if (!at) return "";
        const overdue = new Date(at).getTime() < Date.now() && !["converted", "lost"].includes(c.row.original.status);
        return (
          <span className={overdue ? "overdue" : "muted"} title={dateTime(at)}>
            {relative(at)}
          </span>
        );
      },
    }),
    col.display({
      id: "actions",
      header: "",
      meta: { width: "17%" },
      cell: (c) =>
        c.row.original.status === "converted" || c.row.original.status === "lost" ? null : (
          <Button size="sm" onClick={() => onConvert(c.row.original)}>
            Convert to client
          </Button>
        ),
    }),
  ];
}

export function LeadsView({ onNew }: { onNew: () => void }) {
  const [status, setStatus] = useState<LeadStatus | "">("");
  const [converting, setConverting] = useState<Lead | null>(null);
  const list = useCommand("lead_list", { ...(status ? { status } : {}), limit: 500 });

  return (
    <>
      <Toolbar>
        <EnumSelect labels={LEAD_STATUS} value={status} onChange={setStatus} empty="All statuses" aria-label="Filter leads by status" />
      </Toolbar>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 && !status ? (
        <EmptyState
          icon="flag"
          title="Track your first lead"
          action={
            <Button variant="primary" icon="plus" onClick={onNew}>
              New lead
            </Button>
          }
        >
          Leads are companies you're talking to about recruiting for them. Note what the deal could be worth and when to
          follow up; convert a lead into a client when they sign.
        </EmptyState>
      ) : (
        <DataTable
          label="Leads"
          data={list.data.items}
          columns={columns(setConverting)}
          rowId={(l) => l.id}
          rowTestId="lead-row"
          initialSort={[]}
          footer={<p className="table-foot">{list.data.items.length === 0 ? "No leads with this status." : `${list.data.items.length} of ${list.data.total} leads`}</p>}
        />
      )}
      {converting && <ClientForm fromLead={converting} onClose={() => setConverting(null)} />}
    </>
  );
}
