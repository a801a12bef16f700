import { optionsOf } from "../../../lib/labels.ts";
import { FilterBar } from "../../../ui/FilterBar.tsx";
import { ANSWER_STATUS_LABELS } from "../shared/answer-status.ts";
import { FilterCard } from "../shared/FilterCard.tsx";
import { sectionTitle } from "../shared/practice-labels.ts";
import { changeFilter, GAPS_CHOICE, SOURCE_FILTER_LABELS, statusChoice, type TChecklistFilters } from "./checklist-filters.ts";

interface TChecklistFiltersProps {
  filters: TChecklistFilters;
  sections: string[];
  onChange: (filters: TChecklistFilters) => void;
}

/** Text, status (or gaps only), source and section filters over one checklist. */
export function ChecklistFilters({ filters, sections, onChange }: TChecklistFiltersProps) {
  return (
    <FilterCard>
      <FilterBar
        noun="practices"
        text={filters.q}
        onTextChange={(q) => onChange({ ...filters, q })}
        filters={[
          { name: "status", label: "Status", anyLabel: "All statuses", options: [{ value: GAPS_CHOICE, label: "Gaps only" }, ...optionsOf(ANSWER_STATUS_LABELS)] },
          { name: "source", label: "Source", anyLabel: "Any source", options: optionsOf(SOURCE_FILTER_LABELS) },
          { name: "section", label: "Section", anyLabel: "All sections", options: sections.map((section) => ({ value: section, label: sectionTitle(section) })) },
        ]}
        values={{ status: statusChoice(filters), source: filters.source ?? "", section: filters.section ?? "" }}
        onFilterChange={(name, value) => onChange(changeFilter(filters, name as "status" | "source" | "section", value))}
        onClear={() => onChange({ q: "", gapsOnly: false })}
      />
    </FilterCard>
  );
}
