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
let newHandler: Handler | null = null;

/** Registers the current page's "New …" action for the `n` shortcut and the command palette. */
export function useNewAction(handler: Handler | null): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!ref.current) return;
    const h = () => ref.current?.();
    newHandler = h;
    if (takePendingNew()) h();
    return () => {
      if (newHandler === h) newHandler = null;
    };
  }, [handler === null]);
}

/** Runs the current page's "New …" action; false when the page has none. */
export function triggerNew(): boolean {
  if (!newHandler) return false;
  newHandler();
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
