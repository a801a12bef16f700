import type { TOwnershipMode } from "./organisation.ts";

export interface TEffectiveOwnership {
  mode: TOwnershipMode;
  /** Where the mode comes from: the component's own override or the organisation default. */
  source: "component" | "organisation";
}

/** The ownership mode that governs a component: its override if set, else the organisation default. */
export function effectiveOwnershipMode(
  componentOverride: TOwnershipMode | null | undefined,
  organisationDefault: TOwnershipMode,
): TEffectiveOwnership {
  return componentOverride
    ? { mode: componentOverride, source: "component" }
    : { mode: organisationDefault, source: "organisation" };
}
