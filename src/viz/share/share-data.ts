/**
 * The data a read-only map carries, and how it goes into (and comes out of) the one HTML file.
 *
 * A shared map holds what the viewer shows and nothing more: the graph to draw, its positions,
 * communities, groups, the import report and the whole analysis. REDACTED by default: made from
 * the redacted workbook read back (redacted-copy.ts), so every person is a pseudonym ("Shelter
 * staff 3"), sensitive people are "Private contact" everywhere (ask paths too), contacts, notes
 * and extra columns are gone — and the key is never part of it. With names, it is the data set
 * as the organizer sees it. Positions come from the organizer's map when given (the partner sees
 * the same picture), else the deterministic first layout.
 *
 * In the file, the data is one `<script type="application/json" id="coalition-data">` element
 * (every "<" written as \u003c, so no text in the data can end the element); the viewer reads
 * it with textContent. No DOM here: this runs in node (the CLI) and in the share worker.
 */
import { communities as detectCommunities, type CommunityResult } from "../../graph/communities.js";
import type { MemberGroup } from "../../graph/groups.js";
import type { ImportReport } from "../../graph/import-report.js";
import type { CoalitionGraph } from "../../graph/types.js";
import { analyzeForMap, groupsOf } from "../analyze.js";
import { CATEGORY_PALETTE } from "../colors.js";
import { communitySlots } from "../community-colors.js";
import { settledPositions, type Positions } from "../positions.js";
import type { MapAnalysis, MeasureChoices, SerializedCoalition } from "../protocol.js";
import { redactedWorkbook } from "./redacted-copy.js";

export const SHARE_FORMAT = "coalition-map-share";
export const SHARE_VERSION = 1;

/** What a read-only map file carries (see the module comment). */
export interface SharedMap {
  format: typeof SHARE_FORMAT;
  version: typeof SHARE_VERSION;
  /** The map's title (shown in its top bar and the window's title). */
  title: string;
  /** Whether people are pseudonyms (the default) or named. */
  redacted: boolean;
  /** The files the data set was read from (for a redacted map: the redacted workbook's). */
  files: string[];
  graph: SerializedCoalition;
  positions: Positions;
  communities: CommunityResult;
  groups: Record<string, MemberGroup>;
  importReport: ImportReport;
  analysis: MapAnalysis;
  /**
   * Each coloured community's palette index, as [community id, index] pairs: the colours of the map
   * it was shared from. Absent (a map made by the command line, or by an older version): by size rank.
   */
  communitySlots?: [number, number][];
}

export interface ShareOptions {
  /** Pseudonyms for everyone (default true). */
  redacted?: boolean;
  /** How ties count (the map's choice, or --unweighted / --directed). */
  choices?: MeasureChoices;
  /** Positions by ORIGINAL node id (the organizer's map); default: the first layout of the data. */
  positions?: Positions;
  /** The communities already found for the original graph with `choices` (named maps only). */
  communities?: CommunityResult;
  /** The organizer's map's colours: each node's palette index, by ORIGINAL node id (community-colors.ts `nodeSlots`). */
  colours?: readonly (readonly [string, number])[];
  /** The analysis already made for the original graph with `choices` (named maps only). */
  analysis?: MapAnalysis;
  /** Title of a named map (a redacted map is always titled generically: a file name can name someone). */
  title?: string;
  /** The files the named data set was read from. */
  files?: string[];
  /** Progress words and fraction (0…1). */
  progress?: (stage: string, fraction: number) => void;
}

export const REDACTED_TITLE = "Coalition map (redacted)";

/** Plain attributes only: what the map added for drawing (positions, parallel-tie indices) is left out. */
function serialize(graph: CoalitionGraph): SerializedCoalition {
  const out = graph.export();
  for (const n of out.nodes) {
    const a = n.attributes as Record<string, unknown> | undefined;
    if (a) {
      delete a.x;
      delete a.y;
    }
  }
  for (const e of out.edges) {
    const a = e.attributes as Record<string, unknown> | undefined;
    if (a) for (const k of ["parallelIndex", "parallelMinIndex", "parallelMaxIndex"]) delete a[k];
  }
  return out;
}

/**
 * The data of a read-only map of `graph` (see the module comment), and — for a redacted map —
 * the key to its pseudonyms (CSV), which the caller keeps apart from the file.
 */
