import { Section } from "../../../ui/Section.tsx";
import { ProgressBar } from "../shared/ProgressBar.tsx";
import { sectionTitle } from "../shared/practice-labels.ts";
import type { TChecklistScope } from "../shared/scope.ts";
import { ChecklistEntryRow } from "./ChecklistEntryRow.tsx";
import type { TChecklistSection } from "./checklist-types.ts";
import "./ChecklistSection.css";

interface TChecklistSectionProps {
  scope: TChecklistScope;
  /** The section with only the entries the filters let through. */
  section: TChecklistSection;
  /** How many entries the section has unfiltered. */
  total: number;
}

/** One article section of a checklist: its progress and its practices. */
export function ChecklistSection({ scope, section, total }: TChecklistSectionProps) {
  const title = sectionTitle(section.section);
  return (
    <div id={`section-${section.section}`} className="checklist-section">
      <Section
        title={title}
        count={total}
        flush
        actions={
          <div className="checklist-section__progress">
            <ProgressBar progress={section.progress} label={`${title} progress`} size="small" />
            <span className="checklist-section__percent">{section.progress.percent}%</span>
          </div>
        }
      >
        {section.entries.length < total ? (
          <p className="checklist-section__filtered">
            Showing {section.entries.length} of {total} practices in this section.
          </p>
        ) : null}
        <ul className="checklist-section__entries" aria-label={`Practices of ${title}`}>
          {section.entries.map((entry) => (
            <ChecklistEntryRow key={entry.item.id} scope={scope} entry={entry} />
          ))}
        </ul>
      </Section>
    </div>
  );
}
