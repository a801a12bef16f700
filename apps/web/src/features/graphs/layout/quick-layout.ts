import { buildHierarchy, ROOT } from "./hierarchy.ts";
import { CONTAINER_PADDING, type TLayoutRequest, type TLayoutResult, type TPlacement } from "./layout-types.ts";

const NODE_GAP = 24;
const LAYER_GAP = 110;
/** A layer taller than this many members is folded into several columns, so huge graphs stay roughly square. */
const FOLD_ABOVE = 40;
const SWEEPS = 2;
/** A drawing more than this many times deeper than it is broad wraps its layers into rows. */
const WRAP_RATIO = 4;
/** …and only once it is longer than a wide screen could show at a readable zoom. */
const WRAP_BEYOND = 5000;

interface TSize {
  width: number;
  height: number;
}

/** Members laid out in rows no wider than a 16:10 block of their total area. */
function pack(ids: string[], sizes: Map<string, TSize>, place: (id: string, x: number, y: number) => void): TSize {
  const area = ids.reduce((sum, id) => sum + (sizes.get(id)!.width + NODE_GAP) * (sizes.get(id)!.height + NODE_GAP), 0);
  const rowWidth = Math.max(Math.sqrt(area * 1.6), ...ids.map((id) => sizes.get(id)!.width));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const id of ids) {
    const size = sizes.get(id)!;
    if (x > 0 && x + size.width > rowWidth) {
      x = 0;
      y += rowHeight + NODE_GAP;
      rowHeight = 0;
    }
    place(id, x, y);
    x += size.width + NODE_GAP;
    width = Math.max(width, x - NODE_GAP);
    rowHeight = Math.max(rowHeight, size.height);
  }
  return { width, height: y + rowHeight };
}

/** Layer index per member: longest path from the sources, after turning back edges around. */
function layers(count: number, links: [number, number][]): number[] {
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const [s, t] of links) out[s]!.push(t);
  // Iterative DFS: an edge to a node still on the stack closes a cycle and is ignored for layering.
  const state = new Uint8Array(count);
  const forward: [number, number][] = [];
  for (let start = 0; start < count; start++) {
    if (state[start]) continue;
    const stack: [number, number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [node, next] = top;
      if (next < out[node]!.length) {
        top[1]++;
        const target = out[node]![next]!;
        if (state[target] === 1) continue;
        forward.push([node, target]);
        if (state[target] === 0) {
          state[target] = 1;
          stack.push([target, 0]);
        }
      } else {
        state[node] = 2;
        stack.pop();
      }
    }
  }
  const indegree = new Int32Array(count);
  const dagOut: number[][] = Array.from({ length: count }, () => []);
  for (const [s, t] of forward) {
    dagOut[s]!.push(t);
    indegree[t]!++;
  }
  const layer = new Array<number>(count).fill(0);
  const queue: number[] = [];
  for (let i = 0; i < count; i++) if (indegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const target of dagOut[node]!) {
      layer[target] = Math.max(layer[target]!, layer[node]! + 1);
      if (--indegree[target]! === 0) queue.push(target);
    }
  }
  return layer;
}

/** Orders each layer by the mean position of its neighbours, sweeping down then up. */
function order(count: number, links: [number, number][], layer: number[]): number[][] {
  const depth = Math.max(0, ...layer) + 1;
  const rows: number[][] = Array.from({ length: depth }, () => []);
  for (let i = 0; i < count; i++) rows[layer[i]!]!.push(i);
  const position = new Float64Array(count);
  const renumber = () => rows.forEach((row) => row.forEach((node, index) => (position[node] = index / Math.max(1, row.length - 1))));
  const before: number[][] = Array.from({ length: count }, () => []);
  const after: number[][] = Array.from({ length: count }, () => []);
  for (const [s, t] of links) {
    if (layer[s]! < layer[t]!) (before[t]!.push(s), after[s]!.push(t));
    else if (layer[t]! < layer[s]!) (before[s]!.push(t), after[t]!.push(s));
  }
  renumber();
  const sortBy = (row: number[], neighbours: number[][]) => {
    const key = new Map<number, number>();
    for (const node of row) {
      const adjacent = neighbours[node]!;
      key.set(node, adjacent.length === 0 ? position[node]! : adjacent.reduce((sum, n) => sum + position[n]!, 0) / adjacent.length);
    }
    row.sort((a, b) => key.get(a)! - key.get(b)!);
    row.forEach((node, index) => (position[node] = index / Math.max(1, row.length - 1)));
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let l = 1; l < depth; l++) sortBy(rows[l]!, before);
    for (let l = depth - 2; l >= 0; l--) sortBy(rows[l]!, after);
  }
  return rows;
}

