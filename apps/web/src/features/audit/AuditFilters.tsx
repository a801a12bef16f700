import type { TSearchParamChanges } from "../../lib/use-search-param-changes.ts";
import "../../ui/FilterBar.css";
import { DayFilter } from "./DayFilter.tsx";
import { SelectFilter } from "./SelectFilter.tsx";
import { TextFilter } from "./TextFilter.tsx";
import { hasAuditFilters, type TAuditFilters } from "./audit-filters.ts";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_KIND_LABELS, AUDIT_VIA_LABELS } from "./audit-labels.ts";

interface TAuditFiltersProps {
  filters: TAuditFilters;
  onChange: (changes: TSearchParamChanges) => void;
  onClear: () => void;
}

/** The log's filters, in the look of every list's filter bar; each change is written to the URL. */
export function AuditFilters({ filters, onChange, onClear }: TAuditFiltersProps) {
  return (
    <div className="filter-bar" role="search" aria-label="Filter the audit log">
      <SelectFilter
        label="Entity kind"
        labels={AUDIT_ENTITY_KIND_LABELS}
        value={filters.kind}
        anyLabel="All kinds"
        // Another kind cannot hold the one entity chosen before.
        onChange={(kind) => onChange({ kind, key: undefined })}
      />
      {filters.key ? (
        <div className="filter-bar__field">
          <span className="audit-filters__label">Entity</span>
          <span className="audit-filters__entity">
            <code>{filters.key}</code>
            <button type="button" className="button button--ghost button--small" onClick={() => onChange({ key: undefined })}>
              Show all
            </button>
          </span>
        </div>
      ) : null}
      <SelectFilter label="Action" labels={AUDIT_ACTION_LABELS} value={filters.action} anyLabel="All actions" onChange={(action) => onChange({ action })} />
      <SelectFilter label="Via" labels={AUDIT_VIA_LABELS} value={filters.via} anyLabel="Every path" onChange={(via) => onChange({ via })} />
      <TextFilter label="Actor" value={filters.actor ?? ""} placeholder="User id or exact label" onChange={(actor) => onChange({ actor })} />
      <TextFilter label="Correlation id" value={filters.correlation ?? ""} placeholder="Request, import or apply" onChange={(correlation) => onChange({ correlation })} />
      <DayFilter label="From" value={filters.from} max={filters.to} onChange={(from) => onChange({ from })} />
      <DayFilter label="To" value={filters.to} min={filters.from} onChange={(to) => onChange({ to })} />
      {hasAuditFilters(filters) ? (
        <button type="button" className="button button--ghost button--small filter-bar__clear" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
