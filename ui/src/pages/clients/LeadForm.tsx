// "New lead": a company that might become a client, who to talk to, what it could be worth and
// when to follow up (a local date and time, sent to the core as UTC).
import type { LeadStatus, ServiceType } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { LEAD_STATUS, SERVICE_TYPE } from "../../lib/enums";
import { compact, localToUtcIso, toMinor, toNumber } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function LeadForm({ onClose }: { onClose: () => void }) {
  const form = useCoreForm({
    company_name: "",
    contact_person: "",
    contact_email: "",
    contact_phone: "",
    status: "new",
    service_type: "",
    estimated_value: "",
    currency: "USD",
    probability: "",
    follow_up_day: "",
    follow_up_time: "09:00",
    source: "",
  });
  const create = useCommandMutation("lead_create");
  const toast = useToast();
  const v = form.values;

  const save = async () => {
    if (!form.requireFilled(["company_name"])) return;
    await form.submit(async () => {
      const lead = await create.mutateAsync(
        compact({
          company_name: v.company_name,
          contact_person: v.contact_person,
          contact_email: v.contact_email,
          contact_phone: v.contact_phone,
          status: v.status as LeadStatus,
          service_type: (v.service_type || undefined) as ServiceType | undefined,
          estimated_value_minor: toMinor(v.estimated_value),
          currency: v.currency,
          probability: toNumber(v.probability),
          next_follow_up_at: v.follow_up_day ? localToUtcIso(v.follow_up_day, v.follow_up_time) : undefined,
          source: v.source,
        }),
      );
      toast.show(`Lead “${lead.company_name}” added`, "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="New lead"
      description="A company that could become a client. Track the conversation until it converts."
      onClose={onClose}
      size="md"
      testId="lead-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-lead">
            Save lead
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Company" field="company_name" errors={form.errors} required className="span-2">
          <input className="input" {...form.bind("company_name")} placeholder="Umbrella Corp" data-autofocus />
        </Field>
        <Field label="Contact person" field="contact_person" errors={form.errors}>
          <input className="input" {...form.bind("contact_person")} />
        </Field>
        <Field label="Contact email" field="contact_email" errors={form.errors}>
          <input className="input" {...form.bind("contact_email")} inputMode="email" />
        </Field>
        <Field label="Contact phone" field="contact_phone" errors={form.errors}>
          <input className="input" {...form.bind("contact_phone")} type="tel" />
        </Field>
        <Field label="Status" field="status" errors={form.errors}>
          <EnumSelect id="f-status" name="status" labels={LEAD_STATUS} value={v.status as LeadStatus} onChange={(x) => form.set("status", x || "new")} />
        </Field>
        <Field label="Service" field="service_type" errors={form.errors}>
          <EnumSelect id="f-service_type" name="service_type" labels={SERVICE_TYPE} empty="Not decided" value={v.service_type as ServiceType | ""} onChange={(x) => form.set("service_type", x)} />
        </Field>
        <Field label="Probability (%)" field="probability" errors={form.errors}>
          <input className="input" {...form.bind("probability")} inputMode="numeric" placeholder="40" />
        </Field>
        <Field label="Estimated value" field="estimated_value_minor" htmlFor="f-estimated_value" errors={form.errors}>
          <input className="input" {...form.bind("estimated_value")} inputMode="decimal" placeholder="50000" />
        </Field>
        <Field label="Currency" field="currency" errors={form.errors}>
          <input className="input mono" {...form.bind("currency")} maxLength={3} />
        </Field>
        <Field label="Next follow-up" field="next_follow_up_at" htmlFor="f-follow_up_day" errors={form.errors}>
          <input className="input" type="date" {...form.bind("follow_up_day")} />
        </Field>
        <Field label="At" field="follow_up_time" errors={form.errors}>
          <input className="input" type="time" {...form.bind("follow_up_time")} />
        </Field>
        <Field label="Source" field="source" errors={form.errors} className="span-2">
          <input className="input" {...form.bind("source")} placeholder="Referral, conference, inbound…" />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