/**
 * A layered layout in linear time (plus sorting), for graphs too large for ELK to finish quickly:
 * longest-path layers, two barycenter sweeps, members stacked per layer, long layers folded into
 * columns. Groups are laid out inside-out, each as one box in its parent, like ELK's SEPARATE_CHILDREN.
 */
export function quickLayout(request: TLayoutRequest): TLayoutResult {
  const hierarchy = buildHierarchy(request);
  const sizes = new Map<string, TSize>(request.boxes.map((b) => [b.id, { width: b.width, height: b.height }]));
  const placements: Record<string, TPlacement> = {};
  const across = request.direction === "RIGHT" ? "width" : "height";
  const along = request.direction === "RIGHT" ? "height" : "width";

  const layoutLevel = (level: string): TSize => {
    const ids = hierarchy.children.get(level) ?? [];
    for (const id of ids) if (hierarchy.isContainer(id)) sizes.set(id, layoutLevel(id));
    const offset = level === ROOT ? { x: 0, y: 0 } : { x: CONTAINER_PADDING.left, y: CONTAINER_PADDING.top };
    const place = (id: string, x: number, y: number) => {
      const size = sizes.get(id)!;
      placements[id] = { x: offset.x + x, y: offset.y + y, width: size.width, height: size.height };
    };
    const links = hierarchy.liftedLinks.get(level) ?? [];
    let content: TSize;
    if (links.length === 0) {
      content = ids.length > 0 ? pack(ids, sizes, place) : { width: 160, height: 0 };
    } else {
      const index = new Map(ids.map((id, i) => [id, i]));
      const pairs = links.map((l) => [index.get(l.source)!, index.get(l.target)!] as [number, number]);
      const rows = order(ids.length, pairs, layers(ids.length, pairs));
      // Each layer is a band of one or more columns (rows when laid out downwards).
      let longest = 0;
      const bands = rows.map((row) => {
        const perColumn = row.length > FOLD_ABOVE ? Math.max(FOLD_ABOVE, Math.ceil(Math.sqrt(row.length) * 3)) : row.length;
        const columns: string[][] = [];
        for (let i = 0; i < row.length; i += perColumn) columns.push(row.slice(i, i + perColumn).map((n) => ids[n]!));
        const extent = columns.map((column) => column.reduce((sum, id) => sum + sizes.get(id)![along] + NODE_GAP, -NODE_GAP));
        const breadths = columns.map((column) => Math.max(...column.map((id) => sizes.get(id)![across])));
        longest = Math.max(longest, ...extent);
        return { columns, extent, breadths, breadth: breadths.reduce((sum, b) => sum + b + NODE_GAP, -NODE_GAP) };
      });
      // Very deep graphs (long dependency chains) wrap their layers into several rows, like lines of text.
      const depth = bands.reduce((sum, band) => sum + band.breadth + LAYER_GAP, -LAYER_GAP);
      const rowLength = depth > longest * WRAP_RATIO && depth > WRAP_BEYOND ? Math.max(Math.sqrt(depth * longest * 1.6), ...bands.map((b) => b.breadth)) : depth;
      let bandStart = 0;
      let rowStart = 0;
      let widest = 0;
      for (const band of bands) {
        if (bandStart > 0 && bandStart + band.breadth > rowLength) {
          bandStart = 0;
          rowStart += longest + LAYER_GAP;
        }
        let columnStart = bandStart;
        band.columns.forEach((column, c) => {
          let cursor = rowStart + (longest - band.extent[c]!) / 2;
          const breadth = band.breadths[c]!;
          for (const id of column) {
            const size = sizes.get(id)!;
            const a = columnStart + (breadth - size[across]) / 2;
            if (request.direction === "RIGHT") place(id, a, cursor);
            else place(id, cursor, a);
            cursor += size[along] + NODE_GAP;
          }
          columnStart += breadth + NODE_GAP;
        });
        bandStart += band.breadth + LAYER_GAP;
        widest = Math.max(widest, bandStart - LAYER_GAP);
      }
      const tall = rowStart + longest;
      content = request.direction === "RIGHT" ? { width: widest, height: tall } : { width: tall, height: widest };
    }
    if (level === ROOT) return content;
    return { width: Math.max(160, content.width + CONTAINER_PADDING.left + CONTAINER_PADDING.right), height: content.height + CONTAINER_PADDING.top + CONTAINER_PADDING.bottom };
  };

  const size = layoutLevel(ROOT);
  return { placements, strategy: "quick", width: size.width, height: size.height };
}
