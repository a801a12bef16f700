import { PRACTICE_CATALOGUE } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { catalogProcedure } from "../trpc.ts";

/** The practice catalogue of sections 20–26, versioned. */
export const practiceRouter = {
  list: catalogProcedure.query(() => ({
    version: PRACTICE_CATALOGUE.version,
    items: PRACTICE_CATALOGUE.items.map(({ id, section, title, description, category, appliesTo, scope, verification, decisionPointId }) => ({
      id,
      section,
      title,
      description,
      category,
      appliesTo,
      scope,
      verifiable: verification.by === "evidence",
      evidence: verification.by === "evidence" ? { kinds: verification.evidence, how: verification.how } : null,
      decisionPointId: decisionPointId ?? null,
    })),
    decisionPoints: PRACTICE_CATALOGUE.decisionPoints,
    retiredItemIds: PRACTICE_CATALOGUE.retiredItemIds,
  })),
} satisfies TRPCRouterRecord;
