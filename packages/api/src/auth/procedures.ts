import { AppError, ROLE_LABELS, roleMay } from "@topograph/domain";
import { identityProcedure } from "../trpc.ts";

/**
 * Needs a signed-in user (session cookie or API token). Anonymous callers get UNAUTHORIZED, with
 * the reason when their credential was refused (expired, revoked…). Used by the identity
 * procedures only; the catalog's procedures get their permission checks in issue 8's second phase.
 */
export const authedProcedure = identityProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.credential) throw AppError.unauthenticated(ctx.credentialProblem ?? undefined);
  return next({ ctx: { user: ctx.user, credential: ctx.credential } });
});

/** Needs an administrator: anyone else signed in gets FORBIDDEN. */
export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!roleMay(ctx.user.role, "administer")) {
    throw AppError.forbidden(`Only administrators may do this; you are signed in as ${ROLE_LABELS[ctx.user.role].toLowerCase()}.`);
  }
  return next();
});
