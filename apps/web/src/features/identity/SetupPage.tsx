import { useMutation } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";
import { paths } from "../../lib/paths.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Form } from "../../ui/form/Form.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import { AuthCard } from "./AuthCard.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { passwordRuleHint } from "./password-rule.ts";

/**
 * The one-time link the server prints on a start with no administrator (`/setup?token=…`): creates
 * the first administrator, who is signed in at once and taken to the users page to add others.
 */
export function SetupPage() {
  useDocumentTitle("Set up Topograph");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const { values, set } = useFormValues({ name: "", email: "", password: "" });
  const setup = useMutation(trpc.auth.setup.mutationOptions({ onSuccess: () => navigate(paths.adminUsers, { replace: true }) }));

  return (
    <AuthCard
      title="Create the first administrator"
      intro={<p>This link works once. The administrator you create here signs in at once and can then add everyone else.</p>}
    >
      {token ? (
        <Form
          label="Create the first administrator"
          error={setup.error}
          submitting={setup.isPending}
          submitLabel="Create administrator"
          submittingLabel="Creating…"
          onSubmit={() => setup.mutate({ token, ...values })}
        >
          <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} autoComplete="name" required />
          <TextField name="email" label="Email" type="email" value={values.email} onChange={(email) => set("email", email)} autoComplete="username" required />
          <PasswordField name="password" label="Password" value={values.password} onChange={(password) => set("password", password)} autoComplete="new-password" hint={passwordRuleHint(values.password)} />
        </Form>
      ) : (
        <ErrorBanner title="This page needs the setup link.">
          <p>Open the link the server printed when it started (it ends in <code>?token=…</code>). Restarting the server prints a new one while no administrator exists.</p>
        </ErrorBanner>
      )}
    </AuthCard>
  );
}
