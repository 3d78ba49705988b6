// The app once set up: sidebar, top bar, the current page, and the global keyboard layer
// (Ctrl/Cmd+K palette, `?` help, `g` + letter navigation, `n` for the page's New form).
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { isTyping, requestNewAfterNavigation, takePendingNew, triggerNew } from "../lib/keys";
import { useRouter, type PageId } from "../lib/router";
import { useTheme } from "../lib/theme";
import { CommandPalette, type PaletteAction } from "./CommandPalette";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { Sidebar, PAGE_META } from "./Sidebar";
import { TopBar } from "./TopBar";
import { GO_KEYS } from "./shortcuts";
import { HomePage } from "../pages/home/HomePage";
import { JobsPage } from "../pages/jobs/JobsPage";
import { GoalsPage } from "../pages/goals/GoalsPage";
import { ProfilePage } from "../pages/profile/ProfilePage";
import { ResumesPage } from "../pages/resumes/ResumesPage";
import { PracticePage } from "../pages/practice/PracticePage";
import { CandidatesPage } from "../pages/candidates/CandidatesPage";
import { DashboardPage } from "../pages/dashboard/DashboardPage";
import { RequisitionsPage } from "../pages/requisitions/RequisitionsPage";
import { InterviewsPage } from "../pages/interviews/InterviewsPage";
import { ClientsPage } from "../pages/clients/ClientsPage";
import { AssessmentsPage } from "../pages/assessments/AssessmentsPage";
import { TakeTestPage } from "../pages/test/TakeTestPage";
import { SettingsPage } from "../pages/settings/SettingsPage";
import { SyncPage } from "../pages/sync/SyncPage";

function CurrentPage({ page }: { page: PageId }) {
  switch (page) {
    case "home":
      return <HomePage />;
    case "jobs":
      return <JobsPage />;
    case "resumes":
      return <ResumesPage />;
    case "profile":
      return <ProfilePage />;
    case "goals":
      return <GoalsPage />;
    case "practice":
      return <PracticePage />;
    case "dashboard":
      return <DashboardPage />;
    case "candidates":
      return <CandidatesPage />;
    case "requisitions":
      return <RequisitionsPage />;
    case "interviews":
      return <InterviewsPage />;
    case "assessments":
      return <AssessmentsPage />;
    case "test":
      return <TakeTestPage />;
    case "clients":
      return <ClientsPage />;
    case "sync":
      return <SyncPage />;
    case "settings":
      return <SettingsPage />;
  }
}

const NEW_ACTIONS: Array<{ page: PageId; label: string }> = [
  { page: "jobs", label: "New job" },
  { page: "candidates", label: "New candidate" },
  { page: "requisitions", label: "New requisition" },
  { page: "interviews", label: "Schedule interview" },
  { page: "clients", label: "New client" },
  { page: "goals", label: "New goal" },
  { page: "resumes", label: "Import resume" },
  { page: "practice", label: "New practice question" },
];

export function AppShell() {
  const { route, navigate } = useRouter();
  const { toggle } = useTheme();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [query, setQuery] = useState("");
  const pendingG = useRef<number | null>(null);

  const openNew = useCallback(
    (page: PageId) => {
      if (route.page === page && !route.id && triggerNew()) return;
      // A view that mounts because of the navigation takes the request when it registers; if the
      // page stays mounted (only a drawer closes), run its action once the navigation is done.
      requestNewAfterNavigation();
      navigate({ page });
      window.setTimeout(() => {
        if (takePendingNew()) triggerNew();
      }, 0);
    },
    [route, navigate],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setPaletteOpen(true);
        return;
      }
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      if (pendingG.current !== null) {
        window.clearTimeout(pendingG.current);
        pendingG.current = null;
        const page = GO_KEYS[e.key.toLowerCase()];
        if (page) {
          e.preventDefault();
          navigate({ page });
        }
        return;
      }
      if (e.key === "?") {
        e.preventDefault();
        setHelpOpen(true);
      } else if (e.key === "g") {
        pendingG.current = window.setTimeout(() => (pendingG.current = null), 1500);
      } else if (e.key === "n") {
        if (triggerNew()) e.preventDefault();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [navigate]);

  const actions = useMemo<PaletteAction[]>(
    () => [
      ...NEW_ACTIONS.map((a) => ({ id: `new-${a.page}`, label: a.label, icon: "plus" as const, run: () => openNew(a.page) })),
      ...(Object.keys(PAGE_META) as PageId[]).map((page) => ({
        id: `go-${page}`,
        label: `Go to ${PAGE_META[page].label}`,
        icon: PAGE_META[page].icon,
        run: () => navigate({ page }),
      })),
      { id: "theme", label: "Toggle theme", icon: "moon", hint: "Light / dark", run: toggle },
      { id: "help", label: "Keyboard shortcuts", icon: "keyboard", run: () => setHelpOpen(true) },
    ],
    [openNew, navigate, toggle],
  );

  const closePalette = useCallback(() => {
    setPaletteOpen(false);
    setQuery("");
  }, []);

  return (
    <div className="app">
      <Sidebar />
      <div className="main">
        <TopBar query={query} onQuery={setQuery} onOpenPalette={() => setPaletteOpen(true)} onOpenHelp={() => setHelpOpen(true)} />
        <main className="content" id="content">
          <CurrentPage key={route.page} page={route.page} />
        </main>
      </div>
      {paletteOpen && (
        <CommandPalette
          query={query}
          onQuery={setQuery}
          actions={actions}
          onClose={closePalette}
          onOpenCandidate={(id) => navigate({ page: "candidates", id })}
          onOpenRequisition={(id) => navigate({ page: "requisitions", id })}
          onOpenJob={(id) => navigate({ page: "jobs", id })}
        />
      )}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