export function sharedMap(graph: CoalitionGraph, importReport: ImportReport, options: ShareOptions = {}): { data: SharedMap; key: string | null } {
  const choices = options.choices ?? {};
  const progress = options.progress ?? (() => undefined);
  const measure = (g: CoalitionGraph, report: ImportReport, comms: CommunityResult | undefined): { communities: CommunityResult; analysis: MapAnalysis } => {
    const communities = comms ?? detectCommunities(g, choices.weighted === false ? { weighted: false } : {});
    const analysis = options.analysis && comms ? options.analysis : analyzeForMap(g, report, communities, progress, choices);
    // Timings would make two files of the same data differ.
    // The shared map is measured once: nothing of the map's background refining goes with it.
    const shared: MapAnalysis = { ...analysis, timings: {} };
    delete shared.refining;
    delete shared.refined;
    delete shared.refineNote;
    delete shared.exactChoice;
    return { communities, analysis: shared };
  };
  if (options.redacted === false) {
    const { communities, analysis } = measure(graph, importReport, options.communities);
    const positions = options.positions ?? settledPositions(graph, communities.assignment);
    const data: SharedMap = {
      format: SHARE_FORMAT,
      version: SHARE_VERSION,
      title: options.title ?? "Coalition map",
      redacted: false,
      files: options.files ?? [],
      graph: serialize(graph),
      positions: Object.fromEntries(graph.mapNodes((n) => [n, positions[n] ?? { x: 0, y: 0 }])),
      communities,
      groups: groupsOf(graph),
      importReport,
      analysis,
      ...slotsFor(communities, options.colours, (n) => n),
    };
    return { data, key: null };
  }
  progress("Replacing names by pseudonyms…", 0.05);
  const read = redactedWorkbook(graph);
  const { communities, analysis } = measure(read.graph, read.importReport, undefined);
  const original = new Map(read.copy.key.map((k) => [k.pseudonymId, k.id]));
  const given = options.positions;
  const first = given ? null : settledPositions(read.graph, communities.assignment);
  const positions: Positions = {};
  read.graph.forEachNode((n) => {
    positions[n] = (given ? given[original.get(n) ?? ""] : first?.[n]) ?? { x: 0, y: 0 };
  });
  const data: SharedMap = {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    title: REDACTED_TITLE,
    redacted: true,
    files: read.workbook.map((f) => f.name),
    graph: serialize(read.graph),
    positions,
    communities,
    groups: groupsOf(read.graph),
    importReport: read.importReport,
    analysis,
    ...slotsFor(communities, options.colours, (n) => original.get(n)),
  };
  return { data, key: read.key };
}

/**
 * The shared map's `communitySlots` from the organizer's colours (`colours`, by original id;
 * `originalOf` maps a node of the shared graph to it): nothing without them.
 */
function slotsFor(communities: CommunityResult, colours: ShareOptions["colours"], originalOf: (n: string) => string | undefined): Pick<SharedMap, "communitySlots"> {
  if (colours === undefined || colours.length === 0) return {};
  const byOriginal = new Map(colours);
  const previous = new Map<string, number>();
  for (const c of communities.communities)
    for (const m of c.members) {
      const o = originalOf(m);
      const slot = o === undefined ? undefined : byOriginal.get(o);
      if (slot !== undefined) previous.set(m, slot);
    }
  return { communitySlots: [...communitySlots(communities.communities, CATEGORY_PALETTE.length, previous)] };
}

/** The id of the data element in the viewer page. */
export const DATA_ELEMENT_ID = "coalition-data";

const EMPTY_DATA = `<script type="application/json" id="${DATA_ELEMENT_ID}"></script>`;

/** Text for an HTML text node or attribute. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The viewer page `template` (the read-only map's build) carrying `data`: one file to send. */
export function embedSharedMap(template: string, data: SharedMap): string {
  const at = template.indexOf(EMPTY_DATA);
  if (at < 0 || template.indexOf(EMPTY_DATA, at + 1) >= 0) throw new Error("The read-only map's viewer has no (or more than one) place for the data; build it again (npm run build).");
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const filled = `${template.slice(0, at)}<script type="application/json" id="${DATA_ELEMENT_ID}">${json}</script>${template.slice(at + EMPTY_DATA.length)}`;
  return filled.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${data.title} — Coalition Map, read-only`)}</title>`);
}

/** The data of a read-only map from its data element's text; throws a plain message when it is not one. */
export function parseSharedMap(text: string): SharedMap {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("This file holds no map: its data could not be read.");
  }
  const d = data as Partial<SharedMap> | null;
  if (!d || d.format !== SHARE_FORMAT) throw new Error("This file holds no Coalition Map data.");
  if (d.version !== SHARE_VERSION) throw new Error(`This map was made by another version of Coalition Map (format ${String(d.version)}); open it with that version.`);
  // Colours are an extra: a damaged list is left out (the size rank then), not an error.
  const slots: unknown = d.communitySlots;
  if (slots !== undefined && !(Array.isArray(slots) && slots.every((p: unknown) => Array.isArray(p) && p.length === 2 && p.every((x: unknown) => Number.isInteger(x) && (x as number) >= 0)))) delete d.communitySlots;
  return d as SharedMap;
}
