// The Google for Jobs export of a requisition: the JobPosting JSON-LD block, ready to paste into
// a careers page. When the requisition lacks a property Google requires, the core names it and
// this dialog says which field to fill.
import { errorMessage } from "../../api";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { ErrorState, Loading } from "../../components/Page";
import { useCommand } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function JobPostingDialog({ requisitionId, onClose, onEdit }: { requisitionId: string; onClose: () => void; onEdit: () => void }) {
  const posting = useCommand("requisition_job_posting", { id: requisitionId }, { staleTime: 0 });
  const toast = useToast();
  const copy = async () => {
    if (!posting.data) return;
    try {
      await navigator.clipboard.writeText(posting.data.script);
      toast.show("Copied the JSON-LD block", "success");
    } catch {
      toast.show("Select the text and copy it", "info");
    }
  };
  return (
    <Dialog
      title="Google for Jobs (JSON-LD)"
      description={posting.data?.slug ? `Page slug: ${posting.data.slug}` : "A JobPosting block for your careers page."}
      onClose={onClose}
      size="lg"
      testId="job-posting"
      footer={
        <>
          {posting.isError && (
            <Button variant="secondary" onClick={onEdit}>
              Edit requisition
            </Button>
          )}
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
          <Button variant="primary" onClick={() => void copy()} disabled={!posting.data}>
            Copy
          </Button>
        </>
      }
    >
      {posting.isPending ? (
        <Loading />
      ) : posting.isError ? (
        <div data-testid="job-posting-error">
          <ErrorState error={posting.error} />
          <p className="muted">{errorMessage(posting.error)}</p>
        </div>
      ) : (
        <pre className="code-block" data-testid="job-posting-script">
          {posting.data.script}
        </pre>
      )}
    </Dialog>
  );
}
