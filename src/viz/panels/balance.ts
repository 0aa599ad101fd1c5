import type { AppContext, Panel } from "../context.js";
import { h } from "../dom.js";
export const balancePanel: Panel = { id: "balance", render: (_ctx: AppContext) => h("div", {}, "balance") };
