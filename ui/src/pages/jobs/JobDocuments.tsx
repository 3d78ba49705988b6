// Documents of a tracked job (cover letter, portfolio, transcript, reference, other): attach a
// file (stored once per content in the app's file store), open it with the OS through the shell's
// `open_document`, or remove it.
import { useRef, useState } from "react";
import type { DocumentCategory } from "../../bindings";
import { shell } from "../../api";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Section } from "../../components/Drawer";
import { ErrorState, Loading } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { fileSize, toUpload } from "../../lib/files";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export const DOCUMENT_CATEGORY: Partial<Record<DocumentCategory, string>> = {
  cover_letter: "Cover letter",
  portfolio: "Portfolio",
  transcript: "Transcript",
  reference: "Reference",
  resume: "Resume",
  offer_letter: "Offer letter",
  other: "Other",
};

export function JobDocuments({ jobId }: { jobId: string }) {
  const docs = useCommand("document_list", { tracked_job_id: jobId });
  const add = useCommandMutation("document_add");
  const remove = useCommandMutation("document_delete");
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [category, setCategory] = useState<DocumentCategory>("cover_letter");

  const attach = async (file: File | undefined) => {
    if (!file) return;
    try {
      const upload = await toUpload(file);
      await add.mutateAsync({ tracked_job_id: jobId, category, file: upload });
      toast.show(`Attached ${file.name}`, "success");
    } catch (e) {
      toast.error(e);
    } finally {
      if (input.current) input.current.value = "";
    }
  };

  const open = (id: string) => shell("open_document", { id }).catch((e: unknown) => toast.error(e));

  return (
    <Section
      title="Documents"
      actions={
        <span className="row-actions">
          <EnumSelect
            labels={DOCUMENT_CATEGORY as Record<DocumentCategory, string>}
            value={category}
            onChange={(v) => v && setCategory(v)}
            aria-label="Document kind"
            data-testid="document-category"
          />
          <Button size="sm" variant="ghost" icon="plus" data-testid="attach-document" busy={add.isPending} onClick={() => input.current?.click()}>
            Attach
          </Button>
          <input ref={input} type="file" hidden data-testid="document-file" onChange={(e) => void attach(e.target.files?.[0])} />
        </span>
      }
    >
      {docs.isPending ? (
        <Loading />
      ) : docs.isError ? (
        <ErrorState error={docs.error} />
      ) : docs.data.length === 0 ? (
        <p className="muted">No documents yet. Attach a cover letter, portfolio or reference.</p>
      ) : (
        <ul className="entry-list">
          {docs.data.map((d) => (
            <li key={d.id} className="entry-row" data-testid="document-row">
              <div>
                <div className="entry-title">{d.title ?? d.original_filename}</div>
                <div className="entry-meta">
                  {d.original_filename} · {fileSize(d.file_size)}
                </div>
              </div>
              <span className="row-actions">
                <Chip tone="gray">{DOCUMENT_CATEGORY[d.category] ?? d.category}</Chip>
                <Button size="sm" variant="ghost" data-testid="open-document" onClick={() => void open(d.id)}>
                  Open
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  icon="trash"
                  aria-label={`Remove ${d.original_filename}`}
                  data-testid="delete-document"
                  onClick={() => remove.mutate({ id: d.id }, { onError: (e) => toast.error(e) })}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
