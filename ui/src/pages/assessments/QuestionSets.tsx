// Question sets by skill and level, and the editor of one set: multiple-choice questions (options
// and the correct one), free text (a model answer and rubric for the recruiter) and coding
// challenges (starter code shown to the candidate, rubric criteria for scoring by hand).
import { useState } from "react";
import type { QuestionKind, QuestionSet, SkillLevel } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { Loading } from "../../components/Page";
import { compact } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export const KIND_LABEL: Record<QuestionKind, string> = { mcq: "Multiple choice", open: "Free text", coding: "Coding challenge" };
const LEVELS: SkillLevel[] = ["beginner", "intermediate", "advanced", "expert"];

export function setName(s: QuestionSet): string {
  return s.title ? `${s.title} (${s.skill}, ${s.level})` : `${s.skill}, ${s.level}`;
}

export function QuestionSets() {
  const sets = useCommand("question_set_list", { limit: 200 });
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="section" aria-label="Question sets">
      <div className="section-head">
        <h2>Question sets</h2>
        <Button size="sm" icon="plus" data-testid="new-question-set" onClick={() => setCreating(true)}>
          New question set
        </Button>
      </div>
      {sets.isPending ? (
        <Loading />
      ) : (sets.data?.items.length ?? 0) === 0 ? (
        <p className="muted empty-inline">No question sets yet. Create one per skill and level, then add questions to it.</p>
      ) : (
        <ul className="plain-list">
          {sets.data?.items.map((s) => (
            <li key={s.id} className="assess-row" data-testid="question-set-row" data-id={s.id}>
              <span className="cell-strong">{setName(s)}</span>
              <Chip tone={s.total_questions > 0 ? "blue" : "gray"}>{s.total_questions} questions</Chip>
              <Button size="sm" variant="ghost" data-testid="question-set-open" onClick={() => setOpen(open === s.id ? null : s.id)}>
                {open === s.id ? "Close" : "Questions"}
              </Button>
              {open === s.id && <SetEditor setId={s.id} />}
            </li>
          ))}
        </ul>
      )}
      {creating && <NewSetDialog onClose={() => setCreating(false)} onCreated={(id) => setOpen(id)} />}
    </section>
  );
}

function NewSetDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const form = useCoreForm({ title: "", skill: "", level: "intermediate" });
  const create = useCommandMutation("question_set_create");
  const save = async () => {
    if (!form.requireFilled(["skill"])) return;
    await form.submit(async () => {
      const s = await create.mutateAsync(compact({ title: form.values.title, skill: form.values.skill, level: form.values.level as SkillLevel }));
      onCreated(s.id);
      onClose();
    });
  };
  return (
    <Dialog
      title="New question set"
      onClose={onClose}
      size="sm"
      testId="question-set-form"
      onSubmit={() => void save()}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={form.busy} data-testid="save-question-set">
            Create
          </Button>
        </>
      }
    >
      <FormError message={form.formError} />
      <Field label="Skill" field="skill" errors={form.errors} required>
        <input className="input" {...form.bind("skill")} placeholder="Rust" data-autofocus data-testid="question-set-skill" />
      </Field>
      <Field label="Level" field="level" errors={form.errors}>
        <select className="input" {...form.bind("level")} data-testid="question-set-level">
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Title" field="title" errors={form.errors}>
        <input className="input" {...form.bind("title")} placeholder="Backend screen" data-testid="question-set-title" />
      </Field>
    </Dialog>
  );
}

