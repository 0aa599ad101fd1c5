import type { AppContext, Panel } from "../context.js";
import { h } from "../dom.js";
export const outreachPanel: Panel = { id: "outreach", render: (_ctx: AppContext) => h("div", {}, "outreach") };
