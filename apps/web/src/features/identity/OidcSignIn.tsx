import { useQuery } from "@tanstack/react-query";
import { oidcStartLink } from "@topograph/domain";
import { useTRPC } from "../../lib/trpc.ts";

/**
 * "Sign in with <provider>", when the server has an OpenID Connect provider configured. A plain
 * link, not a client-side route: the server's /auth/oidc/start sends the browser to the provider.
 */
export function OidcSignIn({ next }: { next: string }) {
  const trpc = useTRPC();
  const providers = useQuery(trpc.auth.providers.queryOptions());
  const oidc = providers.data?.oidc;
  if (!oidc) return null;
  return (
    <div className="auth-card__provider">
      <a className="button button--primary auth-card__provider-button" href={oidcStartLink(next)}>
        Sign in with {oidc.label}
      </a>
      <p className="auth-card__divider">or with your email and password</p>
    </div>
  );
}
