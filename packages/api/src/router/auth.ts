import { changePassword, completeSetup, createSession, getUser, revokeSession, signIn, type TDatabase, type TNewSession } from "@topograph/db";
import { actionsOf, AppError, ZChangePasswordSchema, ZSetupSchema, ZSignInSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { clearedSessionCookie, sessionCookie } from "../auth/cookies.ts";
import { authedProcedure } from "../auth/procedures.ts";
import type { TContext } from "../context.ts";
import { identityProcedure } from "../trpc.ts";

/** The signed-in user as the UI shows them: teams (by member email) and what the role allows. */
async function signedInView(db: TDatabase, userId: string) {
  const user = await getUser(db, userId);
  return { ...user, actions: actionsOf(user.role) };
}

const wrongPassword = (error: unknown) => error instanceof AppError && error.code === "UNAUTHENTICATED";
const wrongCurrentPassword = (error: unknown) => error instanceof AppError && error.issues.some((issue) => issue.path === "currentPassword");

/** Hands the browser its session cookie, replacing (and ending) any session it signed in with before. */
async function startBrowserSession(ctx: TContext, session: TNewSession, now: Date): Promise<void> {
  if (ctx.credential?.kind === "session") await revokeSession(ctx.db, ctx.credential.sessionId);
  ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, ctx.origin.secure, now));
}

/** Signing in and out, the signed-in user, password changes and the first administrator's setup. */
export const authRouter = {
  signIn: identityProcedure.input(ZSignInSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const { user, session } = await ctx.signInLimiter.guard(input.email, ctx.origin.ip, () => signIn(ctx.db, input, now), wrongPassword);
    await startBrowserSession(ctx, session, now);
    return { user: await signedInView(ctx.db, user.id), expiresAt: session.expiresAt };
  }),

  /** Ends this browser's session and clears its cookie; harmless when not signed in. */
  signOut: identityProcedure.mutation(async ({ ctx }) => {
    if (ctx.credential?.kind === "session") await revokeSession(ctx.db, ctx.credential.sessionId);
    ctx.responseCookies.push(clearedSessionCookie(ctx.origin.secure));
    return { signedOut: true };
  }),

  /** How people may sign in besides a password: the OpenID Connect provider's button label, when one is configured. */
  providers: identityProcedure.query(({ ctx }) => ({ oidc: ctx.oidc ? { label: ctx.oidc.label } : null })),

  /** Who the request acts for: null when anonymous, with the reason when a credential was refused. */
  me: identityProcedure.query(async ({ ctx }) => ({
    user: ctx.user ? await signedInView(ctx.db, ctx.user.id) : null,
    signedInWith: ctx.credential?.kind ?? null,
    credentialProblem: ctx.credentialProblem,
    /** Whether this server lets people who are not signed in read the catalog (TOPOGRAPH_ANONYMOUS_READ). */
    anonymousRead: ctx.anonymousRead,
  })),

  /** Needs the current password; every other browser of the user is signed out. */
  changePassword: authedProcedure.input(ZChangePasswordSchema).mutation(({ ctx, input }) =>
    ctx.signInLimiter.guard(
      ctx.user.email,
      ctx.origin.ip,
      () => changePassword(ctx.db, { ...input, userId: ctx.user.id, keepSessionId: ctx.credential.kind === "session" ? ctx.credential.sessionId : null }),
      wrongCurrentPassword,
    ),
  ),

  /** The one-time setup link: creates the first administrator and signs them in. */
  setup: identityProcedure.input(ZSetupSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const { id } = await completeSetup(ctx.db, input, now);
    const session = await createSession(ctx.db, id, now);
    await startBrowserSession(ctx, session, now);
    return { user: await signedInView(ctx.db, id), expiresAt: session.expiresAt };
  }),
} satisfies TRPCRouterRecord;
