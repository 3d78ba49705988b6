import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { ResumeDetail, ResumeSummary } from "../../bindings";
import { installCore, sent } from "../../test/core";

function summary(id: string, title: string, is_primary: boolean): ResumeSummary {
  return {
    id,
    title,
    version_label: null,
    target_role: null,
    is_primary,
    document_id: null,
    file_name: `${title}.pdf`,
    skills: ["Go", "Kubernetes"],
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
  };
}

it("imports a resume through a review form where parsed fields are corrected before saving", async () => {
  const saved: ResumeSummary[] = [];
  const calls = installCore({
    resume_list: () => saved,
    resume_parse: (req) => ({
      file_name: req.file_name,
      kind: "pdf",
      text: "Jane Doe\njane@example.com",
      parsed: {
        full_name: "Jane Doe",
        email: "jane@example.com",
        skills: ["Go", "Kubernetes"],
        experience: [{ title: "Engineer", company: "Acme", start: "2020-01", current: true }],
        education: [{ degree: "BSc", school: "MIT", start_year: 2012, end_year: 2016 }],
      },
    }),
    resume_create: (req) => {
      if (req.parsed?.email === "jane@") throw { code: "invalid_value", message: "parsed.email: must be an email address", field: "parsed.email" };
      const r = { ...summary("r1", req.title, true), content_text: "", parsed: req.parsed ?? {} } satisfies ResumeDetail;
      saved.push(r);
      return r;
    },
  });
  window.location.hash = "#/resumes";
  render(<App />);
  expect(await screen.findByText("Import your first resume")).toBeTruthy();

  const file = new File(["%PDF-1.4 fake"], "jane.pdf", { type: "application/pdf" });
  fireEvent.change(screen.getByTestId("resume-file"), { target: { files: [file] } });
  const review = await screen.findByTestId("resume-review");
  expect(sent(calls, "resume_parse")[0]).toEqual({ file_name: "jane.pdf", content_base64: btoa("%PDF-1.4 fake") });
  const input = (name: string) => review.querySelector(`[name="${name}"]`) as HTMLInputElement;
  expect(input("parsed.full_name").value).toBe("Jane Doe");
  expect(input("parsed.experience[0].company").value).toBe("Acme");

  // A bad correction: the core's error shows under the field and nothing closes.
  fireEvent.change(input("parsed.email"), { target: { value: "jane@" } });
  fireEvent.click(within(review).getByTestId("save-resume"));
  expect((await within(review).findByTestId("field-error-parsed.email")).textContent).toContain("email");

  fireEvent.change(input("parsed.email"), { target: { value: "jane.doe@example.com" } });
  fireEvent.change(input("parsed.skills"), { target: { value: "Go, k8s, Terraform" } });
  fireEvent.change(input("title"), { target: { value: "Backend" } });
  fireEvent.click(within(review).getByTestId("save-resume"));
  await waitFor(() => expect(screen.queryByTestId("resume-review")).toBeNull());
  const req = sent(calls, "resume_create")[1]!;
  expect(req.title).toBe("Backend");
  expect(req.file?.file_name).toBe("jane.pdf");
  expect(req.apply_to_profile).toBe(true);
  expect(req.parsed).toMatchObject({
    full_name: "Jane Doe",
    email: "jane.doe@example.com",
    skills: ["Go", "k8s", "Terraform"],
    experience: [{ title: "Engineer", company: "Acme", start: "2020-01", current: true }],
    education: [{ degree: "BSc", school: "MIT", start_year: 2012, end_year: 2016 }],
  });
  expect((await screen.findAllByTestId("resume-row")).length).toBe(1);
});

it("lists versions and makes another one primary", async () => {
  const list = [summary("r1", "Backend", true), summary("r2", "Data", false)];
  const calls = installCore({
    resume_list: () => list,
    resume_set_primary: (req) => {
      for (const r of list) r.is_primary = r.id === req.id;
      return { ...list.find((r) => r.id === req.id)!, content_text: null, parsed: {} };
    },
  });
  window.location.hash = "#/resumes";
  render(<App />);
  const rows = await screen.findAllByTestId("resume-row");
  expect(rows[0]!.textContent).toContain("Primary");
  fireEvent.click(within(rows[1]!).getByTestId("set-primary"));
  await waitFor(() => expect(sent(calls, "resume_set_primary")).toEqual([{ id: "r2" }]));
  await waitFor(() => expect(within(screen.getAllByTestId("resume-row")[1]!).queryByTestId("set-primary")).toBeNull());
});
