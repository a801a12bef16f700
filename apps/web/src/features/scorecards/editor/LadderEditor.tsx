import { Field } from "../../../ui/form/Field.tsx";
import { useFieldIssue } from "../../../ui/form/FormIssues.tsx";
import { draftKey, type TLevelDraft } from "./editor-values.ts";

interface TLadderEditorProps {
  ladder: TLevelDraft[];
  onRename: (index: number, name: string) => void;
  onChange: (ladder: TLevelDraft[]) => void;
  onMove: (index: number, by: number) => void;
}

const NEW_LEVEL_COLOURS = ["#4a7fb5", "#2e8b57", "#7b4fa3", "#c0504d", "#3a9ca6"];
const MAX_LEVELS = 10;

/** The levels, lowest first: an entity reaches a level when it passes every rule up to and on it. */
export function LadderEditor({ ladder, onRename, onChange, onMove }: TLadderEditorProps) {
  const issue = useFieldIssue("ladder");
  return (
    <div className="ladder-editor">
      {issue ? <p className="field__error">{issue}</p> : null}
      <ol className="stack-list ladder-editor__levels">
        {ladder.map((level, index) => {
          const label = level.name || `level ${index + 1}`;
          return (
            <li key={level.key} className="ladder-editor__level">
              <span className="ladder-editor__rung" aria-hidden="true">
                {index + 1}
              </span>
              <Field name={`ladder.${index}.name`} label={`Level ${index + 1} name`} labelHidden>
                {(control) => <input {...control} name={`ladder.${index}.name`} className="input" value={level.name} onChange={(event) => onRename(index, event.target.value)} />}
              </Field>
              <Field name={`ladder.${index}.color`} label={`Level ${index + 1} colour`} labelHidden>
                {(control) => (
                  <input
                    {...control}
                    name={`ladder.${index}.color`}
                    type="color"
                    className="ladder-editor__colour"
                    value={/^#[0-9a-f]{6}$/i.test(level.color) ? level.color : "#000000"}
                    onChange={(event) => onChange(ladder.map((other, i) => (i === index ? { ...other, color: event.target.value } : other)))}
                  />
                )}
              </Field>
              <code className="subtle ladder-editor__hex">{level.color}</code>
              <div className="button-row ladder-editor__actions">
                <button type="button" className="button button--small" aria-label={`Move ${label} down the ladder`} disabled={index === 0} onClick={() => onMove(index, -1)}>
                  ↓
                </button>
                <button type="button" className="button button--small" aria-label={`Move ${label} up the ladder`} disabled={index === ladder.length - 1} onClick={() => onMove(index, 1)}>
                  ↑
                </button>
                <button type="button" className="button button--small button--danger-outline" aria-label={`Remove ${label}`} disabled={ladder.length === 1} onClick={() => onChange(ladder.filter((_, i) => i !== index))}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={ladder.length >= MAX_LEVELS}
        onClick={() => onChange([...ladder, { key: draftKey(), name: `Level ${ladder.length + 1}`, color: NEW_LEVEL_COLOURS[ladder.length % NEW_LEVEL_COLOURS.length]! }])}
      >
        + Add level
      </button>
    </div>
  );
}
