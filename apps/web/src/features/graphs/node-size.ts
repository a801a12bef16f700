/** Boxes are sized from their text before layout, since ELK needs sizes and React Flow measures only after rendering. */
export const NODE_HEIGHT = 54;
export const COLLAPSED_HEIGHT = 54;
const MIN_WIDTH = 150;
const MAX_WIDTH = 260;
/** Average advance of the node font (14px system UI) and of the smaller caption (11.5px). */
const LABEL_CHAR = 8.4;
const CAPTION_CHAR = 6.3;
const HORIZONTAL_PADDING = 34;

export function nodeWidth(label: string, caption: string): number {
  const text = Math.max(label.length * LABEL_CHAR, caption.length * CAPTION_CHAR);
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, text + HORIZONTAL_PADDING)));
}
