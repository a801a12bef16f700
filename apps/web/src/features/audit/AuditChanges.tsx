import type { TAuditAction } from "@topograph/domain";
import { plural } from "../../lib/labels.ts";
import { auditFieldChanges, clipText, type TFieldChange } from "./audit-changes.ts";
import type { TAuditRow } from "./audit-types.ts";

/** Fields shown at once; a created or deleted entity's other fields fold away. */
const SHOWN_FIELDS = 3;

/** A stored value, as text (never markup), or "none"; long text is clipped, its title holding all of it. */
function AuditValue({ text }: { text: string | null }) {
  if (text === null) return <span className="subtle">none</span>;
  const shown = clipText(text);
  return <span title={shown === text ? undefined : text}>{shown}</span>;
}

function FieldChange({ change, action }: { change: TFieldChange; action: TAuditAction }) {
  return (
    <div className="audit-changes__field">
      <dt>{change.label}</dt>
      <dd>
        {action === "create" ? (
          // The action already says it is new; a row of highlights would say nothing more.
          <AuditValue text={change.after} />
        ) : action === "delete" ? (
          <del>
            <AuditValue text={change.before} />
          </del>
        ) : (
          <>
            <del>
              <AuditValue text={change.before} />
            </del>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> changed to </span>
            <ins>
              <AuditValue text={change.after} />
            </ins>
          </>
        )}
      </dd>
    </div>
  );
}

function FieldList({ changes, action }: { changes: TFieldChange[]; action: TAuditAction }) {
  return (
    <dl className="audit-changes__list">
      {changes.map((change) => (
        <FieldChange key={change.field} change={change} action={action} />
      ))}
    </dl>
  );
}

/** What an entry changed: before → after for an update, the fields set by a create or removed by a delete. */
export function AuditChanges({ entry }: { entry: Pick<TAuditRow, "action" | "before" | "after"> }) {
  const changes = auditFieldChanges(entry);
  if (changes.length === 0) return <span className="subtle">No fields recorded</span>;
  const rest = changes.slice(SHOWN_FIELDS);
  return (
    <div className="audit-changes">
      <FieldList changes={changes.slice(0, SHOWN_FIELDS)} action={entry.action} />
      {rest.length > 0 ? (
        <details className="audit-changes__more">
          <summary>{plural(rest.length, "more field")}</summary>
          <FieldList changes={rest} action={entry.action} />
        </details>
      ) : null}
    </div>
  );
}
