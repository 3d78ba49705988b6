// Development only (loaded by main.tsx when `import.meta.env.DEV` and no Tauri is present): routes
// Tauri IPC over HTTP to the Vite dev server's core bridge (dev/coreBridge.ts), so the UI can be
// used and screenshotted in a plain browser. Production builds drop this module entirely.
type Internals = { invoke: (cmd: string, args?: unknown) => Promise<unknown>; transformCallback: () => number };

export function installIpcBridge(): void {
  const internals: Internals = {
    async invoke(cmd, args) {
      const res = await fetch("/__ipc", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cmd, args: args ?? {} }),
      });
      const body: unknown = await res.json();
      if (!res.ok) throw body;
      return body;
    },
    transformCallback: () => 0,
  };
  (window as unknown as { __TAURI_INTERNALS__: Internals }).__TAURI_INTERNALS__ = internals;
}
