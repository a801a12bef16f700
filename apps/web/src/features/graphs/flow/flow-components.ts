import type { EdgeTypes, NodeTypes } from "@xyflow/react";
import { CollapsedNode } from "./CollapsedNode.tsx";
import { EntityNode } from "./EntityNode.tsx";
import { FrameNode } from "./FrameNode.tsx";
import { RelationEdge } from "./RelationEdge.tsx";

/** Defined once at module scope: React Flow re-creates every node when these objects change. */
export const nodeTypes = { entity: EntityNode, frame: FrameNode, collapsed: CollapsedNode } satisfies NodeTypes;
export const edgeTypes = { relation: RelationEdge } satisfies EdgeTypes;
