import { COMPONENT_KIND_LABELS, type TComponentKind } from "../catalog/component.ts";
import { PRACTICE_CATALOGUE } from "../practices/catalogue.ts";

/**
 * Whether a finding about a practice counts as evidence for the component it is about. When it does
 * not, `notAskedOf` names the component's kind for a tag ("not asked of microservice") and `reason`
 * says why in a sentence.
 */
export type TPracticeAsked = { asked: true } | { asked: false; notAskedOf: string; reason: string };

const practices = new Map(PRACTICE_CATALOGUE.items.map((item) => [item.id, item]));

/** A kind as a noun after "a": "a microservice", "an SRE tool". */
const WITH_ARTICLE: Record<TComponentKind, string> = {
  microservice: "a microservice",
  frontend: "a frontend",
  bff: "a BFF",
  "sre-tool": "an SRE tool",
  "shared-library": "a shared library",
};

const kindList = new Intl.ListFormat("en", { type: "conjunction" });

/** "Microservice" → "microservice", but "BFF" and "SRE tool" keep their capitals. */
function kindNoun(kind: TComponentKind): string {
  const label = COMPONENT_KIND_LABELS[kind];
  return /^[A-Z][a-z]/.test(label) ? label.toLowerCase() : label;
}

/**
 * Whether the practice is asked of the component: a component-scope practice only of the kinds it
 * applies to (browser E2E of frontends, not of a microservice). Practices judged at another scope,
 * practices the catalogue does not know and components of unknown kind are asked.
 */
export function practiceAskedOf(practiceId: string, component: { slug: string; kind: TComponentKind | undefined } | undefined): TPracticeAsked {
  const item = practices.get(practiceId);
  if (!item || item.scope !== "component" || item.appliesTo === "all" || !component?.kind || item.appliesTo.includes(component.kind)) return { asked: true };
  return {
    asked: false,
    notAskedOf: kindNoun(component.kind),
    reason: `${item.title} is not asked of ${WITH_ARTICLE[component.kind]} (${component.slug}); only of ${kindList.format(item.appliesTo.map(kindNoun))} components.`,
  };
}
