// Column metadata the app's tables read (TanStack Table's ColumnMeta is open for extension).
import "@tanstack/react-table";

declare module "@tanstack/react-table" {
  interface ColumnMeta<TFeatures, TData, TValue> {
    width?: string;
  }
}
