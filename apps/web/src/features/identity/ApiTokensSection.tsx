import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { Section } from "../../ui/Section.tsx";
import { CreateTokenForm } from "./CreateTokenForm.tsx";
import { NewTokenSecret } from "./NewTokenSecret.tsx";
import { TokenTable } from "./TokenTable.tsx";

export type TCreatedToken = RouterOutputs["token"]["create"];

/** Personal API tokens for the CLI and CI: create one (seen once), see them by prefix, revoke. */
export function ApiTokensSection() {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.token.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TCreatedToken | null>(null);
  return (
    <Section
      flush
      title="API tokens"
      count={tokens.data?.length}
      actions={
        creating || created ? null : (
          <button type="button" className="button button--small button--primary" onClick={() => setCreating(true)}>
            New token
          </button>
        )
      }
    >
      <div className="stack account-page__tokens">
        <p className="muted account-page__note">
          Scripts and CI send a token as <code>Authorization: Bearer …</code> and act as you. Topograph keeps only a hash, so a token is shown once, when it is made.
        </p>
        {created ? <NewTokenSecret created={created} onDone={() => setCreated(null)} /> : null}
        {creating ? (
          <CreateTokenForm
            onCreated={(token) => {
              setCreating(false);
              setCreated(token);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : null}
        {tokens.isPending ? <Loading label="Loading your tokens…" /> : null}
        {tokens.error ? (
          <ErrorBanner title="Could not load your tokens." onRetry={() => void tokens.refetch()}>
            <p>{tokens.error.message}</p>
          </ErrorBanner>
        ) : null}
        {tokens.data?.length === 0 ? <EmptyState title="No API tokens yet.">Make one for each script or pipeline, so each can be revoked on its own.</EmptyState> : null}
      </div>
      {tokens.data && tokens.data.length > 0 ? <TokenTable tokens={tokens.data} /> : null}
    </Section>
  );
}
