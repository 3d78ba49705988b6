// Keyboard plumbing shared by the global shortcuts and the pages: whether a key press came from a
// text field (shortcuts must not fire while typing), and the `n` → "open this page's New form"
// hand-off from the shell to whichever page is showing.
import { useEffect, useRef } from "react";

/** True when the event's target is somewhere a person types. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t || !(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  const tag = t.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (t as HTMLInputElement).type;
    return !["checkbox", "radio", "button", "submit", "range", "color"].includes(type);
  }
  return false;
}

/** The platform's command key label. */
export const MOD = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

type Handler = () => void;
/** Registered "New …" actions; the most recent registration (the innermost view) wins. */
const newHandlers: Handler[] = [];

/**
 * Registers the current view's "New …" action for the `n` shortcut and the command palette.
 * Pass null to register nothing (e.g. while a tab without a New form is showing).
 */
export function useNewAction(handler: Handler | null): void {
  const ref = useRef(handler);
  ref.current = handler;
  const active = handler !== null;
  useEffect(() => {
    if (!active) return;
    const h = () => ref.current?.();
    newHandlers.push(h);
    if (takePendingNew()) h();
    return () => {
      const i = newHandlers.lastIndexOf(h);
      if (i >= 0) newHandlers.splice(i, 1);
    };
  }, [active]);
}

/** Runs the current page's "New …" action; false when the page has none. */
export function triggerNew(): boolean {
  const h = newHandlers[newHandlers.length - 1];
  if (!h) return false;
  h();
  return true;
}

/** Pending "new" request across a navigation (palette "New job" from another page). */
let pendingNew = false;
export function requestNewAfterNavigation(): void {
  pendingNew = true;
}
export function takePendingNew(): boolean {
  const p = pendingNew;
  pendingNew = false;
  return p;
}
