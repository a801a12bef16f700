import { useMutation } from "@tanstack/react-query";
import { ROLE_LABELS, type TRole } from "@topograph/domain";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Form } from "../../ui/form/Form.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import { PasswordField } from "./PasswordField.tsx";
import { passwordRuleHint } from "./password-rule.ts";

/** An administrator adds a user with a role and a first password. */
export function CreateUserForm({ onCreated, onCancel }: { onCreated: (name: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const { values, set } = useFormValues({ name: "", email: "", role: "editor" as TRole, password: "" });
  const create = useMutation(trpc.user.create.mutationOptions({ onSuccess: (user) => onCreated(user.name) }));
  return (
    <Form label="New user" error={create.error} submitting={create.isPending} submitLabel="Create user" submittingLabel="Creating…" onCancel={onCancel} onSubmit={() => create.mutate(values)}>
      <div className="form-grid">
        <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required />
        <TextField
          name="email"
          label="Email"
          type="email"
          value={values.email}
          onChange={(email) => set("email", email)}
          hint="The email on their team's member list, so they belong to that team."
          required
        />
      </div>
      <div className="form-grid">
        <SelectField
          name="role"
          label="Role"
          value={values.role}
          onChange={(role) => set("role", role as TRole)}
          options={optionsOf(ROLE_LABELS)}
          hint="Viewers read; editors also change the catalog; administrators also manage users."
          required
        />
        <PasswordField name="password" label="First password" value={values.password} onChange={(password) => set("password", password)} autoComplete="new-password" hint={passwordRuleHint(values.password)} />
      </div>
    </Form>
  );
}
