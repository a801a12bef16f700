import { useMutation } from "@tanstack/react-query";
import { oidcSignInErrorMessage } from "@topograph/domain";
import { useNavigate, useSearchParams } from "react-router";
import { errorMessage, fieldIssues } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Form } from "../../ui/form/Form.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { useFormValues } from "../../ui/form/use-form-values.ts";
import { AuthCard } from "./AuthCard.tsx";
import { safeNextPath } from "./next-path.ts";
import { OidcSignIn } from "./OidcSignIn.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { useSignedIn } from "./use-signed-in.ts";

/**
 * Email and password, or the OpenID Connect provider when one is configured; afterwards back to the
 * page the user came from (`?next=`, paths on this site only). Field problems sit by their fields;
 * the server's other answers (wrong credentials, a disabled account, too many attempts) are said as
 * the server says them, and a provider sign-in that failed by the code it came back with (`?error=`).
 */
export function SignInPage() {
  useDocumentTitle("Sign in");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const { user } = useSignedIn();
  const { values, set } = useFormValues({ email: "", password: "" });
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess: () => navigate(next, { replace: true }) }));
  const fieldProblems = signIn.error && fieldIssues(signIn.error).length > 0;
  // Only until the password is tried: then that answer is the one that matters.
  const providerProblem = signIn.isIdle ? oidcSignInErrorMessage(params.get("error")) : null;

  return (
    <AuthCard title="Sign in to Topograph" intro={user ? <p>You are signed in as {user.name}. Signing in again switches to another account.</p> : undefined}>
      {providerProblem ? (
        <ErrorBanner title="Could not sign in.">
          <p>{providerProblem}</p>
        </ErrorBanner>
      ) : null}
      <OidcSignIn next={next} />
      {signIn.error && !fieldProblems ? (
        <ErrorBanner title="Could not sign in.">
          <p>{errorMessage(signIn.error)}</p>
        </ErrorBanner>
      ) : null}
      <Form
        label="Sign in"
        error={fieldProblems ? signIn.error : null}
        submitting={signIn.isPending}
        submitLabel="Sign in"
        submittingLabel="Signing in…"
        onSubmit={() => signIn.mutate(values)}
      >
        <TextField name="email" label="Email" type="email" value={values.email} onChange={(email) => set("email", email)} autoComplete="username" required />
        <PasswordField name="password" label="Password" value={values.password} onChange={(password) => set("password", password)} autoComplete="current-password" />
      </Form>
    </AuthCard>
  );
}
