// Submit an interviewer's scorecard (`feedback_submit`): who is scoring (the interviewer or a
// panelist), a recommendation, ratings 1-5, skills evaluated and what stood out. One card per
// interviewer: submitting again as the same person replaces their card.
import type { Interview, Recommendation } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { RECOMMENDATION } from "../../lib/enums";
import { compact, toNumber } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const RATINGS = [
  ["overall_rating", "Overall"],
  ["technical_skills_rating", "Technical skills"],
  ["communication_rating", "Communication"],
  ["problem_solving_rating", "Problem solving"],
  ["culture_fit_rating", "Culture fit"],
] as const;

export function ScorecardForm({ interview, who, onClose }: { interview: Interview; who: string; onClose: () => void }) {
  const panel = [interview.interviewer_id, ...interview.panelist_ids].filter((x): x is string => !!x);
  const users = useCommand("user_list", { limit: 500 });
  const name = (id: string) => users.data?.items.find((u) => u.id === id)?.full_name ?? id;
  const form = useCoreForm({
    interviewer_id: panel[0] ?? "",
    skills: "",
    recommendation: "hire",
    overall_rating: "",
    technical_skills_rating: "",
    communication_rating: "",
    problem_solving_rating: "",
    culture_fit_rating: "",
    strengths: "",
    weaknesses: "",
    detailed_notes: "",
  });
  const submit = useCommandMutation("feedback_submit");
  const toast = useToast();
  const v = form.values;

  const save = async () => {
    if (!form.requireFilled(["interviewer_id"])) return;
    await form.submit(async () => {
      await submit.mutateAsync(
        compact({
          interview_id: interview.id,
          interviewer_id: v.interviewer_id,
          skills_evaluated: parseSkills(v.skills),
          recommendation: v.recommendation as Recommendation,
          overall_rating: toNumber(v.overall_rating),
          technical_skills_rating: toNumber(v.technical_skills_rating),
          communication_rating: toNumber(v.communication_rating),
          problem_solving_rating: toNumber(v.problem_solving_rating),
          culture_fit_rating: toNumber(v.culture_fit_rating),
          strengths: v.strengths,
          weaknesses: v.weaknesses,
          detailed_notes: v.detailed_notes,
        }),
      );
      toast.show("Scorecard submitted", "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="Scorecard"
      description={who}
      onClose={onClose}
      size="lg"
      testId="scorecard-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-scorecard">
            Submit scorecard
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Interviewer" field="interviewer_id" errors={form.errors} required className="span-2">
          {panel.length ? (
            <select className="input" {...form.bind("interviewer_id")}>
              {panel.map((id) => (
                <option key={id} value={id}>
                  {name(id)}
                </option>
              ))}
            </select>
          ) : (
            <select className="input" {...form.bind("interviewer_id")}>
              <option value="">—</option>
              {(users.data?.items ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.full_name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Recommendation" field="recommendation" errors={form.errors} required className="span-2">
          <EnumSelect id="f-recommendation" name="recommendation" labels={RECOMMENDATION} value={v.recommendation as Recommendation} onChange={(x) => form.set("recommendation", x || "hire")} data-autofocus />
        </Field>
        <div className="ratings span-2">
          {RATINGS.map(([key, text]) => (
            <Field key={key} label={text} field={key} errors={form.errors}>
              <select className="input" {...form.bind(key)}>
                <option value="">—</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n} / 5
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </div>
        <Field label="Skills evaluated" field="skills_evaluated" errors={form.errors} hint="One per line: “Rust: 4” (1-5)." className="span-2">
          <textarea className="input" rows={3} {...form.bind("skills")} placeholder={"Rust: 4\nSQL: 3"} />
        </Field>
        <Field label="Strengths" field="strengths" errors={form.errors}>
          <textarea className="input" rows={3} {...form.bind("strengths")} />
        </Field>
        <Field label="Concerns" field="weaknesses" errors={form.errors}>
          <textarea className="input" rows={3} {...form.bind("weaknesses")} />
        </Field>
        <Field label="Detailed notes" field="detailed_notes" errors={form.errors} className="span-2">
          <textarea className="input" rows={4} {...form.bind("detailed_notes")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}

/** "Rust: 4" lines → {Rust: 4}; a line without a number is sent as NaN-free 0 so the core names it. */
export function parseSkills(text: string): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const line of text.split("\n")) {
    const m = line.match(/^\s*(.+?)\s*[:=]\s*([\d.]+)\s*$/);
    if (m) out[m[1]!] = Number(m[2]);
    else if (line.trim()) out[line.trim()] = 0;
  }
  return Object.keys(out).length ? out : undefined;
}
