// Recruiting → Candidates: the virtualized, server-sorted table over every candidate, with search,
// status and tag filters, per-column filters, saved searches, the New candidate form and the
// detail drawer (`#/candidates/<id>`).
import { useCallback, useState } from "react";
import type { SortingState } from "@tanstack/react-table";
import type { CandidateList, CandidateStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { Icon } from "../../components/Icon";
import { PageHeader, Toolbar } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { CANDIDATE_STATUS } from "../../lib/enums";
import { useNewAction } from "../../lib/keys";
import { useCommand } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { LOCALE } from "../../lib/format";
import { useDebounced } from "../../lib/useDebounced";
import { CandidateDrawer } from "./CandidateDrawer";
import { CandidateForm } from "./CandidateForm";
import { CandidateTable, baseRequest, type ColumnFilters } from "./CandidateTable";
import { CsvButtons } from "./CsvButtons";
import { SavedSearches } from "./SavedSearches";

export function CandidatesPage() {
  const { route, navigate } = useRouter();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<CandidateStatus | "">("");
  const [sorting, setSortingState] = useState<SortingState>([{ id: "created_at", desc: true }]);
  // Search results come best match first until a column header is clicked ("Best match" again
  // brings that order back).
  const [bestMatch, setBestMatch] = useState(true);
  const setSorting = useCallback((s: SortingState) => {
    setSortingState(s);
    setBestMatch(false);
  }, []);
  const [creating, setCreating] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [filters, setFilters] = useState<ColumnFilters>({});
  const tags = useCommand("tag_list", {});
  const query = useDebounced(search.trim(), 200);
  const debouncedFilters = useDebounced(filters, 250);
  const openSaved = (q: CandidateList) => {
    setSearch(q.query ?? "");
    setStatus(q.status ?? "");
    setSortingState([{ id: q.sort ?? "created_at", desc: q.direction !== "asc" }]);
    setBestMatch(false);
    const f: ColumnFilters = {};
    for (const k of ["full_name", "email", "current_role", "location", "created_from", "tag_id"] as const) if (q[k]) f[k] = q[k];
    if (q.min_experience_years != null) f.min_experience_years = String(q.min_experience_years);
    setFilters(f);
  };
  const any = useCommand("candidate_list", { limit: 1 });
  useNewAction(() => setCreating(true));
  const onTotal = useCallback((t: number | null) => setTotal(t), []);
  const open = (id: string) => navigate({ page: "candidates", id });
  const filtered = query !== "" || status !== "" || Object.values(debouncedFilters).some((v) => v && v.trim() !== "");

  return (
    <div className="page page-wide page-fill">
      <PageHeader
        title="Candidates"
        description={
          !total
            ? filtered && total === 0
              ? "No one in your talent pool matches."
              : "Everyone in your talent pool."
            : `${total.toLocaleString(LOCALE)} ${filtered ? "matching" : total === 1 ? "person" : "people"} in your talent pool.`
        }
        actions={
          <>
            <CsvButtons kind="candidates" query={query} status={status} />
            <Button variant="primary" icon="plus" data-testid="new-candidate" onClick={() => setCreating(true)}>
              New candidate
            </Button>
          </>
        }
      />
      <Toolbar>
        <label className="search-input">
          <Icon name="search" />
          <input
            type="search"
            data-testid="candidate-search"
            aria-label="Search candidates"
            placeholder="Search name, email, skills, titles, companies or resume text"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        {query !== "" && (
          <Button
            size="sm"
            variant={bestMatch ? "secondary" : "ghost"}
            aria-pressed={bestMatch}
            data-testid="candidate-best-match"
            title="Order the results by how well they match: name first, then email, skills and titles, then anywhere"
            onClick={() => setBestMatch(true)}
          >
            Best match
          </Button>
        )}
        <EnumSelect labels={CANDIDATE_STATUS} value={status} onChange={setStatus} empty="All statuses" aria-label="Filter by status" />
        <select
          className="input"
          aria-label="Filter by tag"
          data-testid="tag-filter"
          value={filters.tag_id ?? ""}
          onChange={(e) => setFilters({ ...filters, tag_id: e.target.value })}
        >
          <option value="">All tags</option>
          {tags.data?.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.candidate_count})
            </option>
          ))}
        </select>
        <div className="toolbar-spacer" />
        <SavedSearches current={(({ limit: _l, ...rest }) => rest)(baseRequest(query, status, sorting, filters))} onOpen={openSaved} />
      </Toolbar>
      {any.data?.total === 0 ? (
        <EmptyState
          icon="users"
          title="Build your talent pool"
          action={
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              New candidate
            </Button>
          }
        >
          Candidates are the people you might place: add their contact details, experience and skills, then put them
          forward on requisitions and follow them through each pipeline.
        </EmptyState>
      ) : (
        <CandidateTable query={query} bestMatch={bestMatch} status={status} filters={filters} appliedFilters={debouncedFilters} onFiltersChange={setFilters} sorting={sorting} onSortingChange={setSorting} onOpen={open} onTotal={onTotal} />
      )}
      {creating && <CandidateForm onClose={() => setCreating(false)} />}
      {route.id && <CandidateDrawer key={route.id} id={route.id} onClose={() => navigate({ page: "candidates" })} />}
    </div>
  );
}
