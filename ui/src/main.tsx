// Entry point: applies the remembered theme, then mounts the React app. In `vite` dev mode
// outside Tauri, the IPC is bridged to the real core through the dev server first.
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { applyStoredTheme } from "./lib/theme";
import "./styles/index.css";

async function start(): Promise<void> {
  applyStoredTheme();
  if (import.meta.env.DEV && !("__TAURI_INTERNALS__" in window)) {
    const { installIpcBridge } = await import("./dev/ipcBridge");
    installIpcBridge();
  }
  const root = document.getElementById("app");
  if (root) createRoot(root).render(<App />);
}

void start();
