// "Add candidate" on a pipeline: pick someone from the talent pool; they join the first stage.
import { useState } from "react";
import type { Candidate } from "../../bindings";
import { Button } from "../../components/Button";
import { CandidatePicker } from "../../components/CandidatePicker";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function AddCandidateDialog({
  requisitionId,
  title,
  already,
  onClose,
}: {
  requisitionId: string;
  title: string;
  already: Set<string>;
  onClose: () => void;
}) {
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const form = useCoreForm({ source: "" });
  const create = useCommandMutation("application_create");
  const toast = useToast();

  const save = async () => {
    if (!candidate) {
      form.fail({ code: "missing_field", message: "Choose a candidate first", field: "candidate_id" });
      return;
    }
    await form.submit(async () => {
      await create.mutateAsync({
        requisition_id: requisitionId,
        candidate_id: candidate.id,
        ...(form.values.source.trim() ? { source: form.values.source.trim() } : {}),
      });
      toast.show(`${candidate.full_name} added to ${title}`, "success");
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="Add candidate"
      description={`Put someone forward for ${title}. They start in the first stage.`}
      onClose={onClose}
      size="md"
      testId="add-candidate-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={form.busy} disabled={!candidate} data-testid="save-application">
            Add to pipeline
          </Button>
        </>
      }
    >
      <div className="form-stack">
        <Field label="Candidate" field="candidate_id" htmlFor="f-candidate" errors={form.errors} required>
          <CandidatePicker id="f-candidate" value={candidate} onChange={setCandidate} exclude={already} invalid={!!form.errors.candidate_id} />
        </Field>
        <Field label="Source" field="source" errors={form.errors} hint="How they came to this role: sourced, referral, applied…">
          <input className="input" {...form.bind("source")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
