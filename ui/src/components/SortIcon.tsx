// The arrow beside a sorted column header.
import { Icon } from "./Icon";

export function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  if (!direction) return <span className="sort-icon is-idle" aria-hidden="true"><Icon name="arrowDown" size={12} /></span>;
  return (
    <span className="sort-icon" aria-hidden="true">
      <Icon name={direction === "asc" ? "arrowUp" : "arrowDown"} size={12} />
    </span>
  );
}
