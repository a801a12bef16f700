import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Form } from "../../ui/form/Form.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";

/** Start a scenario: a named draft on top of today's catalog; its page opens to plan the changes. */
export function CreateScenarioForm() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { values, set } = useFormValues({ name: "", description: "" });
  const create = useMutation({ ...trpc.scenario.create.mutationOptions(), onSuccess: (created) => navigate(paths.scenario(created.id)) });
  return (
    <Form label="New scenario" error={create.error} submitting={create.isPending} submitLabel="Create scenario" submittingLabel="Creating…" onSubmit={() => create.mutate(values)}>
      <div className="form-grid">
        <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required />
        <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} rows={2} hint="What the reorganisation is for, for whoever reviews it." />
      </div>
    </Form>
  );
}
