// "New question" for the practice bank: open, coding or multiple-choice (with options and the
// correct one), plus the points a strong answer covers.
import { useState } from "react";
import type { Difficulty, QuestionCategory, QuestionKind } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { Icon } from "../../components/Icon";
import { EnumSelect } from "../../components/Select";
import { DIFFICULTY, QUESTION_CATEGORY, QUESTION_KIND } from "../../lib/enums";
import { compact } from "../../lib/format";
import { fieldError, useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function QuestionForm({ onClose }: { onClose: () => void }) {
  const form = useCoreForm({ question_text: "", category: "technical", kind: "open", difficulty: "medium", topic: "", rubric: "" });
  const [options, setOptions] = useState<string[]>(["", "", ""]);
  const [correct, setCorrect] = useState(0);
  const create = useCommandMutation("question_create");
  const toast = useToast();
  const v = form.values;
  const mcq = v.kind === "mcq";

  const save = async () => {
    if (!form.requireFilled(["question_text"])) return;
    const filled = options.map((o) => o.trim());
    const kept = filled.filter(Boolean);
    const answer = filled[correct] ?? "";
    await form.submit(async () => {
      await create.mutateAsync(
        compact({
          question_text: v.question_text,
          category: v.category as QuestionCategory,
          kind: v.kind as QuestionKind,
          difficulty: v.difficulty as Difficulty,
          topic: v.topic,
          options: mcq ? kept : undefined,
          correct_answer: mcq && answer ? answer : undefined,
          rubric: v.rubric.split("\n").map((s) => s.trim()).filter(Boolean),
        }),
      );
      toast.show("Question added to your bank", "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="New question"
      description="Add a question you expect to be asked, or one you want to get better at."
      onClose={onClose}
      size="lg"
      testId="question-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} data-testid="save-question">
            Save question
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Question" field="question_text" errors={form.errors} required className="span-2">
          <textarea className="input" rows={3} {...form.bind("question_text")} placeholder="Tell me about a time you disagreed with your manager." data-autofocus />
        </Field>
        <Field label="Kind" field="kind" errors={form.errors}>
          <EnumSelect id="f-kind" name="kind" labels={QUESTION_KIND} value={v.kind as QuestionKind} onChange={(x) => form.set("kind", x || "open")} />
        </Field>
        <Field label="Category" field="category" errors={form.errors}>
          <EnumSelect id="f-category" name="category" labels={QUESTION_CATEGORY} value={v.category as QuestionCategory} onChange={(x) => form.set("category", x || "technical")} />
        </Field>
        <Field label="Difficulty" field="difficulty" errors={form.errors}>
          <EnumSelect id="f-difficulty" name="difficulty" labels={DIFFICULTY} value={v.difficulty as Difficulty} onChange={(x) => form.set("difficulty", x || "medium")} />
        </Field>
        <Field label="Topic" field="topic" errors={form.errors}>
          <input className="input" {...form.bind("topic")} placeholder="Conflict, caching, SQL joins…" />
        </Field>
        {mcq && (
          <fieldset className="option-rows span-2">
            <legend className="field-label">Options — select the correct one</legend>
            {options.map((o, i) => (
              <div key={i} className="option-row">
                <input type="radio" name="correct_answer" aria-label={`Option ${i + 1} is correct`} checked={correct === i} onChange={() => setCorrect(i)} />
                <input
                  className="input"
                  aria-label={`Option ${i + 1}`}
                  name={`options.${i}`}
                  value={o}
                  placeholder={`Option ${i + 1}`}
                  onChange={(e) => setOptions((os) => os.map((x, j) => (j === i ? e.target.value : x)))}
                />
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`Remove option ${i + 1}`}
                  disabled={options.length <= 2}
                  onClick={() => {
                    setOptions((os) => os.filter((_, j) => j !== i));
                    setCorrect((c) => (c === i ? 0 : c > i ? c - 1 : c));
                  }}
                >
                  <Icon name="x" />
                </button>
              </div>
            ))}
            {(fieldError(form.errors, "options") || fieldError(form.errors, "correct_answer")) && (
              <p className="field-error" data-testid={fieldError(form.errors, "options") ? "field-error-options" : "field-error-correct_answer"}>
                {fieldError(form.errors, "options") ?? fieldError(form.errors, "correct_answer")}
              </p>
            )}
            <div>
              <Button size="sm" variant="ghost" icon="plus" onClick={() => setOptions((os) => [...os, ""])}>
                Add option
              </Button>
            </div>
          </fieldset>
        )}
        <Field label="What a strong answer covers" field="rubric" errors={form.errors} hint="One point per line." className="span-2">
          <textarea className="input" rows={3} {...form.bind("rubric")} placeholder={"Names the situation concretely\nShows how they listened\nDescribes the outcome"} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
