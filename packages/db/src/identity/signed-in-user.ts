import type { TRole } from "@topograph/domain";

/** Who a request acts for: what procedures may read of the user, never the password hash. */
export interface TSignedInUser {
  id: string;
  email: string;
  name: string;
  role: TRole;
}

/** How the user proved who they are. */
export type TCredential = { kind: "session"; sessionId: string } | { kind: "api-token"; tokenId: string };

/** A presented session or token either names a user or is refused with a sentence saying why. */
export type TCredentialResolution = { ok: true; user: TSignedInUser; credential: TCredential } | { ok: false; reason: string };

export const signedInUserSelect = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

/** The row as procedures see it; roles are validated by the domain vocabulary when written. */
export function asSignedInUser(row: { id: string; email: string; name: string; role: string }): TSignedInUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role as TRole };
}

export { DISABLED_ACCOUNT_MESSAGE } from "@topograph/domain";
