// The candidates table for very large lists: rows are virtualized (TanStack Virtual) and fetched
// from the core in pages of `candidate_list` (limit/offset) as they scroll into view, with the
// sort, direction, status, search and per-column filters (the row under the headers) done by
// the core. TanStack Table owns the columns and the
// sort state; only the pages around the viewport are held in the table at once.
import { useQueries } from "@tanstack/react-query";
import {
  FlexRender,
  rowSortingFeature,
  tableFeatures,
  useTable,
  createColumnHelper,
  type Row,
  type SortingState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { call } from "../../api";
import type { Candidate, CandidateList, CandidateSort, CandidateStatus } from "../../bindings";
import { Chip } from "../../components/Chip";
import { SortIcon } from "../../components/SortIcon";
import { CANDIDATE_STATUS, CANDIDATE_TONE } from "../../lib/enums";
import { date, initials } from "../../lib/format";
import { commandKey } from "../../lib/queries";

export const PAGE_SIZE = 100;
const ROW_HEIGHT = 40;

type Slot = { index: number; c: Candidate };

const features = tableFeatures({ rowSortingFeature });
const col = createColumnHelper<typeof features, Slot>();

const columns = col.columns([
  col.accessor((r) => r.c.full_name, {
    id: "full_name",
    header: "Name",
    cell: (ctx) => (
      <span className="cand-name">
        <span className="avatar" aria-hidden="true">
          {initials(ctx.getValue())}
        </span>
        <span className="cell-strong">{ctx.getValue()}</span>
      </span>
    ),
  }),
  col.accessor((r) => r.c.email ?? "", { id: "email", header: "Email", cell: (ctx) => <span className="muted">{ctx.getValue()}</span> }),
  col.accessor((r) => r.c.current_role ?? "", { id: "current_role", header: "Current role" }),
  col.accessor((r) => r.c.location ?? "", { id: "location", header: "Location" }),
  col.accessor((r) => r.c.status, {
    id: "status",
    header: "Status",
    cell: (ctx) => <Chip tone={CANDIDATE_TONE[ctx.getValue()]}>{CANDIDATE_STATUS[ctx.getValue()]}</Chip>,
  }),
  col.accessor((r) => r.c.total_experience_years, {
    id: "total_experience_years",
    header: "Experience",
    cell: (ctx) => {
      const v = ctx.getValue();
      return v === null ? <span className="muted">—</span> : `${v} yr${v === 1 ? "" : "s"}`;
    },
  }),
  col.accessor((r) => r.c.created_at, { id: "created_at", header: "Created", cell: (ctx) => <span className="muted">{date(ctx.getValue())}</span> }),
]);

export const GRID_COLUMNS = "minmax(180px, 1.6fr) minmax(160px, 1.5fr) minmax(140px, 1.3fr) minmax(120px, 1.1fr) 124px 100px 124px";

/** Per-column filters, as typed into the filter row (sent to the core as `candidate_list` fields). */
export type ColumnFilters = {
  full_name?: string;
  email?: string;
  current_role?: string;
  location?: string;
  min_experience_years?: string;
  created_from?: string;
  tag_id?: string;
};

type Props = {
  query: string;
  /** With search text and no column filter: rows in `candidate_search`'s relevance order
   * (best matches first) instead of a column's. */
  bestMatch?: boolean;
  status: CandidateStatus | "";
  /** What the filter row shows (as typed). */
  filters: ColumnFilters;
  /** What the list is filtered by (the typed filters, debounced). */
  appliedFilters: ColumnFilters;
  onFiltersChange: (f: ColumnFilters) => void;
  sorting: SortingState;
  onSortingChange: (s: SortingState) => void;
  onOpen: (id: string) => void;
  onTotal: (total: number | null) => void;
};

export function baseRequest(query: string, status: CandidateStatus | "", sorting: SortingState, filters: ColumnFilters = {}): CandidateList {
  const sort = sorting[0];
  const f: CandidateList = {};
  for (const [k, v] of Object.entries(filters)) {
    const t = v?.trim();
    if (!t) continue;
    if (k === "min_experience_years") {
      const n = Number(t);
      if (Number.isFinite(n)) f.min_experience_years = n;
    } else (f as Record<string, string>)[k] = t;
  }
  return {
    ...(query ? { query } : {}),
    ...(status ? { status } : {}),
    ...f,
    sort: (sort?.id ?? "created_at") as CandidateSort,
    direction: sort?.desc === false ? "asc" : "desc",
    limit: PAGE_SIZE,
  };
}

/** One loaded row. Memoized: while scrolling, rows already on screen do not re-render. */
const CandidateRow = memo(function CandidateRow({
  row,
  index,
  start,
  onOpen,
}: {
  row: Row<typeof features, Slot>;
  index: number;
  start: number;
  onOpen: (id: string) => void;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter") onOpen(row.original.c.id);
    else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const sib = e.key === "ArrowDown" ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      (sib as HTMLElement | null)?.focus();
    }
  };
  return (
    <div
      role="row"
      tabIndex={0}
      aria-rowindex={index + 2}
      data-testid="candidate-row"
      className="vtable-row vtable-tr"
      style={{ gridTemplateColumns: GRID_COLUMNS, height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
      onClick={() => onOpen(row.original.c.id)}
      onKeyDown={onKeyDown}
    >
      {row.getAllCells().map((cell) => (
        <div key={cell.id} role="cell" className="vtable-td">
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});

/** A row whose page is still being fetched. */
const SkeletonRow = memo(function SkeletonRow({ index, start }: { index: number; start: number }) {
  return (
    <div
      className="vtable-row vtable-tr is-skeleton"
      role="row"
      aria-rowindex={index + 2}
      style={{ gridTemplateColumns: GRID_COLUMNS, height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
    >
      {columns.map((_, i) => (
        <div key={i} role="cell" className="vtable-td">
          <span className="skeleton" />
        </div>
      ))}
    </div>
  );
});

/** The filter row under the column headers: one input per filterable column. */
function FilterRow({ filters, onChange }: { filters: ColumnFilters; onChange: (f: ColumnFilters) => void }) {
  const input = (key: keyof ColumnFilters, label: string, type = "search") => (
    <div role="columnheader" className="vtable-th vtable-filter">
      <input
        className="input input-sm"
        type={type}
        aria-label={`Filter by ${label}`}
        data-testid={`filter-${key}`}
        placeholder={type === "date" ? undefined : "Filter…"}
        inputMode={key === "min_experience_years" ? "decimal" : undefined}
        value={filters[key] ?? ""}
        onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="vtable-row" role="row" style={{ gridTemplateColumns: GRID_COLUMNS }}>
      {input("full_name", "name")}
      {input("email", "email")}
      {input("current_role", "current role")}
      {input("location", "location")}
      <div role="columnheader" className="vtable-th vtable-filter" />
      {input("min_experience_years", "minimum years of experience")}
      {input("created_from", "created on or after", "date")}
    </div>
  );
}

/** True when the per-column filters hold anything (relevance order then gives way to the list). */
export function hasColumnFilters(filters: ColumnFilters): boolean {
  return Object.entries(filters).some(([k, v]) => k !== "tag_id" && v && v.trim() !== "") || !!filters.tag_id;
}

export function CandidateTable({ query, bestMatch = false, status, filters, appliedFilters, onFiltersChange, sorting, onSortingChange, onOpen, onTotal }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const open = useCallback((id: string) => openRef.current(id), []);
  const headRef = useRef<HTMLDivElement>(null);
  const filterKey = JSON.stringify(appliedFilters);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const base = useMemo(() => baseRequest(query, status, sorting, appliedFilters), [query, status, sorting, filterKey]);
  const relevance = bestMatch && query !== "" && !hasColumnFilters(appliedFilters);
  const lastTotal = useRef<number | null>(null);
  const baseKey = JSON.stringify(base) + String(relevance);

  // Scroll back to the top whenever the list itself changes (search, filter, sort).
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    lastTotal.current = null;
  }, [baseKey]);

  const virtualizer = useVirtualizer({
    count: lastTotal.current ?? PAGE_SIZE,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 640 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const pages: number[] = [];
  for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) pages.push(p);
  if (pages.length === 0) pages.push(0);

  const results = useQueries({
    queries: pages.map((p) => {
      if (relevance) {
        const request = { query, ...(status ? { status } : {}), limit: PAGE_SIZE, offset: p * PAGE_SIZE };
        return { queryKey: commandKey("candidate_search", request), queryFn: () => call("candidate_search", request) };
      }
      const request = { ...base, offset: p * PAGE_SIZE };
      return { queryKey: commandKey("candidate_list", request), queryFn: () => call("candidate_list", request) };
    }),
  });

  const total = results.find((r) => r.data)?.data?.total ?? lastTotal.current;
  useEffect(() => {
    if (total !== lastTotal.current) {
      lastTotal.current = total;
      virtualizer.measure();
    }
    onTotal(total);
  }, [total, onTotal, virtualizer]);

  const slots = useMemo(() => {
    const out: Slot[] = [];
    results.forEach((r, i) => {
      const start = pages[i]! * PAGE_SIZE;
      r.data?.items.forEach((c, j) => out.push({ index: start + j, c }));
    });
    return out;
    // `results` is a new array on every render; what matters is which pages hold which data.
  }, [results.map((r) => r.dataUpdatedAt).join(","), pages.join(",")]);

  const table = useTable({
    features,
    columns,
    data: slots,
    getRowId: (s: Slot) => s.c.id,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === "function" ? updater(sorting) : updater),
    manualSorting: true,
    enableSortingRemoval: false,
    sortDescFirst: false,
  });

  const rowsByIndex = new Map(table.getRowModel().rows.map((row) => [row.original.index, row]));
  const error = results.find((r) => r.error)?.error;
  const count = total ?? 0;

  return (
    <div className="vtable" role="table" aria-label="Candidates" aria-rowcount={count + 1}>
      <div className="vtable-head" role="rowgroup" ref={headRef}>
        <div className="vtable-row" role="row" style={{ gridTemplateColumns: GRID_COLUMNS }}>
          {table.getHeaderGroups()[0]!.headers.map((header) => {
            const sorted = relevance ? false : header.column.getIsSorted();
            return (
              <div
                key={header.id}
                role="columnheader"
                className="vtable-th"
                aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
              >
                <button type="button" className="th-sort" onClick={header.column.getToggleSortingHandler()}>
                  <table.FlexRender header={header} />
                  <SortIcon direction={sorted} />
                </button>
              </div>
            );
          })}
        </div>
        <FilterRow filters={filters} onChange={onFiltersChange} />
      </div>
      <div
        ref={scrollRef}
        className="vtable-body"
        role="rowgroup"
        data-testid="candidate-scroller"
        onScroll={(e) => {
          // The header sits outside the scroller; keep it aligned when scrolling sideways.
          if (headRef.current) headRef.current.scrollLeft = e.currentTarget.scrollLeft;
        }}
      >
        {error ? (
          <p className="vtable-note" role="alert">
            {error instanceof Error ? error.message : (error as { message?: string }).message}
          </p>
        ) : total === 0 ? (
          <p className="vtable-note">No candidates match.</p>
        ) : (
          <div style={{ height: count ? virtualizer.getTotalSize() : 0, position: "relative" }}>
            {items.map((item) => {
              if (item.index >= count && total !== null) return null;
              const row = rowsByIndex.get(item.index);
              return row ? (
                <CandidateRow key={row.id} row={row} index={item.index} start={item.start} onOpen={open} />
              ) : (
                <SkeletonRow key={`s${item.index}`} index={item.index} start={item.start} />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
