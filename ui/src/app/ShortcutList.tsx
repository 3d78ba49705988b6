// The shortcuts as a two-column list (help dialog and settings page).
import { Kbd } from "../components/Kbd";
import { SHORTCUTS } from "./shortcuts";

export function ShortcutList() {
  return (
    <ul className="shortcut-list">
      {SHORTCUTS.map((s) => (
        <li key={s.label}>
          <span>{s.label}</span>
          <Kbd keys={s.keys} />
        </li>
      ))}
    </ul>
  );
}
