// One requisition's pipeline board: its stages as columns, candidates moved between them by drag
// and drop or Shift+←/→ (`application_move`; a "rejected" stage asks why), "Add candidate"
// (`application_create`), and each application's timeline and notes in a drawer.
import { useState } from "react";
import type { Application, BoardColumn as Stage, RequisitionStatus } from "../../bindings";
import { Board, type BoardColumn } from "../../components/Board";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { EmptyState } from "../../components/EmptyState";
import { Icon } from "../../components/Icon";
import { ErrorState, Loading } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { APPLICATION_STATUS, EMPLOYMENT_TYPE, REQUISITION_STATUS, STAGE_TONE, WORK_MODE } from "../../lib/enums";
import { age, dateTime, moneyRange } from "../../lib/format";
import { useNewAction } from "../../lib/keys";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { AddCandidateDialog } from "./AddCandidateDialog";
import { ApplicationDrawer } from "./ApplicationDrawer";
import { JobPostingDialog } from "./JobPostingDialog";
import { RejectDialog } from "./RejectDialog";
import { RequisitionForm } from "./RequisitionForm";
import { StageEditor } from "./StageEditor";
import { boardRequest, useMoveApplication } from "./pipelineQueries";

export type PendingReject = { app: Application; toStage: string; stageName: string };

