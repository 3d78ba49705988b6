// A drag-and-drop board shared by the job kanban and the requisition pipeline: columns are drop
// zones, cards are draggable with the mouse, and with the keyboard either Shift+←/→ (move to
// the previous/next column at once) or Space to pick a card up, arrows to carry it, Space to drop.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type BoardColumn<T> = {
  id: string;
  /** Plain-text name for screen readers. */
  label: string;
  title: ReactNode;
  count: number;
  items: T[];
  testId?: string;
  footer?: ReactNode;
  empty?: ReactNode;
};

type Props<T> = {
  columns: BoardColumn<T>[];
  itemId: (item: T) => string;
  renderCard: (item: T, state: { dragging: boolean; overlay?: boolean }) => ReactNode;
  cardLabel: (item: T) => string;
  cardTestId: string;
  /** Called when a card is dropped on (or keyboard-moved to) another column. */
  onMove: (item: T, fromColumn: string, toColumn: string) => void;
  onOpen: (item: T) => void;
  label: string;
};

/** Arrow keys during a keyboard drag jump to the neighbouring column instead of a few pixels. */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { droppableRects, collisionRect, over } = context;
  if (!collisionRect) return undefined;
  const rects = [...droppableRects.entries()].sort((a, b) => a[1].left - b[1].left);
  const index = rects.findIndex(([id]) => id === over?.id);
  const step = event.code === "ArrowRight" ? 1 : event.code === "ArrowLeft" ? -1 : 0;
  if (step === 0) {
    const dy = event.code === "ArrowDown" ? 40 : event.code === "ArrowUp" ? -40 : 0;
    return dy ? { x: currentCoordinates.x, y: currentCoordinates.y + dy } : undefined;
  }
  event.preventDefault();
  const target = rects[Math.min(Math.max((index < 0 ? 0 : index) + step, 0), rects.length - 1)];
  if (!target) return undefined;
  const rect = target[1];
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: Math.max(rect.top + 48, currentCoordinates.y),
  };
};

export function Board<T>({ columns, itemId, renderCard, cardLabel, cardTestId, onMove, onOpen, label }: Props<T>) {
  const [active, setActive] = useState<{ item: T; from: string } | null>(null);
  // After a move, focus follows the card to its new column (it is a new element there).
  const [focusTarget, setFocusTarget] = useState<{ id: string; column: string } | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: columnCoordinates,
      keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] },
    }),
  );

  const columnOf = (id: string) => columns.find((c) => c.items.some((i) => itemId(i) === id));

  const moveBy = (item: T, from: string, step: number) => {
    const index = columns.findIndex((c) => c.id === from);
    const target = columns[index + step];
    if (!target) return;
    setFocusTarget({ id: itemId(item), column: target.id });
    onMove(item, from, target.id);
  };

  const onDragStart = (e: DragStartEvent) => {
    const col = columnOf(String(e.active.id));
    const item = col?.items.find((i) => itemId(i) === String(e.active.id));
    if (col && item !== undefined) setActive({ item, from: col.id });
  };

  const onDragEnd = (e: DragEndEvent) => {
    const current = active;
    setActive(null);
    if (!current || !e.over) return;
    const to = String(e.over.id);
    if (to !== current.from) {
      setFocusTarget({ id: itemId(current.item), column: to });
      onMove(current.item, current.from, to);
    }
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            "Press Shift and the left or right arrow to move this card to another column. Or press Space to pick it up, arrows to move, Space to drop, Escape to cancel.",
        },
        announcements: {
          onDragStart: ({ active: a }) => `Picked up ${labelFor(a.id)}.`,
          onDragOver: ({ over }) => (over ? `Over ${columnTitle(over.id)}.` : "Not over a column."),
          onDragEnd: ({ over }) => (over ? `Dropped in ${columnTitle(over.id)}.` : "Dropped."),
          onDragCancel: () => "Move cancelled.",
        },
      }}
    >
      <div className="board" role="list" aria-label={label}>
        {columns.map((col, colIndex) => (
          <Column key={col.id} column={col}>
            {col.items.map((item) => {
              const id = itemId(item);
              return (
                <Card
                  key={id}
                  id={id}
                  label={cardLabel(item)}
                  testId={cardTestId}
                  dimmed={active !== null && itemId(active.item) === id}
                  focus={focusTarget?.id === id && focusTarget.column === col.id}
                  onFocused={() => setFocusTarget(null)}
                  onOpen={() => onOpen(item)}
                  onStep={(step) => {
                    if (colIndex + step >= 0 && colIndex + step < columns.length) moveBy(item, col.id, step);
                  }}
                >
                  {renderCard(item, { dragging: false })}
                </Card>
              );
            })}
          </Column>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? <div className="card is-overlay">{renderCard(active.item, { dragging: true, overlay: true })}</div> : null}
      </DragOverlay>
    </DndContext>
  );

  function labelFor(id: string | number): string {
    const col = columnOf(String(id));
    const item = col?.items.find((i) => itemId(i) === String(id));
    return item !== undefined ? cardLabel(item) : "card";
  }
  function columnTitle(id: string | number): string {
    return columns.find((c) => c.id === String(id))?.label ?? String(id);
  }
}

function Column<T>({ column, children }: { column: BoardColumn<T>; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  return (
    <section
      ref={setNodeRef}
      className={`board-col${isOver ? " is-over" : ""}`}
      data-testid={column.testId}
      role="listitem"
      aria-label={`${column.label}, ${column.count}`}
    >
      <header className="board-col-head">
        <span className="board-col-title">{column.title}</span>
        <span className="board-col-count">{column.count}</span>
      </header>
      <div className="board-col-body">
        {children}
        {column.items.length === 0 && <div className="board-col-empty">{column.empty ?? "Drop here"}</div>}
        {column.footer}
      </div>
    </section>
  );
}

type CardProps = {
  id: string;
  label: string;
  testId: string;
  dimmed: boolean;
  focus: boolean;
  onFocused: () => void;
  onOpen: () => void;
  onStep: (step: number) => void;
  children: ReactNode;
};

function Card({ id, label, testId, dimmed, focus, onFocused, onOpen, onStep, children }: CardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id });
  const ref = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (focus && ref.current) {
      ref.current.focus();
      onFocused();
    }
  }, [focus, onFocused]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.shiftKey && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
      e.preventDefault();
      onStep(e.key === "ArrowRight" ? 1 : -1);
      return;
    }
    if (e.key === "Enter" && !isDragging) {
      e.preventDefault();
      onOpen();
      return;
    }
    listeners?.onKeyDown?.(e);
  };

  return (
    <div
      ref={(node) => {
        setNodeRef(node);
        ref.current = node;
      }}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={onOpen}
      aria-label={label}
      data-testid={testId}
      data-card-id={id}
      className={`card${dimmed || isDragging ? " is-dragging" : ""}`}
    >
      {children}
    </div>
  );
}
