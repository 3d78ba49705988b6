// A requisition's stages, editable: rename in place, reorder by dragging a row's handle (mouse, or
// Space and the arrow keys on the handle) or with its up/down buttons, add a stage (inserted before
// the closing stages unless placed), delete a stage that holds no one. Every change is one core
// command; the core refuses a reorder that loses a stage, and a delete of a stage with cards.
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useState, type ReactNode } from "react";
import type { Stage, StageKind } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Dialog } from "../../components/Dialog";
import { Field } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { STAGE_KIND, STAGE_TONE } from "../../lib/enums";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

/** The stage order after moving `id` to where `overId` is (unchanged if either is unknown). */
export function reorderedIds(ids: string[], id: string, overId: string): string[] {
  const from = ids.indexOf(id);
  const to = ids.indexOf(overId);
  return from < 0 || to < 0 || from === to ? ids : arrayMove(ids, from, to);
}

/** One stage row; its handle starts a drag. */
function SortableStage({ stage, children }: { stage: Stage; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id });
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? "stage-row is-dragging" : "stage-row"}
      data-testid="stage-row"
      data-id={stage.id}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle"
        data-testid="stage-drag-handle"
        aria-label={`Drag ${stage.name}`}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      {children}
    </li>
  );
}

export function StageEditor({ requisitionId, onClose }: { requisitionId: string; onClose: () => void }) {
  const stages = useCommand("stage_list", { requisition_id: requisitionId });
  const rename = useCommandMutation("stage_rename");
  const reorder = useCommandMutation("stage_reorder");
  const create = useCommandMutation("stage_create");
  const remove = useCommandMutation("stage_delete");
  const toast = useToast();
  const [names, setNames] = useState<Record<string, string>>({});
  const [newName, setNewName] = useState("");
  const [newKind, setNewKind] = useState<StageKind | "">("custom");
  const list: Stage[] = stages.data ?? [];

  const onError = (e: unknown) => toast.error(e);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const send = (ids: string[]) => reorder.mutate({ requisition_id: requisitionId, stage_ids: ids }, { onError });
  const move = (i: number, by: number) => {
    const ids = list.map((s) => s.id);
    send(arrayMove(ids, i, i + by));
  };
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over) return;
    const ids = list.map((s) => s.id);
    const next = reorderedIds(ids, String(e.active.id), String(e.over.id));
    if (next !== ids) send(next);
  };
  const commitName = (s: Stage) => {
    const name = names[s.id];
    if (name === undefined || name === s.name) return;
    rename.mutate({ id: s.id, name }, { onError, onSuccess: () => toast.show(`Renamed to ${name}`, "success") });
  };
  const add = () => {
    if (!newName.trim()) return;
    create.mutate(
      { requisition_id: requisitionId, name: newName, kind: newKind || "custom" },
      { onError, onSuccess: () => (setNewName(""), toast.show(`Added ${newName}`, "success")) },
    );
  };

  return (
    <Dialog title="Pipeline stages" description="Rename, reorder, add, or delete stages no one is in." onClose={onClose} size="md" testId="stage-editor"
      footer={<Button variant="primary" onClick={onClose}>Done</Button>}>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={list.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="stage-list" aria-label="Stages">
            {list.map((s, i) => (
              <SortableStage key={s.id} stage={s}>
                <Chip tone={STAGE_TONE[s.kind]}>{STAGE_KIND[s.kind]}</Chip>
                <input
                  className="input"
                  aria-label={`Name of stage ${i + 1}`}
                  value={names[s.id] ?? s.name}
                  onChange={(e) => setNames({ ...names, [s.id]: e.target.value })}
                  onBlur={() => commitName(s)}
                  onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), commitName(s))}
                />
                <span className="muted num" title="Applications in this stage">{s.application_count}</span>
                <Button size="sm" variant="ghost" aria-label={`Move ${s.name} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑
                </Button>
                <Button size="sm" variant="ghost" aria-label={`Move ${s.name} down`} disabled={i === list.length - 1} onClick={() => move(i, 1)}>
                  ↓
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Delete ${s.name}`}
                  disabled={s.application_count > 0}
                  title={s.application_count > 0 ? "Move its candidates first" : undefined}
                  onClick={() => remove.mutate({ id: s.id }, { onError, onSuccess: () => toast.show(`Deleted ${s.name}`, "success") })}
                >
                  Delete
                </Button>
              </SortableStage>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="form-row-3">
        <Field label="New stage" field="name" htmlFor="f-new-stage">
          <input id="f-new-stage" className="input" value={newName} onChange={(e) => setNewName(e.target.value)} placeholder="Portfolio review" />
        </Field>
        <Field label="Kind" field="kind" htmlFor="f-new-kind">
          <EnumSelect id="f-new-kind" labels={STAGE_KIND} value={newKind} onChange={setNewKind} />
        </Field>
        <div className="subform-actions">
          <Button variant="secondary" icon="plus" onClick={add} data-testid="add-stage">
            Add stage
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
