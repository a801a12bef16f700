import { optionsOf } from "../../../lib/labels.ts";
import { FilterBar } from "../../../ui/FilterBar.tsx";
import { FilterCard } from "../shared/FilterCard.tsx";
import { ANSWER_STATUS_LABELS } from "../shared/answer-status.ts";
import { sectionTitle } from "../shared/practice-labels.ts";
import { type TChecklistFilters, SOURCE_FILTER_LABELS } from "./checklist-filters.ts";

/** "Gaps only" is a choice of the status filter: it stands for partially adopted, not adopted and unknown. */
const GAPS = "gaps";

interface TChecklistFiltersProps {
  filters: TChecklistFilters;
  sections: string[];
  onChange: (filters: TChecklistFilters) => void;
}

/** Text, status (or gaps only), source and section filters over one checklist. */
export function ChecklistFilters({ filters, sections, onChange }: TChecklistFiltersProps) {
  const values: Record<string, string> = {
    status: filters.gapsOnly ? GAPS : (filters.status ?? ""),
    source: filters.source ?? "",
    section: filters.section ?? "",
  };
  return (
    <FilterCard>
      <FilterBar
        noun="practices"
        text={filters.q}
        onTextChange={(q) => onChange({ ...filters, q })}
        filters={[
          { name: "status", label: "Status", anyLabel: "All statuses", options: [{ value: GAPS, label: "Gaps only" }, ...optionsOf(ANSWER_STATUS_LABELS)] },
          { name: "source", label: "Source", anyLabel: "Any source", options: optionsOf(SOURCE_FILTER_LABELS) },
          { name: "section", label: "Section", anyLabel: "All sections", options: sections.map((section) => ({ value: section, label: sectionTitle(section) })) },
        ]}
        values={values}
        onFilterChange={(name, value) => {
          if (name === "status") {
            const { status: _status, ...rest } = filters;
            onChange({ ...rest, gapsOnly: value === GAPS, ...(value && value !== GAPS ? { status: value as TChecklistFilters["status"] } : {}) });
          } else {
            const { [name as "source" | "section"]: _old, ...rest } = filters;
            onChange({ ...rest, ...(value ? { [name]: value } : {}) } as TChecklistFilters);
          }
        }}
        onClear={() => onChange({ q: "", gapsOnly: false })}
      />
    </FilterCard>
  );
}
