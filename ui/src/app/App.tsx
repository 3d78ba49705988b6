// The root: providers (query cache, theme, toasts), then the first-run screen until a role is
// chosen, then the app shell opened on that role's workspace.
import { QueryClientProvider, type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { AppSetup } from "../bindings";
import { Button } from "../components/Button";
import { Loading } from "../components/Page";
import { errorMessage, shell } from "../api";
import { createQueryClient, useShell } from "../lib/queries";
import { RouterProvider, workspaceForRole } from "../lib/router";
import { ThemeProvider } from "../lib/theme";
import { ToastProvider } from "../lib/toast";
import { AppShell } from "./AppShell";
import { FirstRun } from "./FirstRun";

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider>
        <ToastProvider>
          <Boot />
        </ToastProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}

function Boot() {
  const setup = useShell("app_setup_get");
  const client = useQueryClient();
  useReadyMark(!setup.isPending);

  if (setup.isPending) {
    return (
      <div className="splash">
        <Loading label="Opening Talentdesk…" />
      </div>
    );
  }
  if (setup.isError) {
    return (
      <div className="splash">
        <div className="splash-card" role="alert">
          <h1>Talentdesk could not start</h1>
          <p>{errorMessage(setup.error)}</p>
          <Button variant="primary" onClick={() => void setup.refetch()}>
            Try again
          </Button>
        </div>
      </div>
    );
  }
  if (setup.data.first_run) {
    return (
      <FirstRun
        setup={setup.data}
        onDone={(saved: AppSetup) => {
          if (window.location.hash) window.history.replaceState(null, "", window.location.pathname + window.location.search);
          // A new database may be in use now: drop everything read from the old one.
          client.removeQueries({ predicate: (q) => q.queryKey[0] !== "shell" });
          client.setQueryData(["shell", "app_setup_get"], saved);
          void client.invalidateQueries({ queryKey: ["shell", "app_info"] });
        }}
      />
    );
  }
  return (
    <RouterProvider initial={workspaceForRole(setup.data.role)}>
      <AppShell />
    </RouterProvider>
  );
}

/** Tells the shell, once, that the first screen (past the splash) has been painted: the
 * benchmark's "app start to first screen". Best effort: a failure changes nothing for the person. */
function useReadyMark(shown: boolean) {
  const sent = useRef(false);
  useEffect(() => {
    if (!shown || sent.current) return;
    sent.current = true;
    // After the next frame, so the screen is on the display, not only in the DOM.
    requestAnimationFrame(() => {
      setTimeout(() => void shell("ui_ready", null).catch(() => undefined), 0);
    });
  }, [shown]);
}
