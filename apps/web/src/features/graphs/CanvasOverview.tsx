import { useReactFlow, useStore } from "@xyflow/react";
import { useEffect, useMemo, useRef, type PointerEvent } from "react";
import type { TRect } from "./flow/edges-in-view.ts";

const WIDTH = 200;
const HEIGHT = 150;

interface TCanvasOverviewProps {
  /** Absolute boxes of everything drawn, with their colours. */
  boxes: { rect: TRect; colour: string }[];
}

/**
 * The overview of a large graph: its boxes painted once onto a canvas, with only the rectangle of
 * the visible area moving as the view pans. React Flow's SVG minimap repaints every node on every
 * frame, which for thousands of nodes costs more than the canvas itself. Click or drag to move there.
 */
export function CanvasOverview({ boxes }: TCanvasOverviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { setCenter } = useReactFlow();
  const [tx, ty, zoom] = useStore((store) => store.transform);
  const paneWidth = useStore((store) => store.width);
  const paneHeight = useStore((store) => store.height);

  const frame = useMemo(() => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const { rect } of boxes) {
      minX = Math.min(minX, rect.x);
      minY = Math.min(minY, rect.y);
      maxX = Math.max(maxX, rect.x + rect.width);
      maxY = Math.max(maxY, rect.y + rect.height);
    }
    const scale = Math.min(WIDTH / Math.max(1, maxX - minX), HEIGHT / Math.max(1, maxY - minY));
    return { minX, minY, scale, offsetX: (WIDTH - (maxX - minX) * scale) / 2, offsetY: (HEIGHT - (maxY - minY) * scale) / 2 };
  }, [boxes]);

  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    for (const { rect, colour } of boxes) {
      context.fillStyle = colour;
      context.fillRect(frame.offsetX + (rect.x - frame.minX) * frame.scale, frame.offsetY + (rect.y - frame.minY) * frame.scale, Math.max(1, rect.width * frame.scale), Math.max(1, rect.height * frame.scale));
    }
  }, [boxes, frame]);

  const view = {
    left: frame.offsetX + (-tx / zoom - frame.minX) * frame.scale,
    top: frame.offsetY + (-ty / zoom - frame.minY) * frame.scale,
    width: (paneWidth / zoom) * frame.scale,
    height: (paneHeight / zoom) * frame.scale,
  };

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = frame.minX + (event.clientX - bounds.left - frame.offsetX) / frame.scale;
    const y = frame.minY + (event.clientY - bounds.top - frame.offsetY) / frame.scale;
    void setCenter(x, y, { zoom });
  };

  return (
    <div
      className="canvas-overview nopan nowheel"
      role="img"
      aria-label="Overview of the whole graph; click to move there"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons === 1) moveTo(event);
      }}
    >
      <canvas ref={canvas} width={WIDTH * (typeof window === "undefined" ? 1 : window.devicePixelRatio || 1)} height={HEIGHT * (typeof window === "undefined" ? 1 : window.devicePixelRatio || 1)} style={{ width: WIDTH, height: HEIGHT }} />
      <div className="canvas-overview__view" style={view} />
    </div>
  );
}
