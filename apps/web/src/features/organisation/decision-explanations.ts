import type { TOwnershipMode, TRepositoryStrategy } from "@topograph/domain";

/** What each organisation-wide alternative means in practice (article sections 21 and 22). */
export const OWNERSHIP_MODE_EXPLANATIONS: Record<TOwnershipMode, string> = {
  strong: "One team owns each component; other teams raise a change request instead of changing it directly.",
  collective: "Any team may change any component; owners are stewards rather than gatekeepers.",
};

export const REPOSITORY_STRATEGY_EXPLANATIONS: Record<TRepositoryStrategy, string> = {
  polyrepo: "Repositories per component: application, Kubernetes and Terraform code live apart.",
  monorepo: "One repository holds every component's code and configuration.",
};
