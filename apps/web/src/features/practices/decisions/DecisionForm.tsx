import { useMutation } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { useTRPC } from "../../../lib/trpc.ts";
import { Form } from "../../../ui/form/Form.tsx";
import { TextAreaField } from "../../../ui/form/TextAreaField.tsx";
import { TextField } from "../../../ui/form/TextField.tsx";
import { useFormValues } from "../../../ui/form/use-form-values.ts";
import type { TChecklistScope } from "../shared/scope.ts";
import { useRememberedName } from "../shared/use-remembered-name.ts";
import { AlternativeChoices } from "./AlternativeChoices.tsx";
import { settingWrittenBy, type TOwnDecision } from "./decision-source.ts";
import type { TDecisionPoint } from "./decision-types.ts";
import { DiscouragedWarning } from "./DiscouragedWarning.tsx";
import "./DecisionForm.css";

type TRecorded = RouterOutputs["decision"]["record"];

interface TDecisionFormProps {
  scope: TChecklistScope;
  point: TDecisionPoint;
  /** The alternative in force for this scope now, if any. */
  currentId?: string;
  /** This scope's own decision, when it has one: the form starts from it and sends its version. */
  own?: TOwnDecision;
  onSaved: (recorded: TRecorded) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Records which alternative of a decision point this scope chose, and why; warns before a discouraged one. */
export function DecisionForm({ scope, point, currentId, own, onSaved, onCancel, onReload }: TDecisionFormProps) {
  const trpc = useTRPC();
  const [rememberedName, rememberName] = useRememberedName();
  const { values, set } = useFormValues({ alternativeId: own?.alternativeId ?? "", rationale: own?.rationale ?? "", decidedBy: rememberedName });
  const record = useMutation({
    ...trpc.decision.record.mutationOptions(),
    onSuccess: (recorded) => {
      rememberName(values.decidedBy);
      onSaved(recorded);
    },
  });
  const chosen = point.alternatives.find((alternative) => alternative.id === values.alternativeId);
  const sideEffect = settingWrittenBy(point.id, scope);

  return (
    <div className="decision-form">
      <Form
        label={`Record a decision: ${point.title}`}
        error={record.error}
        submitting={record.isPending}
        submitLabel={chosen?.discouraged ? "Record anyway" : "Record decision"}
        onCancel={onCancel}
        onReload={onReload}
        onSubmit={() =>
          record.mutate({
            scope,
            decisionPointId: point.id,
            alternativeId: values.alternativeId,
            rationale: values.rationale,
            decidedBy: values.decidedBy,
            ...(own ? { version: own.version } : {}),
          })
        }
      >
        <AlternativeChoices
          name="alternativeId"
          legend="Alternative"
          alternatives={point.alternatives}
          value={values.alternativeId}
          onChange={(alternativeId) => set("alternativeId", alternativeId)}
          currentId={currentId}
        />
        {chosen?.discouraged ? <DiscouragedWarning live reason={chosen.discouraged.reason} lead={`The article advises against “${chosen.title}”.`} /> : null}
        <TextAreaField
          name="rationale"
          label="Rationale"
          value={values.rationale}
          onChange={(rationale) => set("rationale", rationale)}
          hint={chosen?.discouraged ? "Say why this scope departs from the article's advice." : "Why this alternative: the forces, the trade-offs, when to revisit."}
          rows={3}
        />
        <TextField name="decidedBy" label="Decided by" value={values.decidedBy} onChange={(name) => set("decidedBy", name)} hint="A person or a group, e.g. “Architecture group”; remembered on this device." required />
        {sideEffect ? <p className="decision-form__side-effect">{sideEffect}</p> : null}
      </Form>
    </div>
  );
}
