import type { AppContext, Panel } from "../context.js";
import { h } from "../dom.js";
export const gapsPanel: Panel = { id: "gaps", render: (_ctx: AppContext) => h("div", {}, "gaps") };
