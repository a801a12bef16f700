import type { RouterOutputs } from "@topograph/api";
import { formatDateTime } from "../../lib/format-date.ts";
import { Badge } from "../../ui/Badge.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { RevokeTokenButton } from "./RevokeTokenButton.tsx";
import { formatDay, tokenStatus } from "./token-display.ts";

type TToken = RouterOutputs["token"]["list"][number];

/** The day, with the exact time on hover. */
const day = (value: string | Date) => <time dateTime={new Date(value).toISOString()} title={formatDateTime(value)}>{formatDay(value)}</time>;
const dayOr = (value: string | Date | null, none: string) => (value ? day(value) : <span className="subtle">{none}</span>);

/** The user's tokens by prefix (never the secret), newest first, as the server lists them. */
export function TokenTable({ tokens }: { tokens: TToken[] }) {
  return (
    <DataTable
      caption="Your API tokens"
      rows={tokens}
      rowKey={(token) => token.id}
      columns={[
        { key: "name", header: "Name", cell: (token) => token.name },
        { key: "hint", header: "Token", cell: (token) => <code>{token.hint}</code>, nowrap: true },
        {
          key: "status",
          header: "Status",
          nowrap: true,
          cell: (token) => {
            const status = tokenStatus(token.status);
            return <Badge tone={status.tone}>{status.label}</Badge>;
          },
        },
        { key: "created", header: "Created", cell: (token) => day(token.createdAt), nowrap: true },
        { key: "expires", header: "Expires", cell: (token) => day(token.expiresAt), nowrap: true },
        { key: "lastUsed", header: "Last used", cell: (token) => token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="subtle">Never</span>, nowrap: true },
        { key: "revoked", header: "Revoked", cell: (token) => dayOr(token.revokedAt, "—"), nowrap: true },
        { key: "actions", header: "", cell: (token) => (token.status === "revoked" ? null : <RevokeTokenButton token={token} />) },
      ]}
    />
  );
}
