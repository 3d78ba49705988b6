// "New client": a company you recruit for, with its billing address and contract dates.
import type { ClientStatus, Lead } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { CLIENT_STATUS } from "../../lib/enums";
import { compact } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function ClientForm({ onClose, fromLead }: { onClose: () => void; fromLead?: Lead }) {
  const form = useCoreForm({ name: fromLead?.company_name ?? "", industry: "", status: "active", billing_address: "", contract_start_date: "", contract_end_date: "" });
  const create = useCommandMutation("client_create");
  const toast = useToast();
  const v = form.values;

  const save = async () => {
    if (!form.requireFilled(["name"])) return;
    await form.submit(async () => {
      const c = await create.mutateAsync(compact({ ...v, status: v.status as ClientStatus, created_from_lead_id: fromLead?.id }));
      toast.show(`Added ${c.name}`, "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title={fromLead ? "Convert lead to client" : "New client"}
      description={
        fromLead
          ? `${fromLead.company_name} becomes a client; the lead is marked converted.`
          : "A company you recruit for. Link requisitions to it and keep its contacts together."
      }
      onClose={onClose}
      size="md"
      testId="client-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-client">
            Save client
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
        <Field label="Billing address" field="billing_address" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("billing_address")} />
        </Field>
        <Field label="Contract start" field="contract_start_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("contract_start_date")} />
        </Field>
        <Field label="Contract end" field="contract_end_date" errors={form.errors}>
          <input className="input" type="date" {...form.bind("contract_end_date")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
