import { useFieldIssue } from "../../ui/form/FormIssues.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import "./MembersEditor.css";

export interface TMemberRow {
  /** Identifies the row while editing; members have no id of their own. */
  key: number;
  name: string;
  email: string;
  role: string;
}

let nextKey = 1;
export const newMemberRow = (member: Omit<TMemberRow, "key"> = { name: "", email: "", role: "" }): TMemberRow => ({ key: nextKey++, ...member });

/** Rows of name, email and role, each field showing the server's message for `members.N.<field>`. */
export function MembersEditor({ members, onChange }: { members: TMemberRow[]; onChange: (members: TMemberRow[]) => void }) {
  const listIssue = useFieldIssue("members");
  const update = (key: number, change: Partial<TMemberRow>) => onChange(members.map((member) => (member.key === key ? { ...member, ...change } : member)));
  return (
    <div className="members-editor">
      {listIssue ? <p className="field__error">{listIssue}</p> : null}
      {members.length === 0 ? <p className="subtle">No members yet.</p> : null}
      <ol className="members-editor__rows">
        {members.map((member, index) => (
          <li key={member.key} className="members-editor__row">
            <TextField name={`members.${index}.name`} label={`Member ${index + 1} name`} value={member.name} onChange={(name) => update(member.key, { name })} required />
            <TextField
              name={`members.${index}.email`}
              label={`Member ${index + 1} email`}
              type="email"
              value={member.email}
              onChange={(email) => update(member.key, { email })}
              required
            />
            <TextField name={`members.${index}.role`} label={`Member ${index + 1} role`} value={member.role} onChange={(role) => update(member.key, { role })} placeholder="e.g. Tech lead" />
            <button
              type="button"
              className="button button--ghost button--small members-editor__remove"
              aria-label={`Remove member ${index + 1}${member.name ? ` (${member.name})` : ""}`}
              onClick={() => onChange(members.filter((other) => other.key !== member.key))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className="button button--small" onClick={() => onChange([...members, newMemberRow()])}>
          + Add member
        </button>
      </div>
    </div>
  );
}
