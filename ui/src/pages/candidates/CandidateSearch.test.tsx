import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterAll, beforeAll, expect, it } from "vitest";
import { App } from "../../app/App";
import { installCore, sent } from "../../test/core";
import { candidate } from "../../test/fixtures";

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

it("searches full text best match first, then by a clicked column with the column filters, and back", async () => {
  const calls = installCore({
    candidate_list: (req) => ({ items: [candidate({ id: "l1", full_name: req.query ? "Listed Rustacean" : "Anyone" })], total: 1 }),
    candidate_search: () => ({ items: [candidate({ id: "s1", full_name: "Best Rustacean" }), candidate({ id: "s2", full_name: "Resume mentions Rust" })], total: 2 }),
  });
  window.location.hash = "#/candidates";
  render(<App />);
  await screen.findByText("Anyone");
  expect(screen.queryByTestId("candidate-best-match")).toBeNull();

  fireEvent.change(screen.getByTestId("candidate-search"), { target: { value: "rust" } });
  await waitFor(() => expect(screen.getAllByTestId("candidate-row").map((r) => r.textContent)).toEqual([
    expect.stringContaining("Best Rustacean"), expect.stringContaining("Resume mentions Rust"),
  ]));
  // Debounced: one search for the settled text.
  expect(sent(calls, "candidate_search")).toEqual([{ query: "rust", limit: 100, offset: 0 }]);
  expect(screen.getByTestId("candidate-best-match").getAttribute("aria-pressed")).toBe("true");
  expect(screen.getByText(/2 matching/)).toBeTruthy();

  // A header click sorts the same search by that column (the list command, filters kept).
  fireEvent.click(within(screen.getByRole("table")).getByRole("button", { name: /Name/ }));
  await screen.findByText("Listed Rustacean");
  expect(sent(calls, "candidate_list").at(-1)).toMatchObject({ query: "rust", sort: "full_name", direction: "asc" });
  fireEvent.change(screen.getByTestId("filter-location"), { target: { value: "Pune" } });
  await waitFor(() => expect(sent(calls, "candidate_list").at(-1)).toMatchObject({ query: "rust", location: "Pune", sort: "full_name" }));

  // Best match again, with the status filter; a column filter keeps the list (search has none).
  fireEvent.change(screen.getByTestId("filter-location"), { target: { value: "" } });
  fireEvent.change(screen.getByLabelText("Filter by status"), { target: { value: "active" } });
  fireEvent.click(screen.getByTestId("candidate-best-match"));
  await waitFor(() => expect(sent(calls, "candidate_search").at(-1)).toEqual({ query: "rust", status: "active", limit: 100, offset: 0 }));
});
