/** Rows of a needs (services) file: a service needed in an area, merged by service and area. */
import type { Need } from "../graph/types.js";
import type { Row } from "./row.js";
import type { ImportState } from "./state.js";
import { shown } from "./text.js";
import { normalizeService } from "./values.js";
import { checkNeedArea } from "./service-names.js";

/** The priorities the outreach plan weighs (src/graph/outreach.ts): others count as medium. */
const PRIORITIES: ReadonlySet<string> = new Set(["high", "medium", "low"]);

export function readNeed(st: ImportState, r: Row): void {
  const service = normalizeService(r.get("service"));
  const area = r.get("area");
  if (service === "") return st.reject(r, "service", `the service is empty; row skipped.`);
  if (area === "") return st.reject(r, "area", `the area is empty; say where "${shown(service)}" is needed. Row skipped.`);
  st.checkOverflow(r);
  checkNeedArea(st, r, area);
  const need: Need = { service, area };
  const priority = r.get("priority");
  if (priority !== "") need.priority = priority;
  if (priority !== "" && !PRIORITIES.has(priority.toLowerCase())) {
    st.warn(r, "priority", `priority "${shown(priority)}" is not high, medium or low; kept as written, and weighed as medium in the outreach plan.`);
  }
  const extra = r.extra();
  if (Object.keys(extra).length > 0) need.extra = extra;
  const key = `${service}\u0000${area.toLowerCase()}`;
  const earlier = st.needs.get(key);
  if (earlier !== undefined) {
    const conflicts: string[] = [];
    if (need.priority !== undefined) {
      if (earlier.need.priority === undefined) earlier.need.priority = need.priority;
      else if (earlier.need.priority !== need.priority) conflicts.push(r.colName("priority"));
    }
    st.merged(r, earlier.source, `${service} @ ${earlier.need.area}`, conflicts);
    return;
  }
  st.needs.set(key, { need, source: { file: r.file.csv.name, line: r.line } });
  r.file.report.imported++;
}
