import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "./App";
import { THEME_KEY } from "../lib/theme";
import { installCore, sent } from "../test/core";
import type { Candidate } from "../bindings";

const ADA: Candidate = {
  id: "ada",
  full_name: "Ada Lovelace",
  email: "ada@example.com",
  phone: null,
  location: null,
  headline: null,
  current_role: "Analyst",
  status: "interviewing",
  experience_level: null,
  total_experience_years: null,
  linkedin_url: null,
  source: null,
  tags: [],
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
};

it("opens the command palette on Ctrl+K, searches as you type, and opens a result with Enter", async () => {
  const calls = installCore({
    candidate_list: (req) => (req.query === "ada" ? { items: [ADA], total: 1 } : { items: [], total: 0 }),
    candidate_get: () => ({ ...ADA, skills: [], work_history: [], education: [], tag_list: [], possible_duplicates: [] }),
  });
  render(<App />);
  await screen.findByTestId("nav-candidates");

  fireEvent.keyDown(window, { key: "k", ctrlKey: true });
  const palette = await screen.findByTestId("command-palette");
  const input = within(palette).getByRole("combobox");
  expect(document.activeElement).toBe(input);

  fireEvent.change(input, { target: { value: "ada" } });
  await within(palette).findByText("Ada Lovelace");
  expect(sent(calls, "candidate_list")).toContainEqual({ query: "ada", limit: 5 });
  expect(sent(calls, "requisition_list")).toContainEqual({ query: "ada", limit: 5 });
  expect(sent(calls, "tracked_job_list")).toContainEqual({ query: "ada", limit: 5 });

  // Arrow keys move the selection; the candidate is the only match after the filtered actions.
  const options = within(palette).getAllByRole("option");
  const target = options.findIndex((o) => o.textContent?.includes("Ada Lovelace"));
  for (let i = 0; i < target; i++) fireEvent.keyDown(input, { key: "ArrowDown" });
  expect(options[target]!.getAttribute("aria-selected")).toBe("true");
  fireEvent.keyDown(input, { key: "Enter" });

  await waitFor(() => expect(screen.queryByTestId("command-palette")).toBeNull());
  await screen.findByTestId("candidate-drawer");
  expect(window.location.hash).toBe("#/candidates/ada");
});

it("runs navigation actions from the palette and closes on Escape", async () => {
  installCore();
  render(<App />);
  await screen.findByTestId("nav-candidates");

  fireEvent.keyDown(window, { key: "k", metaKey: true });
  let palette = await screen.findByTestId("command-palette");
  fireEvent.change(within(palette).getByRole("combobox"), { target: { value: "settings" } });
  fireEvent.keyDown(within(palette).getByRole("combobox"), { key: "Enter" });
  await screen.findByTestId("settings-app-version");

  fireEvent.keyDown(window, { key: "k", ctrlKey: true });
  palette = await screen.findByTestId("command-palette");
  fireEvent.keyDown(within(palette).getByRole("combobox"), { key: "Escape" });
  await waitFor(() => expect(screen.queryByTestId("command-palette")).toBeNull());
});

it("typing in the top-bar search opens the palette with that text", async () => {
  installCore({ candidate_list: (req) => (req.query === "ad" ? { items: [ADA], total: 1 } : { items: [], total: 0 }) });
  render(<App />);
  fireEvent.change(await screen.findByTestId("global-search"), { target: { value: "ad" } });
  const palette = await screen.findByTestId("command-palette");
  expect((within(palette).getByRole("combobox") as HTMLInputElement).value).toBe("ad");
  await within(palette).findByText("Ada Lovelace");
});

it("toggles the theme from the top bar and remembers it", async () => {
  installCore();
  const first = render(<App />);
  await screen.findByTestId("theme-toggle");
  expect(document.documentElement.dataset.theme).toBe("light");

  fireEvent.click(screen.getByTestId("theme-toggle"));
  expect(document.documentElement.dataset.theme).toBe("dark");
  expect(localStorage.getItem(THEME_KEY)).toBe("dark");

  first.unmount();
  delete document.documentElement.dataset.theme;
  render(<App />);
  await screen.findByTestId("theme-toggle");
  expect(document.documentElement.dataset.theme).toBe("dark");

  fireEvent.click(screen.getByTestId("theme-toggle"));
  expect(localStorage.getItem(THEME_KEY)).toBe("light");
});

it("keyboard shortcuts: g then a letter navigates, n opens the New form, ? shows help, none fire while typing", async () => {
  installCore();
  render(<App />);
  await screen.findByTestId("nav-candidates");

  fireEvent.keyDown(window, { key: "g" });
  fireEvent.keyDown(window, { key: "j" });
  await screen.findByTestId("new-job");
  expect(screen.getByTestId("workspace-job_search").getAttribute("aria-selected")).toBe("true");

  fireEvent.keyDown(window, { key: "n" });
  const form = await screen.findByTestId("job-form");
  const title = form.querySelector('input[name="title"]') as HTMLInputElement;
  fireEvent.keyDown(title, { key: "g" });
  fireEvent.keyDown(title, { key: "s" });
  fireEvent.keyDown(title, { key: "?" });
  expect(screen.queryByTestId("shortcuts-dialog")).toBeNull();
  expect(screen.getByTestId("job-form")).toBeTruthy();
  fireEvent.keyDown(title, { key: "Escape" });
  await waitFor(() => expect(screen.queryByTestId("job-form")).toBeNull());

  fireEvent.keyDown(window, { key: "?" });
  await screen.findByTestId("shortcuts-dialog");
  fireEvent.keyDown(screen.getByTestId("shortcuts-dialog"), { key: "Escape" });

  fireEvent.keyDown(window, { key: "g" });
  fireEvent.keyDown(window, { key: "s" });
  expect((await screen.findByTestId("settings-schema-version")).textContent).toBe("7");
  expect(screen.getByTestId("settings-db-path").textContent).toContain("talentdesk.db");
  expect(screen.getByTestId("settings-app-version").textContent).toBe("0.1.0");
});

it("palette New actions open the form on their page, from anywhere", async () => {
  installCore();
  render(<App />);
  await screen.findByTestId("nav-candidates");

  fireEvent.keyDown(window, { key: "k", ctrlKey: true });
  let input = within(await screen.findByTestId("command-palette")).getByRole("combobox");
  fireEvent.change(input, { target: { value: "new job" } });
  fireEvent.keyDown(input, { key: "Enter" });
  expect(await screen.findByTestId("job-form")).toBeTruthy();
  fireEvent.keyDown(screen.getByTestId("job-form"), { key: "Escape" });
  await waitFor(() => expect(screen.queryByTestId("job-form")).toBeNull());

  fireEvent.keyDown(window, { key: "k", ctrlKey: true });
  input = within(await screen.findByTestId("command-palette")).getByRole("combobox");
  fireEvent.change(input, { target: { value: "new job" } });
  fireEvent.keyDown(input, { key: "Enter" });
  expect(await screen.findByTestId("job-form")).toBeTruthy();
});
