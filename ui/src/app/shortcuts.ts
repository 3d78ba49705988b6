// The keyboard shortcuts, in one list shown by the help dialog and the settings page.
import { MOD } from "../lib/keys";
import type { PageId } from "../lib/router";

export const GO_KEYS: Record<string, PageId> = {
  d: "home",
  j: "jobs",
  o: "goals",
  p: "practice",
  c: "candidates",
  r: "requisitions",
  i: "interviews",
  l: "clients",
  s: "settings",
};

export const SHORTCUTS: Array<{ keys: string[]; label: string }> = [
  { keys: [MOD, "K"], label: "Open the command palette (search everything)" },
  { keys: ["?"], label: "Show keyboard shortcuts" },
  { keys: ["n"], label: "New item on the current page" },
  { keys: ["g", "d"], label: "Go to the Dashboard" },
  { keys: ["g", "j"], label: "Go to Jobs" },
  { keys: ["g", "o"], label: "Go to Goals" },
  { keys: ["g", "p"], label: "Go to Practice" },
  { keys: ["g", "c"], label: "Go to Candidates" },
  { keys: ["g", "r"], label: "Go to Requisitions" },
  { keys: ["g", "i"], label: "Go to Interviews" },
  { keys: ["g", "l"], label: "Go to Clients" },
  { keys: ["g", "s"], label: "Go to Settings" },
  { keys: ["Shift", "←/→"], label: "Move the focused board card to the previous/next column" },
  { keys: ["Space"], label: "Pick up / drop the focused board card, then arrows to move it" },
  { keys: ["Enter"], label: "Open the focused card or row" },
  { keys: ["Esc"], label: "Close a dialog, drawer or the palette" },
];
