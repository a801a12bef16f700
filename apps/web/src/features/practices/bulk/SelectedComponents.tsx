import { COMPONENT_KIND_LABELS } from "@topograph/domain";
import { labelOf } from "../../../lib/labels.ts";
import { useFieldIssue } from "../../../ui/form/FormIssues.tsx";
import { scopeIssueText, type TSelectedComponent } from "./bulk-selection.ts";
// The chips look like every other chosen-entry chip in the app (defined with the multi-select field).
import "../../../ui/form/MultiSelectField.css";
import "./SelectedComponents.css";

interface TSelectedComponentsProps {
  selected: TSelectedComponent[];
  /** Whether the chosen practice is asked of a component of this kind. */
  asked: (kind: string) => boolean;
  onRemove: (slug: string) => void;
  onClear: () => void;
}

/** The components chosen so far, across pages and filters; a refusal from the server shows on the one it names. */
export function SelectedComponents({ selected, asked, onRemove, onClear }: TSelectedComponentsProps) {
  const issue = useFieldIssue("scopes");
  return (
    <div className="selected-components">
      <div className="selected-components__head">
        <h3 className="selected-components__title">Selected components ({selected.length})</h3>
        {selected.length > 0 ? (
          <button type="button" className="button button--ghost button--small" onClick={onClear}>
            Clear selection
          </button>
        ) : null}
      </div>
      {issue ? <p className="field__error">{issue}</p> : null}
      {selected.length === 0 ? (
        <p className="subtle">None yet: tick components in the table below.</p>
      ) : (
        <ul className="selected-components__list" aria-label="Selected components">
          {selected.map((component, index) => (
            <SelectedChip key={component.slug} index={index} component={component} asked={asked(component.kind)} onRemove={() => onRemove(component.slug)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SelectedChip({ index, component, asked, onRemove }: { index: number; component: TSelectedComponent; asked: boolean; onRemove: () => void }) {
  // The server names a refused checklist by its position: `scopes.1`.
  const issue = useFieldIssue(`scopes.${index}`);
  const problem = issue ? scopeIssueText(issue) : (asked ? undefined : `The practice is not asked of this kind of component (${labelOf(COMPONENT_KIND_LABELS, component.kind)}).`);
  return (
    <li className={problem ? "selected-chip selected-chip--invalid" : "selected-chip"}>
      <span className="chip">
        <span className="chip__label">{component.name}</span>
        <button type="button" className="chip__remove" aria-label={`Remove ${component.name}`} onClick={onRemove}>
          ×
        </button>
      </span>
      {problem ? <span className="field__error selected-chip__error">{problem}</span> : null}
    </li>
  );
}
