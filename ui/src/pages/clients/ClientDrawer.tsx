// One client: its details (billing, contract, account manager, corporate identity), its
// requisitions, and its contact people, all editable.
import { useState } from "react";
import type { Client, ClientContact } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Drawer, Facts, Section } from "../../components/Drawer";
import { Field, FormError } from "../../components/Field";
import { CLIENT_STATUS, CLIENT_TONE, REQUISITION_STATUS, REQUISITION_TONE } from "../../lib/enums";
import { compact, date, initials } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useToast } from "../../lib/toast";
import { ClientForm } from "./ClientForm";

export function ClientDrawer({ client: listed, onClose }: { client: Client; onClose: () => void }) {
  const fresh = useCommand("client_get", { id: listed.id });
  const client = fresh.data ?? listed;
  const reqs = useCommand("requisition_list", { client_id: client.id, limit: 100 });
  const { navigate } = useRouter();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [editingContact, setEditingContact] = useState<string | null>(null);
  const contacts = useCommand("client_contact_list", { client_id: client.id });
  const removeContact = useCommandMutation("client_contact_delete");
  const toast = useToast();
  const identity = (client.corporate_identity ?? {}) as Record<string, unknown>;
  const logo = typeof identity.logo_url === "string" ? identity.logo_url : null;
  const colors = [identity.primary_color, identity.secondary_color].filter((c): c is string => typeof c === "string");
  const taxIds = Object.entries(identity).filter(([k]) => !["logo_url", "primary_color", "secondary_color"].includes(k));

  return (
    <Drawer
      title={client.name}
      subtitle={client.industry ?? undefined}
      onClose={onClose}
      testId="client-drawer"
      actions={
        <Button size="sm" variant="ghost" data-testid="edit-client" onClick={() => setEditing(true)}>
          Edit
        </Button>
      }
    >
      <div className="drawer-status client-identity">
        {logo?.startsWith("data:image/") ? (
          <img src={logo} alt={`${client.name} logo`} className="client-logo" data-testid="client-logo" />
        ) : (
          <span className="avatar client-avatar" aria-hidden="true" style={colors[0] ? { background: colors[0] } : undefined}>
            {initials(client.name)}
          </span>
        )}
        <Chip tone={CLIENT_TONE[client.status]}>{CLIENT_STATUS[client.status]}</Chip>
        {colors.map((c) => (
          <span key={c} className="swatch" title={c} aria-label={`Brand colour ${c}`} style={{ background: c }} />
        ))}
      </div>
      <Section title="Details">
        <Facts
          items={[
            ["Industry", client.industry],
            ["Website", client.website],
            ["Account manager", client.account_manager_name],
            ["Contract", [date(client.contract_start_date), date(client.contract_end_date)].filter(Boolean).join(" – ")],
            ["Billing address", client.billing_address ? <span className="prose">{client.billing_address}</span> : null],
            ["Billing email", client.billing_email],
            ["Payment terms", client.payment_terms_days != null ? `${client.payment_terms_days} days` : null],
            ...taxIds.map(([k, v]): [string, string] => [k.toUpperCase(), String(v)]),
            ["Notes", client.notes ? <span className="prose">{client.notes}</span> : null],
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
            {contacts.data.map((c) =>
              editingContact === c.id ? (
                <li key={c.id}>
                  <ContactForm clientId={client.id} contact={c} onDone={() => setEditingContact(null)} />
                </li>
              ) : (
                <li key={c.id} data-testid="contact-row">
                  <div className="entry-title">
                    {c.full_name} {c.is_primary && <Chip tone="blue" dot={false}>Primary</Chip>}
                  </div>
                  <div className="entry-meta">{[c.title, c.email, c.phone].filter(Boolean).join(" · ")}</div>
                  <div className="entry-actions">
                    <Button size="sm" variant="ghost" onClick={() => setEditingContact(c.id)} aria-label={`Edit ${c.full_name}`}>
                      Edit
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove ${c.full_name}`}
                      onClick={() => removeContact.mutate({ id: c.id }, { onError: (e) => toast.error(e), onSuccess: () => toast.show(`Removed ${c.full_name}`, "success") })}
                    >
                      Remove
                    </Button>
                  </div>
                </li>
              ),
            )}
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
      {editing && <ClientForm client={client} onClose={() => setEditing(false)} />}
    </Drawer>
  );
}

function ContactForm({ clientId, contact, onDone }: { clientId: string; contact?: ClientContact; onDone: () => void }) {
  const form = useCoreForm({
    full_name: contact?.full_name ?? "",
    title: contact?.title ?? "",
    email: contact?.email ?? "",
    phone: contact?.phone ?? "",
    is_primary: (contact?.is_primary ?? false) as boolean,
  });
  const add = useCommandMutation("client_contact_add");
  const update = useCommandMutation("client_contact_update");
  const toast = useToast();
  const v = form.values;
  const save = async () => {
    if (!form.requireFilled(["full_name"])) return;
    const ok = await form.submit(async () => {
      if (contact) {
        const c = await update.mutateAsync(compact({ id: contact.id, ...v }));
        toast.show(`Saved ${c.full_name}`, "success");
      } else {
        const c = await add.mutateAsync(compact({ client_id: clientId, ...v }));
        toast.show(`Added ${c.full_name}`, "success");
      }
    });
    if (ok) onDone();
  };
  return (
    <form className="subform" aria-label={contact ? "Edit contact" : "Add contact"} noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
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
          {contact ? "Save contact" : "Add contact"}
        </Button>
      </div>
    </form>
  );
}
