import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterAll, beforeAll, expect, it } from "vitest";
import { App } from "../../app/App";
import type { Candidate } from "../../bindings";
import { installCore, sent } from "../../test/core";

// jsdom has no layout: give the table's scroll container a viewport so rows get virtualized in.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, "clientHeight")!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, "clientHeight", {
    configurable: true,
    get(this: Element) {
      return this.classList.contains("vtable-body") ? 600 : 0;
    },
  });
});
afterAll(() => Object.defineProperty(Element.prototype, "clientHeight", clientHeight));

function person(i: number): Candidate {
  return {
    id: `c${i}`,
    full_name: `Person ${i}`,
    email: `p${i}@example.com`,
    phone: null,
    location: "Lisbon",
    headline: null,
    current_role: "Engineer",
    status: "active",
    experience_level: null,
    total_experience_years: 3,
    linkedin_url: null,
    source: null,
    tags: [],
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
  };
}

it("shows the core's email error under the field and as a toast, keeping what was typed", async () => {
  const calls = installCore({
    candidate_create: () => {
      throw { code: "invalid_value", message: "email: email must be an email address like name@example.com", field: "email" };
    },
  });
  window.location.hash = "#/candidates";
  render(<App />);

  fireEvent.click(await screen.findByTestId("new-candidate"));
  const form = await screen.findByTestId("candidate-form");
  const name = form.querySelector('input[name="full_name"]') as HTMLInputElement;
  const email = form.querySelector('input[name="email"]') as HTMLInputElement;
  fireEvent.change(name, { target: { value: "Ada Lovelace" } });
  fireEvent.change(email, { target: { value: "ada-at-example" } });
  fireEvent.change(form.querySelector('input[name="skills"]') as HTMLInputElement, { target: { value: "Maths, Poetry," } });
  fireEvent.click(screen.getByTestId("save-candidate"));

  const error = await screen.findByTestId("field-error-email");
  expect(error.textContent).toBe("email must be an email address like name@example.com");
  const toast = await screen.findByTestId("toast");
  expect(toast.textContent).toContain("email: email must be an email address like name@example.com");
  expect(screen.getByTestId("candidate-form")).toBeTruthy();
  expect(name.value).toBe("Ada Lovelace");
  expect(email.value).toBe("ada-at-example");
  expect(sent(calls, "candidate_create")[0]).toEqual({
    full_name: "Ada Lovelace",
    email: "ada-at-example",
    status: "new",
    skills: [{ name: "Maths" }, { name: "Poetry" }],
  });

  fireEvent.change(email, { target: { value: "ada@example.com" } });
  expect(screen.queryByTestId("field-error-email")).toBeNull();
});

it("requires a name before asking the core", async () => {
  const calls = installCore();
  window.location.hash = "#/candidates";
  render(<App />);
  fireEvent.click(await screen.findByTestId("new-candidate"));
  fireEvent.click(await screen.findByTestId("save-candidate"));
  expect((await screen.findByTestId("field-error-full_name")).textContent).toBe("Required");
  expect(sent(calls, "candidate_create")).toHaveLength(0);
});

it("pages rows from the core and sorts on the server when a header is clicked", async () => {
  const calls = installCore({
    candidate_list: (req) => {
      if (req.limit === 1) return { items: [person(0)], total: 1000 };
      const offset = req.offset ?? 0;
      return { items: Array.from({ length: req.limit ?? 50 }, (_, i) => person(offset + i)), total: 1000 };
    },
  });
  window.location.hash = "#/candidates";
  render(<App />);

  const rows = await screen.findAllByTestId("candidate-row");
  expect(rows[0]!.textContent).toContain("Person 0");
  expect(rows.length).toBeLessThan(100);
  await screen.findByText(/1,000 people/);
  const first = sent(calls, "candidate_list").find((r) => r.offset === 0);
  expect(first).toMatchObject({ sort: "created_at", direction: "desc", limit: 100, offset: 0 });

  fireEvent.click(within(screen.getByRole("table")).getByRole("button", { name: /Name/ }));
  await waitFor(() =>
    expect(sent(calls, "candidate_list").some((r) => r.sort === "full_name" && r.direction === "asc")).toBe(true),
  );

  fireEvent.change(screen.getByTestId("candidate-search"), { target: { value: "ada" } });
  await waitFor(() => expect(sent(calls, "candidate_list").some((r) => r.query === "ada")).toBe(true));
});
