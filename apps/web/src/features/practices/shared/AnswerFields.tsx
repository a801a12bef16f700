import type { ReactNode } from "react";
import { optionsOf } from "../../../lib/labels.ts";
import { SelectField } from "../../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../../ui/form/TextAreaField.tsx";
import { TextField } from "../../../ui/form/TextField.tsx";
import { ANSWER_STATUS_LABELS, type TAnswerStatus } from "./answer-status.ts";
import { EvidenceLinksField } from "./EvidenceLinksField.tsx";
import "./AnswerFields.css";

export interface TAnswerFieldValues {
  status: TAnswerStatus;
  note: string;
  evidenceLinks: string[];
  answeredBy: string;
}

interface TAnswerFieldsProps {
  values: TAnswerFieldValues;
  set: <K extends keyof TAnswerFieldValues>(key: K, value: TAnswerFieldValues[K]) => void;
  /** "Note", or "Reason for overriding" when the answer replaces an inherited one. */
  noteLabel?: string;
  noteHint?: ReactNode;
}

/** Status, note, evidence and who answers: the fields of one checklist answer, on one item or many. */
export function AnswerFields({ values, set, noteLabel = "Note", noteHint }: TAnswerFieldsProps) {
  const hint = noteHint ?? (values.status === "not-applicable" ? "Required when the practice does not apply: the reason, for reviewers." : "What is in place, what is missing, who follows it up.");
  return (
    <div className="answer-fields">
      <div className="answer-fields__row">
        <SelectField name="status" label="Status" value={values.status} onChange={(status) => set("status", status as TAnswerStatus)} options={optionsOf(ANSWER_STATUS_LABELS)} />
        <TextField
          name="answeredBy"
          label="Answered by"
          value={values.answeredBy}
          onChange={(name) => set("answeredBy", name)}
          hint="Your name; remembered on this device."
          autoComplete="name"
          required
        />
      </div>
      <TextAreaField name="note" label={noteLabel} value={values.note} onChange={(note) => set("note", note)} hint={hint} rows={2} />
      <EvidenceLinksField name="evidenceLinks" links={values.evidenceLinks} onChange={(links) => set("evidenceLinks", links)} />
    </div>
  );
}