function SetEditor({ setId }: { setId: string }) {
  const detail = useCommand("question_set_get", { id: setId });
  const remove = useCommandMutation("question_set_remove");
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  if (!detail.data) return <Loading />;
  return (
    <div className="assess-editor" data-testid="question-set-editor">
      <ol className="question-list">
        {detail.data.questions.map((q) => (
          <li key={q.id} className="question" data-testid="set-question">
            <div className="question-head">
              <Chip tone="gray">{KIND_LABEL[q.kind]}</Chip>
              <Button
                size="sm"
                variant="ghost"
                icon="trash"
                aria-label="Remove question"
                data-testid="remove-question"
                onClick={() => remove.mutate({ question_id: q.id }, { onError: (e) => toast.error(e) })}
              />
            </div>
            <p className="question-text">{q.question_text}</p>
            {q.options && (
              <ul className="question-options">
                {q.options.map((o) => (
                  <li key={o}>
                    {o === q.correct_answer ? <strong>{o} ✓</strong> : o}
                  </li>
                ))}
              </ul>
            )}
            {q.rubric.length > 0 && <p className="muted">Rubric: {q.rubric.join("; ")}</p>}
          </li>
        ))}
      </ol>
      {adding ? (
        <QuestionEditor setId={setId} onDone={() => setAdding(false)} />
      ) : (
        <Button size="sm" icon="plus" data-testid="add-question" onClick={() => setAdding(true)}>
          Add question
        </Button>
      )}
    </div>
  );
}

export function QuestionEditor({ setId, onDone }: { setId: string; onDone: () => void }) {
  const form = useCoreForm({ kind: "mcq", question_text: "", sample_answer: "", rubric: "" });
  const [options, setOptions] = useState<string[]>(["", "", ""]);
  const [correct, setCorrect] = useState(0);
  const add = useCommandMutation("question_set_add");
  const toast = useToast();
  const kind = form.values.kind as QuestionKind;
  const save = async () => {
    if (!form.requireFilled(["question_text"])) return;
    const trimmed = options.map((o) => o.trim());
    const ok = await form.submit(() =>
      add.mutateAsync(
        compact({
          question_set_id: setId,
          kind,
          question_text: form.values.question_text,
          options: kind === "mcq" ? trimmed.filter(Boolean) : undefined,
          correct_answer: kind === "mcq" ? trimmed[correct] || undefined : undefined,
          sample_answer: kind === "mcq" ? undefined : form.values.sample_answer,
          rubric: kind === "mcq" ? undefined : form.values.rubric.split("\n").map((r) => r.trim()).filter(Boolean),
        }),
      ),
    );
    if (ok) {
      toast.show("Question added", "success");
      onDone();
    }
  };
  return (
    <form
      className="subform form-stack"
      data-testid="question-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={form.formError} />
      <Field label="Kind" field="kind" errors={form.errors}>
        <select className="input" {...form.bind("kind")} data-testid="question-kind">
          {(Object.keys(KIND_LABEL) as QuestionKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Question" field="question_text" errors={form.errors} required>
        <textarea className="input" rows={2} {...form.bind("question_text")} data-testid="question-text" />
      </Field>
      {kind === "mcq" ? (
        <Field label="Options (pick the correct one)" field="options" errors={form.errors}>
          <div className="option-rows">
            {options.map((o, i) => (
              <div key={i} className="option-row">
                <input
                  type="radio"
                  name="correct"
                  aria-label={`Option ${i + 1} is correct`}
                  checked={correct === i}
                  onChange={() => setCorrect(i)}
                  data-testid={`question-correct-${i}`}
                />
                <input
                  className="input"
                  aria-label={`Option ${i + 1}`}
                  value={o}
                  onChange={(e) => setOptions(options.map((x, j) => (j === i ? e.target.value : x)))}
                  data-testid={`question-option-${i}`}
                />
              </div>
            ))}
            <Button size="sm" variant="ghost" icon="plus" data-testid="question-add-option" onClick={() => setOptions([...options, ""])}>
              Option
            </Button>
          </div>
          {form.errors.correct_answer && (
            <p className="field-error" data-testid="field-error-correct_answer" role="alert">
              {form.errors.correct_answer}
            </p>
          )}
        </Field>
      ) : (
        <>
          <Field label={kind === "coding" ? "Starter code (shown to the candidate)" : "Model answer (only you see it)"} field="sample_answer" errors={form.errors}>
            <textarea className="input mono" rows={3} {...form.bind("sample_answer")} data-testid="question-sample" />
          </Field>
          <Field label="Rubric, one criterion a line (only you see it)" field="rubric" errors={form.errors}>
            <textarea className="input" rows={2} {...form.bind("rubric")} data-testid="question-rubric" />
          </Field>
        </>
      )}
      <div className="subform-actions">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={form.busy} data-testid="save-question">
          Add question
        </Button>
      </div>
    </form>
  );
}
