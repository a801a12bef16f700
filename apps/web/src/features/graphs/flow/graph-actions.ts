import { createContext, useContext } from "react";

/** What nodes can ask of the view around them; provided once per canvas instead of stored in node data. */
export interface TGraphActions {
  toggleGroup: (groupId: string) => void;
  /** Neighbourhood view only: fetch what lies around a node and add it to the drawing. */
  expandAround?: (nodeId: string) => void;
  /** Neighbourhood view only: make a node the centre. */
  recentreOn?: (nodeId: string) => void;
}

export const GraphActionsContext = createContext<TGraphActions>({ toggleGroup: () => {} });

export const useGraphActions = () => useContext(GraphActionsContext);
