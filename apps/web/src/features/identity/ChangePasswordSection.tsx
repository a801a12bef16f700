import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { plural } from "../../lib/labels.ts";
import { Form } from "../../ui/form/Form.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import { Section } from "../../ui/Section.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { passwordRuleHint } from "./password-rule.ts";

const EMPTY = { currentPassword: "", newPassword: "" };

/** Needs the current password; the server signs the user out everywhere else. */
export function ChangePasswordSection() {
  const trpc = useTRPC();
  const { values, set, reset } = useFormValues(EMPTY);
  const change = useMutation(trpc.auth.changePassword.mutationOptions({ onSuccess: () => reset(EMPTY) }));
  return (
    <Section title="Password">
      {change.isSuccess ? (
        <p className="account-page__done" role="status">
          Password changed. {change.data.otherSessionsEnded > 0 ? `${plural(change.data.otherSessionsEnded, "other session")} ended: other browsers must sign in again.` : "You were not signed in anywhere else."}
        </p>
      ) : (
        <p className="muted account-page__note">Changing it signs you out of every other browser; this one stays signed in.</p>
      )}
      <Form label="Change password" error={change.error} submitting={change.isPending} submitLabel="Change password" submittingLabel="Changing…" onSubmit={() => change.mutate(values)}>
        <PasswordField name="currentPassword" label="Current password" value={values.currentPassword} onChange={(value) => set("currentPassword", value)} autoComplete="current-password" />
        <PasswordField name="newPassword" label="New password" value={values.newPassword} onChange={(value) => set("newPassword", value)} autoComplete="new-password" hint={passwordRuleHint(values.newPassword)} />
      </Form>
    </Section>
  );
}
