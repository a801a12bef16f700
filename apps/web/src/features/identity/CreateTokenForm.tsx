import { useMutation } from "@tanstack/react-query";
import { API_TOKEN_DEFAULT_DAYS } from "@topograph/domain";
import { useTRPC } from "../../lib/trpc.ts";
import { Form } from "../../ui/form/Form.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import type { TCreatedToken } from "./ApiTokensSection.tsx";
import { tokenLifetimeOptions } from "./token-display.ts";

/** Name and lifetime of a new token; the answer, with the token itself, goes to `onCreated`. */
export function CreateTokenForm({ onCreated, onCancel }: { onCreated: (token: TCreatedToken) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const { values, set } = useFormValues({ name: "", expiresInDays: String(API_TOKEN_DEFAULT_DAYS) });
  const create = useMutation(trpc.token.create.mutationOptions({ onSuccess: onCreated }));
  return (
    <Form
      label="New API token"
      error={create.error}
      submitting={create.isPending}
      submitLabel="Create token"
      submittingLabel="Creating…"
      onCancel={onCancel}
      onSubmit={() => create.mutate({ name: values.name, expiresInDays: Number(values.expiresInDays) })}
    >
      <div className="form-grid">
        <TextField name="name" label="Token name" value={values.name} onChange={(name) => set("name", name)} placeholder="e.g. CI pipeline of b-service" hint="Say what uses it, so you know which one to revoke." required />
        <SelectField name="expiresInDays" label="Expires after" value={values.expiresInDays} onChange={(days) => set("expiresInDays", days)} options={tokenLifetimeOptions()} required />
      </div>
    </Form>
  );
}
