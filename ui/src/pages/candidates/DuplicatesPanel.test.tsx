import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { CandidateApplication, CandidateDetail, Tag } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { candidate } from "../../test/fixtures";

function detail(over: Partial<CandidateDetail>): CandidateDetail {
  return { ...candidate(), skills: [], work_history: [], education: [], tag_list: [], possible_duplicates: [], ...over };
}

const HOT: Tag = { id: "t1", name: "Hot lead", color: "#6366f1", candidate_count: 1 };
const APP: CandidateApplication = {
  id: "a1", requisition_id: "r1", requisition_title: "Platform Engineer", stage_name: "Screening", stage_kind: "screening",
  status: "screening", applied_at: null, note_count: 2, updated_at: "2030-01-01T00:00:00.000Z",
};

it("lists possible duplicates with reasons, compares side by side, and merges after confirming", async () => {
  let merged = false;
  const keep = () =>
    detail({
      id: "c1", full_name: "Ana Lima", email: "ana@example.com", phone: null,
      tag_list: merged ? [HOT] : [],
      possible_duplicates: merged ? [] : [{ candidate_id: "c2", full_name: "Ana L.", email: "ANA@example.com", reasons: ["email", "phone"] }],
    });
  const other = detail({ id: "c2", full_name: "Ana L.", email: "ANA@example.com", phone: "+1 415 555 0100", tag_list: [HOT] });
  const calls = installCore({
    candidate_get: (req) => (req.id === "c1" ? keep() : other),
    candidate_application_list: (req) => (req.candidate_id === "c1" && merged ? [APP] : []),
    candidate_merge: () => {
      merged = true;
      return { merge_id: "m1", candidate: keep(), filled_fields: ["phone"], moved: { applications: 1, candidate_tags: 1 }, reasons: ["email"] };
    },
  });
  window.location.hash = "#/candidates/c1";
  render(<App />);
  const panel = await screen.findByTestId("duplicates-panel");
  const item = within(panel).getByTestId("duplicate-item");
  expect(item.dataset.candidateId).toBe("c2");
  expect(within(item).getAllByTestId("duplicate-reason").map((r) => r.textContent)).toEqual(["Same email", "Same phone"]);

  fireEvent.click(within(item).getByTestId("duplicate-compare"));
  const compare = await within(item).findByTestId("duplicate-compare-view");
  const rows = within(compare).getAllByTestId("compare-row");
  const phone = rows.find((r) => r.textContent?.startsWith("Phone"))!;
  expect(phone.dataset.differs).toBe("true");
  expect(phone.textContent).toContain("+1 415 555 0100");
  expect(phone.textContent).toContain("fills the gap");
  expect(rows.find((r) => r.textContent?.startsWith("Tags"))!.textContent).toContain("Hot lead");
  expect(within(screen.getByTestId("candidate-drawer")).queryByTestId("candidate-application")).toBeNull();

  fireEvent.click(within(item).getByTestId("duplicate-merge"));
  fireEvent.click(await screen.findByTestId("merge-confirm"));
  await waitFor(() => expect(sent(calls, "candidate_merge")).toEqual([{ keep_id: "c1", merge_id: "c2" }]));
  expect((await screen.findByTestId("toast")).textContent).toContain("Merged Ana L. into Ana Lima (2 records moved)");
  // The other record is gone from the panel; its application, notes and tag show here.
  await waitFor(() => expect(screen.queryByTestId("duplicates-panel")).toBeNull());
  const drawer = screen.getByTestId("candidate-drawer");
  const app = await within(drawer).findByTestId("candidate-application");
  expect(app.textContent).toContain("Platform Engineer");
  expect(within(app).getByTestId("candidate-application-notes").textContent).toBe("2 notes");
  expect(within(drawer).getByText("Hot lead")).toBeTruthy();
});

it("dismisses a pair as not a duplicate", async () => {
  let dismissed = false;
  const calls = installCore({
    candidate_get: () =>
      detail({ id: "c1", full_name: "Ana Lima", possible_duplicates: dismissed ? [] : [{ candidate_id: "c3", full_name: "Ana Souza", email: null, reasons: ["name_company"] }] }),
    candidate_duplicate_dismiss: () => {
      dismissed = true;
      return detail({ id: "c1", full_name: "Ana Lima" });
    },
  });
  window.location.hash = "#/candidates/c1";
  render(<App />);
  const item = await screen.findByTestId("duplicate-item");
  expect(within(item).getByTestId("duplicate-reason").textContent).toBe("Same name and company");
  fireEvent.click(within(item).getByTestId("duplicate-dismiss"));
  await waitFor(() => expect(sent(calls, "candidate_duplicate_dismiss")).toEqual([{ candidate_id: "c1", other_id: "c3" }]));
  await waitFor(() => expect(screen.queryByTestId("duplicates-panel")).toBeNull());
  expect(sent(calls, "candidate_merge")).toEqual([]);
});
