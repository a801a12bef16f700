import { useCallback, type KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import type { TGraphFlowNode } from "./flow-types.ts";

/** Enter on a focused node opens it: entities go to their page, collapsed groups expand. */
export function useEnterOpensNode(nodes: readonly TGraphFlowNode[], toggleGroup: (groupId: string) => void) {
  const navigate = useNavigate();
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== "Enter") return;
      const element = (event.target as HTMLElement).closest<HTMLElement>(".react-flow__node");
      if (!element || element !== event.target) return;
      const node = nodes.find((n) => n.id === element.dataset.id);
      if (node?.type === "entity") navigate(node.data.href);
      else if (node?.type === "collapsed") toggleGroup(node.id);
    },
    [nodes, navigate, toggleGroup],
  );
}
