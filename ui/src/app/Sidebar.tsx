// The left sidebar: brand, workspace switcher (Job search / Recruiting), the workspace's pages,
// Sync and Settings.
import { Icon, type IconName } from "../components/Icon";
import { WORKSPACE_PAGES, useRouter, type PageId, type Workspace } from "../lib/router";

export const PAGE_META: Record<PageId, { label: string; icon: IconName }> = {
  home: { label: "Dashboard", icon: "chart" },
  jobs: { label: "Jobs", icon: "briefcase" },
  resumes: { label: "Resumes", icon: "note" },
  profile: { label: "Profile", icon: "users" },
  goals: { label: "Goals", icon: "target" },
  practice: { label: "Practice", icon: "book" },
  dashboard: { label: "Dashboard", icon: "columns" },
  candidates: { label: "Candidates", icon: "users" },
  requisitions: { label: "Requisitions", icon: "clipboard" },
  interviews: { label: "Interviews", icon: "calendar" },
  assessments: { label: "Assessments", icon: "check" },
  test: { label: "Take a test", icon: "clock" },
  clients: { label: "Clients", icon: "building" },
  sync: { label: "Sync", icon: "sync" },
  settings: { label: "Settings", icon: "settings" },
};

const WORKSPACES: Array<{ id: Workspace; label: string }> = [
  { id: "job_search", label: "Job search" },
  { id: "recruiting", label: "Recruiting" },
];

export function Sidebar() {
  const { route, workspace, navigate, setWorkspace } = useRouter();
  const item = (page: PageId) => {
    const meta = PAGE_META[page];
    const active = route.page === page;
    return (
      <li key={page}>
        <a
          href={`#/${page}`}
          className={`nav-item${active ? " is-active" : ""}`}
          aria-current={active ? "page" : undefined}
          data-testid={`nav-${page}`}
          onClick={(e) => {
            e.preventDefault();
            navigate({ page });
          }}
        >
          <Icon name={meta.icon} />
          {meta.label}
        </a>
      </li>
    );
  };
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="logo" size={18} />
        </span>
        Talentdesk
      </div>
      <div className="workspace-switch" role="tablist" aria-label="Workspace">
        {WORKSPACES.map((w) => (
          <button
            key={w.id}
            type="button"
            role="tab"
            aria-selected={workspace === w.id}
            className={workspace === w.id ? "is-active" : undefined}
            data-testid={`workspace-${w.id}`}
            onClick={() => setWorkspace(w.id)}
          >
            {w.label}
          </button>
        ))}
      </div>
      <nav aria-label={workspace === "job_search" ? "Job search" : "Recruiting"}>
        <ul className="nav-list">{WORKSPACE_PAGES[workspace].map(item)}</ul>
      </nav>
      <div className="sidebar-foot">
        <ul className="nav-list">
          {item("test")}
          {item("sync")}
          {item("settings")}
        </ul>
      </div>
    </aside>
  );
}
