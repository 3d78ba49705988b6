// The client form, for new clients, converted leads and edits: billing details, status, contract
// dates, account manager and corporate identity (website, logo, brand colours, tax ids). A logo
// picked from disk is kept as a data URL: the app's content policy shows no remote images.
import { useState } from "react";
import type { Client, ClientFields, ClientStatus, Lead } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { CLIENT_STATUS } from "../../lib/enums";
import { compact, toNumber } from "../../lib/format";
import { unnest, useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const IDENTITY_KEYS = ["logo_url", "primary_color", "secondary_color"] as const;
const MAX_LOGO_BYTES = 200 * 1024;

type Identity = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");

/** Tax and registration ids: every identity key other than logo and colours, as `key: value` lines. */
function taxLines(identity: Identity): string {
  return Object.entries(identity)
    .filter(([k]) => !(IDENTITY_KEYS as readonly string[]).includes(k))
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join("\n");
}

export function parseTaxLines(text: string): Identity {
  const out: Identity = {};
  for (const line of text.split("\n")) {
    const i = line.indexOf(":");
    if (i > 0 && line.slice(i + 1).trim()) out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

export function ClientForm({ onClose, fromLead, client }: { onClose: () => void; fromLead?: Lead; client?: Client }) {
  const id: Identity = (client?.corporate_identity as Identity | undefined) ?? {};
  const form = useCoreForm({
    name: client?.name ?? fromLead?.company_name ?? "",
    industry: client?.industry ?? "",
    website: client?.website ?? "",
    status: client?.status ?? "active",
    billing_address: client?.billing_address ?? "",
    billing_email: client?.billing_email ?? "",
    payment_terms_days: client?.payment_terms_days != null ? String(client.payment_terms_days) : "",
    contract_start_date: client?.contract_start_date ?? "",
    contract_end_date: client?.contract_end_date ?? "",
    account_manager_id: client?.account_manager_id ?? "",
    notes: client?.notes ?? "",
    logo_url: str(id.logo_url),
    primary_color: str(id.primary_color),
    secondary_color: str(id.secondary_color),
    tax_ids: taxLines(id),
  });
  const users = useCommand("user_list", { limit: 500 });
  const create = useCommandMutation("client_create");
  const update = useCommandMutation("client_update");
  const toast = useToast();
  const [logoError, setLogoError] = useState<string | null>(null);
  const v = form.values;

  const pickLogo = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) return setLogoError("Pick an image under 200 KB.");
    const reader = new FileReader();
    reader.onload = () => (setLogoError(null), form.set("logo_url", String(reader.result)));
    reader.readAsDataURL(file);
  };

  const save = async () => {
    if (!form.requireFilled(["name"])) return;
    await form.submit(async () => {
      const identity = compact({ ...parseTaxLines(v.tax_ids), logo_url: v.logo_url, primary_color: v.primary_color, secondary_color: v.secondary_color });
      const fields: ClientFields = compact({
        name: v.name, industry: v.industry, website: v.website, status: v.status as ClientStatus,
        billing_address: v.billing_address, billing_email: v.billing_email, payment_terms_days: toNumber(v.payment_terms_days),
        contract_start_date: v.contract_start_date, contract_end_date: v.contract_end_date,
        account_manager_id: v.account_manager_id, notes: v.notes, corporate_identity: identity,
      });
      if (client) {
        const c = await update.mutateAsync({ id: client.id, fields }).catch((e: unknown) => {
          throw unnest(unnest(e, "fields"), "corporate_identity");
        });
        toast.show(`Saved ${c.name}`, "success");
      } else {
        const c = await create.mutateAsync({ ...fields, ...compact({ created_from_lead_id: fromLead?.id }) }).catch((e: unknown) => {
          throw unnest(e, "corporate_identity");
        });
        toast.show(`Added ${c.name}`, "success");
      }
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title={client ? `Edit ${client.name}` : fromLead ? "Convert lead to client" : "New client"}
      description={
        fromLead
          ? `${fromLead.company_name} becomes a client; the lead is marked converted.`
          : "A company you recruit for. Link requisitions to it and keep its contacts together."
      }
      onClose={onClose}
      size="lg"
      testId="client-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-client">
            {client ? "Save changes" : "Save client"}
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Name" field="name" errors={form.errors} required className="span-2">
          <input className="input" {...form.bind("name")} placeholder="Globex Corporation" data-autofocus />
        </Field>
        <Field label="Industry" field="industry" errors={form.errors}>
          <input className="input" {...form.bind("industry")} placeholder="Fintech" />
        </Field>
        <Field label="Status" field="status" errors={form.errors}>
          <EnumSelect id="f-status" name="status" labels={CLIENT_STATUS} value={v.status as ClientStatus} onChange={(x) => form.set("status", x || "active")} />
        </Field>
        <Field label="Website" field="website" errors={form.errors}>
          <input className="input" {...form.bind("website")} placeholder="https://globex.example" inputMode="url" />
        </Field>
        <Field label="Account manager" field="account_manager_id" errors={form.errors}>
          <select className="input" {...form.bind("account_manager_id")}>
            <option value="">Not set</option>
            {users.data?.items.map((u) => (
              <option key={u.id} value={u.id}>
                {u.full_name}
              </option>
            ))}
          </select>
        </Field>
        <h3 className="form-section span-2">Billing and contract</h3>
        <Field label="Billing address" field="billing_address" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("billing_address")} />
        </Field>
        <Field label="Billing email" field="billing_email" errors={form.errors}>
          <input className="input" {...form.bind("billing_email")} inputMode="email" placeholder="ap@globex.example" />
        </Field>
        <Field label="Payment terms (days)" field="payment_terms_days" errors={form.errors}>
          <input className="input" {...form.bind("payment_terms_days")} inputMode="numeric" placeholder="30" />
        </Field>
        <Field label="Contract start" field="contract_start_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("contract_start_date")} />
        </Field>
        <Field label="Contract end" field="contract_end_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("contract_end_date")} />
        </Field>
        <h3 className="form-section span-2">Corporate identity</h3>
        <Field label="Logo" field="logo_url" htmlFor="f-logo" errors={form.errors} hint={logoError ?? "PNG, SVG or JPEG under 200 KB."}>
          <div className="logo-pick">
            {v.logo_url.startsWith("data:image/") && <img src={v.logo_url} alt="" className="client-logo" />}
            <input id="f-logo" type="file" accept="image/*" onChange={(e) => pickLogo(e.target.files?.[0])} />
            {v.logo_url && (
              <Button size="sm" variant="ghost" onClick={() => form.set("logo_url", "")}>
                Remove
              </Button>
            )}
          </div>
        </Field>
        <div className="form-row-2">
          <Field label="Primary colour" field="primary_color" errors={form.errors}>
            <input className="input" type="color" {...form.bind("primary_color")} value={v.primary_color || "#6366f1"} />
          </Field>
          <Field label="Secondary colour" field="secondary_color" errors={form.errors}>
            <input className="input" type="color" {...form.bind("secondary_color")} value={v.secondary_color || "#94a3b8"} />
          </Field>
        </div>
        <Field label="Tax and registration ids" field="tax_ids" errors={form.errors} className="span-2" hint="One per line, like “gst: 22AAAAA0000A1Z5”.">
          <textarea className="input mono" rows={2} {...form.bind("tax_ids")} />
        </Field>
        <Field label="Notes" field="notes" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("notes")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
