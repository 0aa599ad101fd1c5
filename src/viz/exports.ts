/**
 * Exports, all made on this computer and saved with a download link: the map as PNG (the whole
 * network or the current view, at 1×, 2× or 4×, drawn by @sigma/export-image, with the screen's
 * legend in a column beside it), the outreach plan as CSV (written by the library's one CSV
 * writer), the graph with measures and communities as GEXF (for Gephi), and the analysis as JSON.
 */
import { coalitionGexf } from "../graph/exports/gexf.js";
import type { AppContext } from "./context.js";
import { download } from "./dom.js";
import { legendModel } from "./legend.js";
import { composeWithLegend } from "./legend-picture.js";
import { DEFAULT_PICTURE_OPTIONS, type PictureOptions } from "./map/picture.js";

function baseName(ctx: AppContext): string {
  const ds = ctx.dataset();
  const first = ds?.files[0] ?? "coalition";
  const folder = ds && ds.files.length > 1 ? "coalition" : first.replace(/\.[^.]+$/, "");
  return folder.replace(/[^\w.-]+/g, "-") || "coalition";
}

/**
 * The coalition's name as the top bar shows it (a workspace's name, "Sample coalition"), or ""
 * when the top bar shows only its files' names (or their number).
 */
function shownName(files: readonly string[]): string {
  const shown = document.getElementById("dataset-name")?.textContent?.trim() ?? "";
  return shown === files.join(", ") || shown === `${files.length} files` ? "" : shown;
}

/** A name made safe for a file name (letters of any script kept), or "". */
function fileSafe(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60);
}

/** Today's date on this computer, as YYYY-MM-DD. */
function localDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** One name for the outreach plan, from the Export menu or the panel's button. */
export const OUTREACH_CSV_NAME = "outreach-plan.csv";

/**
 * Save the outreach plan. The file starts with a UTF-8 byte-order mark so Excel on Windows reads
 * "→" and accents right (the library's outreachCsv string itself has none).
 */
export function downloadOutreachCsv(csv: string): string {
  download(OUTREACH_CSV_NAME, new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
  return OUTREACH_CSV_NAME;
}

export type ExportKind = "png" | "csv" | "gexf" | "json";

export const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: "png", label: "Map picture (PNG)" },
  { kind: "csv", label: "Outreach plan (CSV)" },
  { kind: "gexf", label: "Network for Gephi (GEXF)" },
  { kind: "json", label: "Full analysis (JSON)" },
];

/**
 * Make one export and download it; returns the file name. `picture` says what the PNG shows
 * (the whole network or the view) and at which resolution.
 */
export async function exportAs(ctx: AppContext, kind: ExportKind, picture: PictureOptions = DEFAULT_PICTURE_OPTIONS): Promise<string> {
  const ds = ctx.dataset();
  if (!ds) throw new Error("Open a coalition first.");
  const name = baseName(ctx);
  switch (kind) {
    case "png": {
      const map = await ctx.map.picture(picture);
      const app = ctx.map.getAppearance();
      if (!map) throw new Error("The map is not drawn yet.");
      // The legend goes in a column beside the map, so it never hides part of the network; its
      // words are the on-screen legend's, for the same colour choice and filters.
      const scale = picture.scale * (window.devicePixelRatio || 1);
      // Titled with the coalition's name as the top bar shows it (a workspace's name rather than
      // its files'), and the day it was made: a picture passed on says what and when.
      const shown = shownName(ds.files);
      const subtitle = shown ? `Coalition Map · ${localDate()}` : `${ds.files.join(", ")} · ${localDate()}`;
      const canvas = app ? composeWithLegend(map, legendModel(app, ctx.store.state), scale, shown || "Coalition Map", subtitle) : map;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
      if (!blob) throw new Error("The picture could not be made.");
      const file = `${fileSafe(shown) || name}-map.png`;
      download(file, blob);
      return file;
    }
    case "csv": {
      const csv = ds.analysis?.outreachCsv;
      if (csv === undefined) throw new Error("The outreach plan is still being computed.");
      return downloadOutreachCsv(csv);
    }
    case "gexf": {
      // The core's one GEXF writer (XML 1.0-safe whatever the names hold), with the map's drawing.
      const app = ctx.map.getAppearance();
      const xml = coalitionGexf(ds.graph, {
        nodes: ds.standing,
        viz: (key) => {
          // The network layout, also while the power grid is shown.
          const a = ctx.map.networkPosition(key) ?? ds.graph.getNodeAttributes(key);
          const style = app?.styles.get(key);
          return { x: a.x, y: a.y, size: style?.size ?? 5, color: style?.color ?? "#999999" };
        },
      });
      download(`${name}.gexf`, new Blob([xml], { type: "application/xml" }));
      return `${name}.gexf`;
    }
    case "json": {
      const report = ds.analysis?.report;
      if (report === undefined) throw new Error("The analysis is still being computed.");
      download(`${name}-analysis.json`, new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }));
      return `${name}-analysis.json`;
    }
  }
}
