// Development only: lets `npx vite` serve the UI in a plain browser against the real core. The
// browser side (src/dev/ipcBridge.ts) posts each IPC call here; `call` runs the CLI
// (`talentdesk-cli --db $TALENTDESK_DEV_DB call NAME JSON`), and the shell's own commands are
// imitated in memory. Not used by `vite build` or by the tests.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";

type Setup = { role: "job_seeker" | "recruiter" | null; db_path: string };

function runCli(cli: string, db: string, name: string, input: unknown): Promise<{ ok: boolean; body: unknown }> {
  return new Promise((done) => {
    execFile(cli, ["--db", db, "call", name, JSON.stringify(input ?? {})], (err, stdout, stderr) => {
      try {
        const doc = JSON.parse(stdout) as { error?: unknown };
        if (err && doc && typeof doc === "object" && "error" in doc) done({ ok: false, body: doc.error });
        else done({ ok: !err, body: doc });
      } catch {
        done({ ok: false, body: { code: "io", message: stderr || String(err) } });
      }
    });
  });
}

export function coreBridge(): Plugin {
  const root = resolve(__dirname, "..", "..");
  const cli = process.env.TALENTDESK_CLI ?? resolve(root, "target", "debug", "talentdesk-cli");
  const db = process.env.TALENTDESK_DEV_DB ?? "/tmp/talentdesk-dev.db";
  const setup: Setup = {
    role: (process.env.TALENTDESK_DEV_ROLE as Setup["role"]) ?? null,
    db_path: db,
  };
  return {
    name: "talentdesk-core-bridge",
    configureServer(server) {
      server.middlewares.use("/__ipc", (req, res) => {
        let text = "";
        req.on("data", (chunk: Buffer) => (text += chunk.toString()));
        req.on("end", async () => {
          const { cmd, args } = JSON.parse(text) as { cmd: string; args: Record<string, unknown> };
          let result: { ok: boolean; body: unknown };
          if (!existsSync(cli)) {
            result = { ok: false, body: { code: "io", message: `no CLI at ${cli}: cargo build -p talentdesk-cli` } };
          } else if (cmd === "call") {
            result = await runCli(cli, setup.db_path, String(args.name), args.input);
          } else if (cmd === "app_info") {
            result = await runCli(cli, setup.db_path, "app_info", {});
          } else if (cmd === "app_setup_get") {
            result = { ok: true, body: appSetup(setup, db) };
          } else if (cmd === "app_setup_save") {
            const request = args.request as { role: Setup["role"]; db_path?: string };
            setup.role = request.role;
            if (request.db_path) setup.db_path = request.db_path;
            result = { ok: true, body: appSetup(setup, db) };
          } else if (cmd === "pick_database_path") {
            result = { ok: true, body: "/tmp/talentdesk-picked.db" };
          } else {
            result = { ok: false, body: `command ${cmd} not found` };
          }
          res.statusCode = result.ok ? 200 : 400;
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify(result.body));
        });
      });
    },
  };
}

function appSetup(setup: Setup, defaultDb: string) {
  return {
    role: setup.role,
    db_path: setup.db_path,
    default_db_path: defaultDb,
    db_path_locked: false,
    first_run: setup.role === null,
  };
}
