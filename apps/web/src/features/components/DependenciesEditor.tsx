import { DEPENDENCY_STYLE_LABELS, type TDependencyStyle } from "@topograph/domain";
import { optionsOf } from "../../lib/labels.ts";
import { Field } from "../../ui/form/Field.tsx";
import { useFieldIssue } from "../../ui/form/FormIssues.tsx";
import { OptionText } from "../../ui/form/OptionText.tsx";
import { ReferenceSearch } from "../../ui/form/ReferenceSearch.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { useReferenceSearch } from "../catalog/reference-options.ts";
import "./DependenciesEditor.css";

export interface TDependencyRow {
  component: TReferenceOption;
  style: TDependencyStyle;
}

interface TDependenciesEditorProps {
  dependencies: TDependencyRow[];
  onChange: (dependencies: TDependencyRow[]) => void;
  /** The component being edited, which cannot depend on itself. */
  selfSlug: string | undefined;
}

/** The components this one calls (sync) or consumes messages from (async), one row each. */
export function DependenciesEditor({ dependencies, onChange, selfSlug }: TDependenciesEditorProps) {
  const search = useReferenceSearch("component");
  const taken = new Set([...dependencies.map((row) => row.component.value), selfSlug]);
  const available = search.options.filter((option) => !taken.has(option.value));
  const update = (slug: string, change: Partial<TDependencyRow>) => onChange(dependencies.map((row) => (row.component.value === slug ? { ...row, ...change } : row)));

  return (
    <div className="dependencies-editor">
      {dependencies.length === 0 ? <p className="subtle">No dependencies.</p> : null}
      <ul className="stack-list dependencies-editor__rows">
        {dependencies.map((row, index) => (
          <DependencyRow
            key={row.component.value}
            row={row}
            index={index}
            onStyleChange={(style) => update(row.component.value, { style })}
            onRemove={() => onChange(dependencies.filter((other) => other.component.value !== row.component.value))}
          />
        ))}
      </ul>
      <Field name="dependencies" label="Add a dependency">
        {(control) => (
          <ReferenceSearch
            control={control}
            query={search.query}
            onQueryChange={search.setQuery}
            options={available}
            loading={search.loading}
            onSelect={(component) => onChange([...dependencies, { component, style: "sync" }])}
            noun="component"
            emptyStatus="No more components to add."
            placeholder="Search components…"
          />
        )}
      </Field>
    </div>
  );
}

interface TDependencyRowProps {
  row: TDependencyRow;
  index: number;
  onStyleChange: (style: TDependencyStyle) => void;
  onRemove: () => void;
}

function DependencyRow({ row, index, onStyleChange, onRemove }: TDependencyRowProps) {
  const issue = useFieldIssue(`dependencies.${index}.componentSlug`);
  return (
    <li className="dependencies-editor__row">
      <div className="dependencies-editor__component">
        <OptionText option={row.component} />
        {issue ? <p className="field__error">{issue}</p> : null}
      </div>
      <SelectField
        name={`dependencies.${index}.style`}
        label={`Style of the dependency on ${row.component.label}`}
        labelHidden
        value={row.style}
        onChange={(style) => onStyleChange(style as TDependencyStyle)}
        options={optionsOf(DEPENDENCY_STYLE_LABELS)}
      />
      <button type="button" className="button button--ghost button--small dependencies-editor__remove" aria-label={`Remove the dependency on ${row.component.label}`} onClick={onRemove}>
        Remove
      </button>
    </li>
  );
}
