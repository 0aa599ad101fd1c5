/** The side panels, in tab order. */
import type { Panel } from "../context.js";
import { detailsPanel } from "./details.js";
import { askPanel } from "./ask.js";
import { outreachPanel } from "./outreach.js";
import { conflictsPanel } from "./conflicts.js";
import { gapsPanel } from "./gaps.js";
import { recruitPanel } from "./recruit.js";
import { balancePanel } from "./balance.js";
import { communitiesPanel } from "./communities.js";

export const PANELS: Panel[] = [detailsPanel, askPanel, outreachPanel, conflictsPanel, gapsPanel, recruitPanel, balancePanel, communitiesPanel];
