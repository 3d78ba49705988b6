// Moving someone to a "rejected" stage asks why; the reason is kept on the application and in its
// timeline.
import { useState } from "react";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field } from "../../components/Field";
import type { PendingReject } from "./PipelinePage";

export function RejectDialog({
  pending,
  onClose,
  onConfirm,
}: {
  pending: PendingReject;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<boolean>;
}) {
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Record<string, string>>({});
  const submit = async () => {
    if (!reason.trim()) {
      setError({ rejection_reason: "Say briefly why, so the decision is on record." });
      return;
    }
    setBusy(true);
    await onConfirm(reason.trim());
    setBusy(false);
  };
  return (
    <Dialog
      onSubmit={() => void submit()}
      title={`Move ${pending.app.candidate_name} to ${pending.stageName}?`}
      description="Rejections are recorded with a reason in the application's timeline."
      onClose={onClose}
      size="sm"
      testId="reject-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" type="submit" busy={busy} data-testid="confirm-reject">
            Reject
          </Button>
        </>
      }
    >
      <div>
        <Field label="Reason" field="rejection_reason" errors={error} required>
          <textarea
            className="input"
            id="f-rejection_reason"
            name="rejection_reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Not enough experience with distributed systems"
            data-autofocus
          />
        </Field>
      </div>
    </Dialog>
  );
}