export function PipelinePage({ id, onBack }: { id: string; onBack: () => void }) {
  const req = useCommand("requisition_get", { id });
  const board = useCommand("pipeline_board", boardRequest(id));
  const clients = useCommand("client_list", { limit: 500 });
  const setStatus = useCommandMutation("requisition_set_status");
  const toast = useToast();
  const move = useMoveApplication(id);
  const [adding, setAdding] = useState(false);
  const [openApp, setOpenApp] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<PendingReject | null>(null);
  const [editing, setEditing] = useState(false);
  const [editingStages, setEditingStages] = useState(false);
  const [exporting, setExporting] = useState(false);
  const publish = useCommandMutation("requisition_publish");
  useNewAction(() => setAdding(true));

  if (req.isPending || board.isPending) return <Loading />;
  if (req.isError) return <ErrorState error={req.error} onRetry={onBack} />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;

  const r = req.data;
  const stages: Stage[] = board.data;
  const stageById = new Map(stages.map((s) => [s.stage_id, s]));
  const clientName = r.client_name ?? (r.client_id ? clients.data?.items.find((c) => c.id === r.client_id)?.name : undefined);
  const allApps = stages.flatMap((s) => s.applications);
  const current = openApp ? allApps.find((a) => a.id === openApp) : undefined;

  /** Moves, asking for a reason first when the target stage rejects. */
  const requestMove = (app: Application, toStage: string) => {
    const stage = stageById.get(toStage);
    if (!stage || app.stage_id === toStage) return;
    if (stage.kind === "rejected") setRejecting({ app, toStage, stageName: stage.name });
    else void move(app, toStage);
  };

  const columns: BoardColumn<Application>[] = stages.map((s) => ({
    id: s.stage_id,
    label: s.name,
    title: <Chip tone={STAGE_TONE[s.kind]}>{s.name}</Chip>,
    count: s.count,
    items: s.applications,
    testId: `stage-column-${s.kind}`,
    empty: "No candidates",
    footer: s.count > s.applications.length ? <p className="board-more">+{s.count - s.applications.length} more</p> : undefined,
  }));

  return (
    <div className="page page-wide page-fill">
      <header className="pipeline-head">
        <button type="button" className="back-link" onClick={onBack}>
          <Icon name="chevronLeft" size={14} /> Requisitions
        </button>
        <div className="page-head">
          <div>
            <h1>{r.title}</h1>
            <p className="page-desc">
              {[clientName ?? (r.client_id ? null : "Internal"), r.department, EMPLOYMENT_TYPE[r.employment_type], r.job_locations.join(", ") || WORK_MODE[r.work_mode], moneyRange(r.min_salary_minor, r.max_salary_minor, r.currency)]
                .filter(Boolean)
                .join(" · ")}
              {r.is_published && <> · <Chip tone="green">Published</Chip></>}
            </p>
          </div>
          <div className="page-actions">
            <EnumSelect
              labels={REQUISITION_STATUS}
              value={r.status}
              aria-label="Requisition status"
              data-testid="requisition-status"
              disabled={setStatus.isPending}
              onChange={(s) =>
                s &&
                setStatus.mutate(
                  { id, status: s as RequisitionStatus },
                  { onSuccess: () => toast.show(`Requisition ${REQUISITION_STATUS[s].toLowerCase()}`, "success"), onError: (e) => toast.error(e) },
                )
              }
            />
            <Button variant="secondary" data-testid="edit-requisition" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button variant="secondary" data-testid="edit-stages" onClick={() => setEditingStages(true)}>
              Stages
            </Button>
            <Button
              variant="secondary"
              data-testid="publish-requisition"
              disabled={publish.isPending}
              onClick={() =>
                publish.mutate(
                  { id, published: !r.is_published },
                  { onSuccess: (x) => toast.show(x.is_published ? "Published" : "Unpublished", "success"), onError: (e) => toast.error(e) },
                )
              }
            >
              {r.is_published ? "Unpublish" : "Publish"}
            </Button>
            <Button variant="secondary" data-testid="export-json-ld" onClick={() => setExporting(true)}>
              JSON-LD
            </Button>
            <Button variant="primary" icon="plus" data-testid="add-candidate" onClick={() => setAdding(true)}>
              Add candidate
            </Button>
          </div>
        </div>
        {r.required_skills.length > 0 && (
          <div className="tags">
            {r.required_skills.map((s) => (
              <span key={s} className="tag">
                {s}
              </span>
            ))}
            {r.preferred_skills.map((s) => (
              <span key={s} className="tag tag-soft">
                {s}
              </span>
            ))}
          </div>
        )}
      </header>
      {allApps.length === 0 && stages.every((s) => s.count === 0) && (
        <EmptyState
          icon="users"
          title="No one in this pipeline yet"
          action={
            <Button variant="primary" icon="plus" onClick={() => setAdding(true)}>
              Add candidate
            </Button>
          }
        >
          Add candidates from your talent pool; they start in the first stage. Drag them across as they progress, or
          focus a card and press Shift+→.
        </EmptyState>
      )}
      <Board
        label={`Pipeline for ${r.title}`}
        columns={columns}
        itemId={(a) => a.id}
        cardLabel={(a) => `${a.candidate_name}, ${stageById.get(a.stage_id ?? "")?.name ?? ""}`}
        cardTestId="application-card"
        onMove={(a, _from, to) => requestMove(a, to)}
        onOpen={(a) => setOpenApp(a.id)}
        renderCard={(a) => (
          <>
            <div className="card-title">{a.candidate_name}</div>
            <div className="card-meta">{APPLICATION_STATUS[a.status]}{a.source ? ` · ${a.source}` : ""}</div>
            <div className="card-foot">
              <span>{a.match_score !== null ? `${Math.round(a.match_score)}% match` : ""}</span>
              <span className="muted card-age" title={`Updated ${dateTime(a.updated_at)}`}>
                {age(a.updated_at)}
              </span>
            </div>
          </>
        )}
      />
      {adding && (
        <AddCandidateDialog requisitionId={id} title={r.title} already={new Set(allApps.map((a) => a.candidate_id))} onClose={() => setAdding(false)} />
      )}
      {editing && <RequisitionForm requisition={r} onClose={() => setEditing(false)} />}
      {editingStages && <StageEditor requisitionId={id} onClose={() => setEditingStages(false)} />}
      {exporting && <JobPostingDialog requisitionId={id} onClose={() => setExporting(false)} onEdit={() => (setExporting(false), setEditing(true))} />}
      {rejecting && (
        <RejectDialog
          pending={rejecting}
          onClose={() => setRejecting(null)}
          onConfirm={async (reason) => {
            const ok = await move(rejecting.app, rejecting.toStage, reason);
            if (ok) setRejecting(null);
            return ok;
          }}
        />
      )}
      {openApp && (
        <ApplicationDrawer
          app={current ?? null}
          appId={openApp}
          stages={stages}
          requisitionTitle={r.title}
          onMove={requestMove}
          onClose={() => setOpenApp(null)}
        />
      )}
    </div>
  );
}
