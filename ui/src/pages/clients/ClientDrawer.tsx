// One client: its details, its requisitions, and adding contact people.
import { useState } from "react";
import type { Client } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Drawer, Facts, Section } from "../../components/Drawer";
import { Field, FormError } from "../../components/Field";
import { CLIENT_STATUS, CLIENT_TONE, REQUISITION_STATUS, REQUISITION_TONE } from "../../lib/enums";
import { compact, date } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useToast } from "../../lib/toast";

export function ClientDrawer({ client, onClose }: { client: Client; onClose: () => void }) {
  const reqs = useCommand("requisition_list", { client_id: client.id, limit: 100 });
  const { navigate } = useRouter();
  const [adding, setAdding] = useState(false);
  const contacts = useCommand("client_contact_list", { client_id: client.id });

  return (
    <Drawer title={client.name} subtitle={client.industry ?? undefined} onClose={onClose} testId="client-drawer">
      <div className="drawer-status">
        <Chip tone={CLIENT_TONE[client.status]}>{CLIENT_STATUS[client.status]}</Chip>
      </div>
      <Section title="Details">
        <Facts
          items={[
            ["Industry", client.industry],
            ["Contract", [date(client.contract_start_date), date(client.contract_end_date)].filter(Boolean).join(" – ")],
            ["Billing address", client.billing_address ? <span className="prose">{client.billing_address}</span> : null],
            ["Client since", date(client.created_at)],
          ]}
        />
      </Section>
      <Section
        title={`Contacts (${contacts.data?.length ?? client.contact_count})`}
        actions={
          !adding && (
            <Button size="sm" variant="ghost" icon="plus" onClick={() => setAdding(true)}>
              Add contact
            </Button>
          )
        }
      >
        {contacts.data && contacts.data.length > 0 && (
          <ul className="entry-list">
            {contacts.data.map((c) => (
              <li key={c.id}>
                <div className="entry-title">
                  {c.full_name} {c.is_primary && <Chip tone="blue" dot={false}>Primary</Chip>}
                </div>
                <div className="entry-meta">{[c.title, c.email, c.phone].filter(Boolean).join(" · ")}</div>
              </li>
            ))}
          </ul>
        )}
        {!adding && contacts.data?.length === 0 && <p className="muted">No contacts yet. Add the hiring managers and HR people you work with.</p>}
        {adding && <ContactForm clientId={client.id} onDone={() => setAdding(false)} />}
      </Section>
      <Section title="Requisitions">
        {reqs.data?.items.length ? (
          <ul className="entry-list">
            {reqs.data.items.map((r) => (
              <li key={r.id}>
                <button type="button" className="link-row" onClick={() => navigate({ page: "requisitions", id: r.id })}>
                  <span className="entry-title">{r.title}</span>
                  <Chip tone={REQUISITION_TONE[r.status]}>{REQUISITION_STATUS[r.status]}</Chip>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No requisitions for this client yet.</p>
        )}
      </Section>
    </Drawer>
  );
}

function ContactForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const form = useCoreForm({ full_name: "", title: "", email: "", phone: "", is_primary: false as boolean });
  const add = useCommandMutation("client_contact_add");
  const toast = useToast();
  const v = form.values;
  const save = async () => {
    if (!form.requireFilled(["full_name"])) return;
    const ok = await form.submit(async () => {
      const c = await add.mutateAsync(compact({ client_id: clientId, ...v }));
      toast.show(`Added ${c.full_name}`, "success");
    });
    if (ok) onDone();
  };
  return (
    <form className="subform" aria-label="Add contact" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <div className="form-row-2">
        <Field label="Full name" field="full_name" errors={form.errors} required>
          <input className="input" {...form.bind("full_name")} autoFocus />
        </Field>
        <Field label="Job title" field="title" errors={form.errors}>
          <input className="input" {...form.bind("title")} placeholder="Head of Talent" />
        </Field>
        <Field label="Email" field="email" errors={form.errors}>
          <input className="input" {...form.bind("email")} inputMode="email" />
        </Field>
        <Field label="Phone" field="phone" errors={form.errors}>
          <input className="input" {...form.bind("phone")} type="tel" />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={v.is_primary} onChange={(e) => form.set("is_primary", e.target.checked)} />
        Primary contact
      </label>
      <FormError message={form.formError} />
      <div className="subform-actions">
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button size="sm" variant="primary" type="submit" busy={form.busy}>
          Add contact
        </Button>
      </div>
    </form>
  );
}
