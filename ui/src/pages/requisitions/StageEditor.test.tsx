import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Stage } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { requisition } from "../../test/fixtures";
import { reorderedIds } from "./StageEditor";

it("renames, reorders (sending every stage), adds and deletes only empty stages; publishes and exports JSON-LD", async () => {
  let stages: Stage[] = [
    ["s1", "New", "new", 2], ["s2", "Screening", "screening", 0], ["s3", "Offer", "offer", 0], ["s4", "Hired", "hired", 0],
  ].map(([id, name, kind, n], position) => ({ id, requisition_id: "r1", name, kind, position, application_count: n }) as Stage);
  let published = false;
  const calls = installCore({
    requisition_get: () => requisition({ id: "r1", title: "Platform Engineer", is_published: published }),
    pipeline_board: () => [],
    stage_list: () => stages,
    stage_rename: (req) => (stages = stages.map((s) => (s.id === req.id ? { ...s, name: req.name } : s))),
    stage_reorder: (req) => (stages = req.stage_ids.map((id, position) => ({ ...stages.find((s) => s.id === id)!, position }))),
    stage_create: (req) => (stages = [...stages.slice(0, 3), { id: "s5", requisition_id: "r1", name: req.name, kind: req.kind ?? "custom", position: 3, application_count: 0 }, ...stages.slice(3)]),
    stage_delete: (req) => ((stages = stages.filter((s) => s.id !== req.id)), { ok: true }),
    requisition_publish: (req) => ((published = req.published), requisition({ id: "r1", is_published: published })),
    requisition_job_posting: () => {
      throw { code: "missing_field", message: "description: a job posting needs a description", field: "description" };
    },
  });
  window.location.hash = "#/requisitions/r1";
  render(<App />);
  fireEvent.click(await screen.findByTestId("edit-stages"));
  const editor = await screen.findByTestId("stage-editor");
  await waitFor(() => expect(within(editor).getAllByTestId("stage-row")).toHaveLength(4));

  const name = within(editor).getByLabelText("Name of stage 2");
  fireEvent.change(name, { target: { value: "Phone screen" } });
  fireEvent.blur(name);
  await waitFor(() => expect(sent(calls, "stage_rename")).toEqual([{ id: "s2", name: "Phone screen" }]));

  fireEvent.click(within(editor).getByRole("button", { name: "Move Offer up" }));
  await waitFor(() => expect(sent(calls, "stage_reorder")).toEqual([{ requisition_id: "r1", stage_ids: ["s1", "s3", "s2", "s4"] }]));
  expect((within(editor).getByRole("button", { name: "Delete New" }) as HTMLButtonElement).disabled).toBe(true);
  expect(within(editor).getAllByTestId("stage-drag-handle").map((h) => h.getAttribute("aria-label"))).toEqual([
    "Drag New", "Drag Offer", "Drag Phone screen", "Drag Hired",
  ]);

  fireEvent.change(within(editor).getByLabelText("New stage"), { target: { value: "Portfolio" } });
  fireEvent.click(within(editor).getByTestId("add-stage"));
  await waitFor(() => expect(sent(calls, "stage_create")).toEqual([{ requisition_id: "r1", name: "Portfolio", kind: "custom" }]));
  fireEvent.click(await within(editor).findByRole("button", { name: "Delete Portfolio" }));
  await waitFor(() => expect(sent(calls, "stage_delete")).toEqual([{ id: "s5" }]));
  fireEvent.click(within(editor).getByRole("button", { name: "Done" }));

  fireEvent.click(screen.getByTestId("publish-requisition"));
  await waitFor(() => expect(sent(calls, "requisition_publish")).toEqual([{ id: "r1", published: true }]));
  expect(await screen.findByRole("button", { name: "Unpublish" })).toBeTruthy();

  fireEvent.click(screen.getByTestId("export-json-ld"));
  expect((await screen.findByTestId("job-posting-error")).textContent).toMatch(/needs a description/);
});

it("a dropped stage takes the place of the one it was dropped on", () => {
  const ids = ["new", "screen", "interview", "offer", "hired"];
  expect(reorderedIds(ids, "offer", "screen")).toEqual(["new", "offer", "screen", "interview", "hired"]);
  expect(reorderedIds(ids, "new", "offer")).toEqual(["screen", "interview", "offer", "new", "hired"]);
  expect(reorderedIds(ids, "offer", "offer")).toBe(ids);
  expect(reorderedIds(ids, "gone", "offer")).toBe(ids);
});
