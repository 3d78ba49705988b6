// A tiny hash router: `#/jobs`, `#/jobs/<id>` (detail drawer open), `#/requisitions/<id>` (its
// pipeline board) and so on. Hash routes work under Tauri's custom protocol, survive reloads and
// need no router library.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Role } from "../bindings";

export type PageId =
  | "home"
  | "jobs"
  | "resumes"
  | "profile"
  | "goals"
  | "practice"
  | "dashboard"
  | "candidates"
  | "requisitions"
  | "clients"
  | "interviews"
  | "assessments"
  | "test"
  | "sync"
  | "settings";
export type Workspace = "job_search" | "recruiting";
export type Route = { page: PageId; id?: string };

export const WORKSPACE_PAGES: Record<Workspace, PageId[]> = {
  job_search: ["home", "jobs", "resumes", "profile", "goals", "practice"],
  recruiting: ["dashboard", "candidates", "requisitions", "interviews", "assessments", "clients"],
};

const PAGES: PageId[] = [...WORKSPACE_PAGES.job_search, ...WORKSPACE_PAGES.recruiting, "test", "sync", "settings"];

export function workspaceOf(page: PageId): Workspace | null {
  if (WORKSPACE_PAGES.job_search.includes(page)) return "job_search";
  if (WORKSPACE_PAGES.recruiting.includes(page)) return "recruiting";
  return null;
}

export function workspaceForRole(role: Role | null): Workspace {
  return role === "recruiter" ? "recruiting" : "job_search";
}

export function parseHash(hash: string): Route | null {
  const [page, id] = hash.replace(/^#\/?/, "").split("/");
  if (!page || !PAGES.includes(page as PageId)) return null;
  return id ? { page: page as PageId, id: decodeURIComponent(id) } : { page: page as PageId };
}

export function routeHash(route: Route): string {
  return `#/${route.page}${route.id ? `/${encodeURIComponent(route.id)}` : ""}`;
}

type RouterState = {
  route: Route;
  workspace: Workspace;
  navigate: (route: Route) => void;
  setWorkspace: (w: Workspace) => void;
};

const RouterContext = createContext<RouterState | null>(null);

export function RouterProvider({ initial, children }: { initial: Workspace; children: ReactNode }) {
  const start = parseHash(window.location.hash) ?? { page: WORKSPACE_PAGES[initial][0]! };
  const [route, setRoute] = useState<Route>(start);
  const [lastWorkspace, setLastWorkspace] = useState<Workspace>(workspaceOf(start.page) ?? initial);

  useEffect(() => {
    const onHash = () => {
      const r = parseHash(window.location.hash);
      if (r) setRoute(r);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  const navigate = useCallback((r: Route) => {
    setRoute(r);
    const ws = workspaceOf(r.page);
    if (ws) setLastWorkspace(ws);
    const hash = routeHash(r);
    if (window.location.hash !== hash) window.history.pushState(null, "", hash);
  }, []);

  const setWorkspace = useCallback(
    (w: Workspace) => navigate({ page: WORKSPACE_PAGES[w][0]! }),
    [navigate],
  );

  const workspace = workspaceOf(route.page) ?? lastWorkspace;
  const value = useMemo(() => ({ route, workspace, navigate, setWorkspace }), [route, workspace, navigate, setWorkspace]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterState {
  const ctx = useContext(RouterContext);
  if (!ctx) throw new Error("useRouter outside RouterProvider");
  return ctx;
}
