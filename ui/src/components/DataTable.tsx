// A sortable table for lists that fit in memory (jobs table, requisitions, clients): TanStack
// Table sorts on any column by clicking its header; rows open on click or Enter.
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { useState, type ReactNode } from "react";
import { SortIcon } from "./SortIcon";

export const tableFeatureSet = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime, text: sortFn_text },
});

export type Features = typeof tableFeatureSet;
export type Columns<T extends RowData> = Array<ColumnDef<Features, T, any>>;

/** A column helper bound to the app's table features. */
export function columnHelper<T extends RowData>() {
  return createColumnHelper<Features, T>();
}

type Props<T extends RowData> = {
  data: T[];
  columns: Columns<T>;
  rowId: (row: T) => string;
  rowTestId?: string;
  rowLabel?: (row: T) => string;
  onOpen?: (row: T) => void;
  initialSort?: SortingState;
  label: string;
  footer?: ReactNode;
};

export function DataTable<T extends RowData>({ data, columns, rowId, rowTestId, rowLabel, onOpen, initialSort = [], label, footer }: Props<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const table = useTable({
    features: tableFeatureSet,
    columns,
    data,
    getRowId: (row: T) => rowId(row),
    state: { sorting },
    onSortingChange: setSorting,
  });

  return (
    <div className="table-wrap">
      <table className="table" aria-label={label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    style={{ width: header.column.columnDef.meta?.width }}
                  >
                    {canSort ? (
                      <button type="button" className="th-sort" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <SortIcon direction={sorted} />
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-testid={rowTestId}
              tabIndex={onOpen ? 0 : undefined}
              aria-label={rowLabel?.(row.original)}
              className={onOpen ? "is-clickable" : undefined}
              onClick={onOpen ? () => onOpen(row.original) : undefined}
              onKeyDown={
                onOpen
                  ? (e) => {
                      if (e.key === "Enter") onOpen(row.original);
                    }
                  : undefined
              }
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {footer}
    </div>
  );
}
