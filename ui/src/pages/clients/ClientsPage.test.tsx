import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Client, ClientContact } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { client } from "../../test/fixtures";

it("edits a client's billing, contract and identity, and edits and removes contacts", async () => {
  let current: Client = client({ id: "cl1", name: "Initech", corporate_identity: { gst: "22AAAAA0000A1Z5" } });
  let contacts: ClientContact[] = [
    { id: "k1", client_id: "cl1", full_name: "Bill", title: null, email: null, phone: null, is_primary: true, notes: null },
  ];
  let failOnce = true;
  const calls = installCore({
    client_list: () => ({ items: [current], total: 1 }),
    client_get: () => current,
    client_contact_list: () => contacts,
    user_list: () => ({
      items: [{ id: "u1", company_id: null, email: "ava@x.test", full_name: "Ava Manager", first_name: null, last_name: null, role: "sales", status: "active", is_verified: false, has_password: false, created_at: "", updated_at: "" }],
      total: 1,
    }),
    client_update: (req) => {
      if (failOnce) {
        failOnce = false;
        throw { code: "invalid_value", message: "fields.website: website must be a web address like https://example.com", field: "fields.website" };
      }
      current = { ...current, ...req.fields, name: req.fields.name, account_manager_name: "Ava Manager", corporate_identity: req.fields.corporate_identity ?? {} } as Client;
      return current;
    },
    client_contact_update: (req) => {
      contacts = contacts.map((c) => (c.id === req.id ? { ...c, full_name: req.full_name, email: req.email ?? null } : c));
      return contacts[0]!;
    },
    client_contact_delete: (req) => ((contacts = contacts.filter((c) => c.id !== req.id)), { ok: true }),
  });
  window.location.hash = "#/clients/cl1";
  render(<App />);
  const drawer = await screen.findByTestId("client-drawer");
  fireEvent.click(within(drawer).getByTestId("edit-client"));

  const form = await screen.findByTestId("client-form");
  fireEvent.change(within(form).getByLabelText("Website"), { target: { value: "initech" } });
  fireEvent.change(within(form).getByLabelText("Billing email"), { target: { value: "ap@initech.example" } });
  fireEvent.change(within(form).getByLabelText("Payment terms (days)"), { target: { value: "45" } });
  fireEvent.change(within(form).getByLabelText("Account manager"), { target: { value: "u1" } });
  fireEvent.change(within(form).getByLabelText("Primary colour"), { target: { value: "#1f6feb" } });
  fireEvent.click(within(form).getByTestId("save-client"));
  expect((await within(form).findByTestId("field-error-website")).textContent).toMatch(/web address/);

  fireEvent.change(within(form).getByLabelText("Website"), { target: { value: "https://initech.example" } });
  fireEvent.click(within(form).getByTestId("save-client"));
  await waitFor(() => expect(screen.queryByTestId("client-form")).toBeNull());
  expect(sent(calls, "client_update")[1]).toEqual({
    id: "cl1",
    fields: {
      name: "Initech", website: "https://initech.example", status: "active", billing_email: "ap@initech.example",
      payment_terms_days: 45, account_manager_id: "u1",
      corporate_identity: { gst: "22AAAAA0000A1Z5", primary_color: "#1f6feb" },
    },
  });
  expect(await within(drawer).findByText("Ava Manager")).toBeTruthy();
  expect(within(drawer).getByText("45 days")).toBeTruthy();
  expect(within(drawer).getByLabelText("Brand colour #1f6feb")).toBeTruthy();

  fireEvent.click(within(drawer).getByRole("button", { name: "Edit Bill" }));
  const contactForm = within(drawer).getByRole("form", { name: "Edit contact" });
  fireEvent.change(within(contactForm).getByLabelText(/Full name/), { target: { value: "Bill Lumbergh" } });
  fireEvent.click(within(contactForm).getByRole("button", { name: "Save contact" }));
  await waitFor(() => expect(sent(calls, "client_contact_update")).toEqual([{ id: "k1", full_name: "Bill Lumbergh", is_primary: true }]));
  fireEvent.click(await within(drawer).findByRole("button", { name: "Remove Bill Lumbergh" }));
  await waitFor(() => expect(sent(calls, "client_contact_delete")).toEqual([{ id: "k1" }]));
  await waitFor(() => expect(within(drawer).queryByTestId("contact-row")).toBeNull());
});
