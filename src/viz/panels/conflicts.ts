import type { AppContext, Panel } from "../context.js";
import { h } from "../dom.js";
export const conflictsPanel: Panel = { id: "conflicts", render: (_ctx: AppContext) => h("div", {}, "conflicts") };
