// Job search → Resumes: the versions of your resume (one primary, used by default for matching),
// import from PDF, DOCX or text with a review step where the parsed fields are corrected before
// anything is saved, and the extracted text of each version.
import { useRef, useState } from "react";
import type { FileUpload, ResumeDraft, ResumeSummary } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { ConfirmDialog, Dialog } from "../../components/Dialog";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState, Loading, PageHeader } from "../../components/Page";
import { toUpload } from "../../lib/files";
import { date } from "../../lib/format";
import { useNewAction } from "../../lib/keys";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { ResumeReview } from "./ResumeReview";

export function ResumesPage() {
  const resumes = useCommand("resume_list", {});
  const parse = useCommandMutation("resume_parse");
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<{ draft: ResumeDraft; file: FileUpload } | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ResumeSummary | null>(null);
  useNewAction(() => input.current?.click());

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const upload = await toUpload(file);
      const parsed = await parse.mutateAsync(upload);
      setDraft({ draft: parsed, file: upload });
    } catch (e) {
      toast.error(e);
    } finally {
      if (input.current) input.current.value = "";
    }
  };

  return (
    <div className="page">
      <PageHeader
        title="Resumes"
        description="Your resume versions. The primary one is used for matching unless you pick another."
        actions={
          <Button variant="primary" icon="plus" data-testid="import-resume" busy={parse.isPending} onClick={() => input.current?.click()}>
            Import resume
          </Button>
        }
      />
      <input
        ref={input}
        type="file"
        hidden
        accept=".pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        data-testid="resume-file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {resumes.isPending ? (
        <Loading />
      ) : resumes.isError ? (
        <ErrorState error={resumes.error} onRetry={() => void resumes.refetch()} />
      ) : resumes.data.length === 0 ? (
        <EmptyState
          icon="note"
          title="Import your first resume"
          action={
            <Button variant="primary" icon="plus" onClick={() => input.current?.click()}>
              Import resume
            </Button>
          }
        >
          Pick a PDF, Word (.docx) or text file. Talentdesk reads your name, contact details, skills, jobs and
          education, and you check them before saving.
        </EmptyState>
      ) : (
        <ul className="entry-list" aria-label="Resume versions">
          {resumes.data.map((r) => (
            <ResumeRow key={r.id} resume={r} onView={() => setViewing(r.id)} onDelete={() => setDeleting(r)} />
          ))}
        </ul>
      )}
      {draft && <ResumeReview draft={draft.draft} file={draft.file} onClose={() => setDraft(null)} />}
      {viewing && <ResumeText id={viewing} onClose={() => setViewing(null)} />}
      {deleting && <DeleteResume resume={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}

function ResumeRow({ resume, onView, onDelete }: { resume: ResumeSummary; onView: () => void; onDelete: () => void }) {
  const primary = useCommandMutation("resume_set_primary");
  const toast = useToast();
  return (
    <li className="entry-row" data-testid="resume-row">
      <div>
        <div className="entry-title">
          {resume.title} {resume.version_label && <span className="muted">· {resume.version_label}</span>}
        </div>
        <div className="entry-meta">
          {[resume.file_name ?? "Typed text", `${resume.skills.length} skills`, `added ${date(resume.created_at)}`].join(" · ")}
        </div>
      </div>
      <div className="row-actions">
        {resume.is_primary ? (
          <Chip tone="green">Primary</Chip>
        ) : (
          <Button
            size="sm"
            variant="ghost"
            data-testid="set-primary"
            busy={primary.isPending}
            onClick={() => primary.mutate({ id: resume.id }, { onError: (e) => toast.error(e) })}
          >
            Make primary
          </Button>
        )}
        <Button size="sm" variant="ghost" data-testid="view-resume-text" onClick={onView}>
          View text
        </Button>
        <Button size="sm" variant="ghost" icon="trash" data-testid="delete-resume" aria-label={`Delete ${resume.title}`} onClick={onDelete}>
          Delete
        </Button>
      </div>
    </li>
  );
}

function ResumeText({ id, onClose }: { id: string; onClose: () => void }) {
  const resume = useCommand("resume_get", { id });
  return (
    <Dialog title={resume.data?.title ?? "Resume"} onClose={onClose} size="lg" testId="resume-text">
      {resume.isPending ? (
        <Loading />
      ) : resume.isError ? (
        <ErrorState error={resume.error} />
      ) : (
        <pre className="prose selectable resume-text">{resume.data.content_text ?? ""}</pre>
      )}
    </Dialog>
  );
}

function DeleteResume({ resume, onClose }: { resume: ResumeSummary; onClose: () => void }) {
  const remove = useCommandMutation("resume_delete");
  const toast = useToast();
  return (
    <ConfirmDialog
      title="Delete this resume version?"
      message={`“${resume.title}” and its file will be removed.`}
      confirmLabel="Delete resume"
      busy={remove.isPending}
      onConfirm={() =>
        remove.mutate(
          { id: resume.id },
          {
            onSuccess: () => {
              toast.show("Resume deleted", "success");
              onClose();
            },
            onError: (e) => toast.error(e),
          },
        )
      }
      onClose={onClose}
    />
  );
}
