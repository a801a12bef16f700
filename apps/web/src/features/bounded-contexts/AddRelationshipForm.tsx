import { useMutation } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { CONTEXT_RELATIONSHIP_PATTERN_INFO, CONTEXT_RELATIONSHIP_PATTERNS, type TContextRelationshipPattern } from "@topograph/domain";
import { useTRPC } from "../../lib/trpc.ts";
import { Form } from "../../ui/form/Form.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import "./AddRelationshipForm.css";

type TContext = RouterOutputs["boundedContext"]["get"];

const ROLE_OPTIONS = [
  { value: "upstream", label: "Upstream of (supplies)" },
  { value: "downstream", label: "Downstream of (depends on)" },
];

const PATTERN_OPTIONS = CONTEXT_RELATIONSHIP_PATTERNS.map((pattern) => ({
  value: pattern,
  label: `${CONTEXT_RELATIONSHIP_PATTERN_INFO[pattern].label} (${CONTEXT_RELATIONSHIP_PATTERN_INFO[pattern].abbreviation})`,
}));

/** Records how this context relates to another: which side is upstream, and by which pattern. */
export function AddRelationshipForm({ context, onDone }: { context: TContext; onDone: () => void }) {
  const trpc = useTRPC();
  const contexts = useAllReferenceOptions("bounded-context");
  const { values, set } = useFormValues({ role: "upstream", other: "", pattern: "customer-supplier" as TContextRelationshipPattern, description: "" });
  const relate = useMutation({ ...trpc.boundedContext.relate.mutationOptions(), onSuccess: onDone });
  // The other context fills whichever side this one does not, so its field takes that side's name.
  const otherField = values.role === "upstream" ? "downstreamSlug" : "upstreamSlug";

  return (
    <div className="add-relationship">
      <Form
        label="Add a context map relationship"
        error={relate.error}
        submitting={relate.isPending}
        submitLabel="Add relationship"
        onCancel={onDone}
        onSubmit={() =>
          relate.mutate({
            upstreamSlug: values.role === "upstream" ? context.slug : values.other,
            downstreamSlug: values.role === "upstream" ? values.other : context.slug,
            pattern: values.pattern,
            description: values.description,
          })
        }
      >
        <div className="form-grid">
          <SelectField name="role" label={`${context.name} is`} value={values.role} onChange={(role) => set("role", role)} options={ROLE_OPTIONS} />
          <SelectField
            name={otherField}
            label="Other bounded context"
            value={values.other}
            onChange={(other) => set("other", other)}
            emptyLabel="Choose a context…"
            options={contexts.options.filter((option) => option.value !== context.slug)}
            required
          />
          <SelectField name="pattern" label="Pattern" value={values.pattern} onChange={(pattern) => set("pattern", pattern as TContextRelationshipPattern)} options={PATTERN_OPTIONS} />
        </div>
        <TextField name="description" label="Notes" value={values.description} onChange={(description) => set("description", description)} placeholder="e.g. X consumes B's events as they are." />
      </Form>
    </div>
  );
}
