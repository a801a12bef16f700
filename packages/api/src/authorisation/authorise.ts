import { AppError, decide, decideAny, type TPermission, type TPermissionNeed } from "@topograph/domain";
import type { TContext } from "../context.ts";

function enforce(permission: TPermission): void {
  if (!permission.allowed) throw new AppError(permission.code, permission.message);
}

/** Refuses the call unless the caller meets every need; the refusal says why (see domain/authorisation). */
export async function authorise(ctx: Pick<TContext, "actor">, ...needs: readonly TPermissionNeed[]): Promise<void> {
  const actor = await ctx.actor();
  for (const need of needs) enforce(decide(actor, need));
}

/** Refuses the call unless the caller meets at least one of the needs. */
export async function authoriseAny(ctx: Pick<TContext, "actor">, needs: readonly TPermissionNeed[]): Promise<void> {
  enforce(decideAny(await ctx.actor(), needs));
}
