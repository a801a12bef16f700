import { getNodesBounds, getViewportForBounds, useReactFlow, useStore } from "@xyflow/react";
import { useState } from "react";
import { downloadUrl } from "../../lib/download.ts";

/** The longest side of an exported image; larger drawings are scaled down to fit. */
const MAX_SIDE = 8000;
const PADDING = 32;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

interface TExportButtonsProps {
  fileName: string;
  /** Renders every element (not only those in view) while an image is taken. */
  setRenderAll: (value: boolean) => void;
}

/** PNG and SVG of the whole graph as drawn, as in xyflow's "download image" example. */
export function ExportButtons({ fileName, setRenderAll }: TExportButtonsProps) {
  const { getNodes } = useReactFlow();
  const domNode = useStore((store) => store.domNode);
  const [busy, setBusy] = useState<"png" | "svg" | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportImage = async (format: "png" | "svg") => {
    const viewportElement = domNode?.querySelector<HTMLElement>(".react-flow__viewport");
    if (!viewportElement) return;
    setBusy(format);
    setError(null);
    setRenderAll(true);
    try {
      await nextFrame();
      await nextFrame();
      const { toPng, toSvg } = await import("html-to-image");
      const bounds = getNodesBounds(getNodes());
      const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width, bounds.height, 1));
      const width = Math.round(bounds.width * scale + PADDING * 2);
      const height = Math.round(bounds.height * scale + PADDING * 2);
      const viewport = getViewportForBounds(bounds, width, height, 0.01, 2, `${PADDING}px`);
      const options = {
        backgroundColor: "#ffffff",
        width,
        height,
        style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
      };
      const url = format === "png" ? await toPng(viewportElement, options) : await toSvg(viewportElement, options);
      downloadUrl(url, `${fileName}.${format}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The image could not be made.");
    } finally {
      setRenderAll(false);
      setBusy(null);
    }
  };

  return (
    <div className="graph-export" role="group" aria-label="Export image">
      <button type="button" className="button button--small" onClick={() => void exportImage("png")} disabled={busy !== null}>
        {busy === "png" ? "Exporting…" : "PNG"}
      </button>
      <button type="button" className="button button--small" onClick={() => void exportImage("svg")} disabled={busy !== null}>
        {busy === "svg" ? "Exporting…" : "SVG"}
      </button>
      {error ? (
        <span className="graph-export__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
