// The top bar: the page's place in the app, the global search box (opens the command palette), the
// sync status and the theme toggle.
import { Icon } from "../components/Icon";
import { Kbd } from "../components/Kbd";
import { MOD } from "../lib/keys";
import { useTheme } from "../lib/theme";
import { useRouter } from "../lib/router";
import { PAGE_META } from "./Sidebar";
import { SyncIndicator } from "./SyncIndicator";

type Props = {
  query: string;
  onQuery: (q: string) => void;
  onOpenPalette: () => void;
  onOpenHelp: () => void;
};

export function TopBar({ query, onQuery, onOpenPalette, onOpenHelp }: Props) {
  const { theme, toggle } = useTheme();
  const { route, workspace } = useRouter();
  return (
    <header className="topbar">
      <div className="crumbs">
        <span className="crumb-muted">{workspace === "job_search" ? "Job search" : "Recruiting"}</span>
        <Icon name="chevronRight" size={14} />
        <span>{PAGE_META[route.page].label}</span>
      </div>
      <label className="global-search">
        <Icon name="search" />
        <input
          data-testid="global-search"
          aria-label="Search everything"
          placeholder="Search or jump to…"
          value={query}
          onClick={onOpenPalette}
          onChange={(e) => {
            onQuery(e.target.value);
            onOpenPalette();
          }}
        />
        <Kbd keys={[MOD, "K"]} />
      </label>
      <div className="topbar-actions">
        <SyncIndicator />
        <button type="button" className="icon-btn" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onOpenHelp}>
          <Icon name="keyboard" />
        </button>
        <button
          type="button"
          className="icon-btn"
          data-testid="theme-toggle"
          aria-label={theme === "dark" ? "Switch to light theme" : "Switch to dark theme"}
          title={theme === "dark" ? "Light theme" : "Dark theme"}
          onClick={toggle}
        >
          <Icon name={theme === "dark" ? "sun" : "moon"} />
        </button>
      </div>
    </header>
  );
}
