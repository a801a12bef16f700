import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../../lib/trpc.ts";
import { Form } from "../../../ui/form/Form.tsx";
import { ProposeChangeRequest } from "../../change-requests/ProposeChangeRequest.tsx";
import { proposalAfterRefusal } from "../../change-requests/proposal.ts";
import { useFormValues } from "../../../ui/form/use-form-values.ts";
import { AnswerFields } from "../shared/AnswerFields.tsx";
import { localValidationError } from "../shared/local-issues.ts";
import type { TChecklistScope } from "../shared/scope.ts";
import { scopeKindLabel } from "../shared/scope.ts";
import { StatusBadge } from "../shared/StatusBadge.tsx";
import { useRememberedName } from "../shared/use-remembered-name.ts";
import { answerIssues, initialAnswerValues, setAnswerInput } from "./answer-values.ts";
import type { TChecklistEntry } from "./checklist-types.ts";
import "./AnswerForm.css";

interface TAnswerFormProps {
  scope: TChecklistScope;
  entry: TChecklistEntry;
  onSaved: () => void;
  onCancel: () => void;
  /** Fetches the checklist again after someone else changed the answer, and starts the form over. */
  onReload: () => void;
}

/** Answers one item on one checklist, in place: a first answer, an edit, or an override of an inherited one. */
export function AnswerForm({ scope, entry, onSaved, onCancel, onReload }: TAnswerFormProps) {
  const trpc = useTRPC();
  const [rememberedName, rememberName] = useRememberedName();
  const { values, set } = useFormValues(initialAnswerValues(entry, rememberedName));
  const [localError, setLocalError] = useState<Error | null>(null);
  const save = useMutation({
    ...trpc.checklist.setAnswer.mutationOptions(),
    onSuccess: () => {
      rememberName(values.answeredBy);
      onSaved();
    },
  });
  const overriding = entry.source === "inherited";
  // Refused for ownership: the answer can go to the owning team as a change request instead.
  const proposal = localError ? null : proposalAfterRefusal("checklist.setAnswer", save);

  return (
    <div className="answer-form">
      {overriding && entry.inheritedFrom ? (
        <p className="answer-form__intro">
          This checklist inherits <StatusBadge status={entry.status} /> from {scopeKindLabel(entry.inheritedFrom.kind).toLowerCase()} {entry.inheritedFrom.name}. An answer
          here overrides it for this checklist only; say why it differs.
        </p>
      ) : null}
      {proposal ? <ProposeChangeRequest proposal={proposal} /> : null}
      <Form
        label={`${overriding ? "Override" : "Answer"} “${entry.item.title}”`}
        error={localError ?? (proposal ? null : save.error)}
        submitting={save.isPending}
        submitLabel={overriding ? "Save override" : "Save answer"}
        onCancel={onCancel}
        onReload={onReload}
        onSubmit={() => {
          const invalid = localValidationError(answerIssues(entry, values));
          setLocalError(invalid);
          if (!invalid) save.mutate(setAnswerInput(scope, entry, values));
        }}
      >
        <AnswerFields
          values={values}
          set={set}
          noteLabel={overriding ? "Reason for overriding" : "Note"}
          noteHint={overriding ? "Required: why this checklist differs from the inherited answer." : undefined}
        />
      </Form>
    </div>
  );
}
