/** What every panel and control gets: the store, the map, the worker client and the data set. */
import type { AnalysisClient } from "./client.js";
import type { Dataset } from "./dataset.js";
import type { NetworkMap } from "./map.js";
import type { MeasureChoices } from "./protocol.js";
import type { Highlight, State, Store, TabId } from "./state.js";

/** What the panels ask of the workers: who should make the ask (the read-only map answers it too). */
export type AskClient = Pick<AnalysisClient, "ask">;

export interface AppContext {
  store: Store;
  map: NetworkMap;
  client: AskClient;
  dataset(): Dataset | null;
  /** Select a node (opens its details); `focus` also moves the camera to it. */
  select(node: string | null, focus?: boolean): void;
  highlight(h: Highlight | null): void;
  /** Measure the data set again with other choices (every tie counts 1; ties keep their direction). */
  remeasure(choices: MeasureChoices): void;
  /** Open "Compare with an earlier round…" (app/compare.ts). */
  compare?(): void;
  /** The read-only shared map (share/viewer.ts): measured once, when it was made — no measuring choices. */
  readOnly?: boolean;
}

/** A side-panel tab: builds its content; re-built when `shouldUpdate` says so. */
export interface Panel {
  id: TabId;
  /** The tab's name (short, in the organizer's words). */
  tab: string;
  render(ctx: AppContext): HTMLElement;
  /** Besides tab, data set and analysis changes, when to re-render. */
  shouldUpdate?(state: State, previous: State): boolean;
  /** Whether its tab is shown (default: always), e.g. the comparison's only while there is one. */
  visible?(state: State): boolean;
}
