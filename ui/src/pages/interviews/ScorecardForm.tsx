// Submit an interviewer's scorecard (`feedback_submit`): a recommendation, ratings out of 5, and
// what stood out.
import type { Interview, Recommendation } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { RECOMMENDATION } from "../../lib/enums";
import { compact, toNumber } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const RATINGS = [
  ["overall_rating", "Overall"],
  ["technical_skills_rating", "Technical skills"],
  ["communication_rating", "Communication"],
  ["problem_solving_rating", "Problem solving"],
  ["culture_fit_rating", "Culture fit"],
] as const;

export function ScorecardForm({ interview, who, onClose }: { interview: Interview; who: string; onClose: () => void }) {
  const form = useCoreForm({
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
    await form.submit(async () => {
      await submit.mutateAsync(
        compact({
          interview_id: interview.id,
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
