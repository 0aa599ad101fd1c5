import type { AppContext, Panel } from "../context.js";
import { h } from "../dom.js";
export const recruitPanel: Panel = { id: "recruit", render: (_ctx: AppContext) => h("div", {}, "recruit") };
