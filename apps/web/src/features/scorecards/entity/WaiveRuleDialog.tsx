import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../../lib/trpc.ts";
import { Field } from "../../../ui/form/Field.tsx";
import { TextAreaField } from "../../../ui/form/TextAreaField.tsx";
import { TextField } from "../../../ui/form/TextField.tsx";
import { useRememberedName } from "../../practices/shared/use-remembered-name.ts";
import { FormDialog } from "./FormDialog.tsx";
import type { TRuleResult, TScoredEntityRef } from "./types.ts";

const DEFAULT_DAYS = 90;

/** The local date `days` from today, as the date input wants it (YYYY-MM-DD). */
export function dateInDays(days: number, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

interface TWaiveRuleDialogProps {
  open: boolean;
  onClose: () => void;
  scorecard: { slug: string; name: string };
  rule: Pick<TRuleResult, "id" | "title" | "status">;
  entity: TScoredEntityRef;
  entityName: string;
}

/** Excuses one failing or unknown rule for this entity until a date, with a reason reviewers can judge. */
export function WaiveRuleDialog({ open, onClose, scorecard, rule, entity, entityName }: TWaiveRuleDialogProps) {
  const trpc = useTRPC();
  const [rememberedName, rememberName] = useRememberedName();
  const [reason, setReason] = useState("");
  const [expiresAt, setExpiresAt] = useState(() => dateInDays(DEFAULT_DAYS));
  const [grantedBy, setGrantedBy] = useState(rememberedName);
  const create = useMutation(trpc.waiver.create.mutationOptions());
  const close = () => {
    create.reset();
    setReason("");
    setExpiresAt(dateInDays(DEFAULT_DAYS));
    onClose();
  };
  return (
    <FormDialog
      open={open}
      title={`Waive “${rule.title}”`}
      intro={
        <p>
          For {entityName} on {scorecard.name}. While waived, the rule counts neither for nor against the score and does not block a level. It
          currently {rule.status === "unknown" ? "is unknown" : "fails"}.
        </p>
      }
      onClose={close}
      error={create.error}
      submitting={create.isPending}
      submitLabel="Waive rule"
      onSubmit={() =>
        create.mutate(
          { scorecardId: scorecard.slug, ruleId: rule.id, entity, reason, expiresAt, grantedBy },
          {
            onSuccess: () => {
              rememberName(grantedBy);
              close();
            },
          },
        )
      }
    >
      <TextAreaField name="reason" label="Reason" value={reason} onChange={setReason} rows={3} hint="At least 10 characters: why the rule does not apply, or what is planned." />
      <div className="form-grid">
        <Field name="expiresAt" label="Expires on" hint={`Defaults to ${DEFAULT_DAYS} days from today; at most a year.`} required>
          {(control) => <input {...control} name="expiresAt" className="input" type="date" value={expiresAt} onChange={(event) => setExpiresAt(event.target.value)} />}
        </Field>
        <TextField name="grantedBy" label="Your name" value={grantedBy} onChange={setGrantedBy} required autoComplete="name" />
      </div>
    </FormDialog>
  );
}
