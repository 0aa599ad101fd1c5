import { describe, expect, it } from "vitest";
import { buildReport, renderMarkdown, reportToJson } from "../../src/graph/report.js";
import { importCoalition, type InputFile } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";

const files = (): InputFile[] => [
  csv("organizations.csv", "id,name,services,areas,status\no2,Legal Aid,legal advocacy,North,member\no1,Hope House,hotline,North,core\n"),
  csv("people.csv", "id,name,organization,status,zodiac\np2,Ben,o2,member,leo\np1,Ana,o1,core,\n"),
  csv("connections.csv", "from,to,type,strength\np1,p2,works_with,4\np1,p2,bad_history,2\np1,p1,knows,1\n"),
  csv("services.csv", "service,area\nhotline,South\n"),
];

describe("buildReport", () => {
  it("summary counts, nodes sorted by id with attributes, import report included", () => {
    const { graph, report: imp } = importCoalition(files());
    const r = buildReport(graph, imp);
    expect(r.summary).toMatchObject({
      format: "workbook",
      nodes: 4,
      edges: 4,
      people: 2,
      organizations: 2,
      positiveTies: 3,
      negativeTies: 1,
      implicitTies: 2,
      components: 1,
      largestComponent: 4,
      isolates: 0,
      needs: 1,
      byStatus: { core: 2, member: 2, prospect: 0, none: 0 },
      tiesByType: { bad_history: 1, member_of: 2, works_with: 1 },
    });
    expect(r.nodes.map((n) => n.id)).toEqual(["o1", "o2", "p1", "p2"]);
    expect(r.nodes[3]).toMatchObject({ id: "p2", label: "Ben", kind: "person", organization: "o2", extra: { zodiac: "leo" }, tieCount: 3 });
    expect(r.ties).toHaveLength(4);
    expect(r.import.rejected).toBe(1);
  });

  it("positive components ignore negative ties", () => {
    const { graph, report: imp } = importCoalition([csv("people.csv", "name\nA\nB\nC\n"), csv("connections.csv", "from,to,type\nA,B,knows\nB,C,conflict\n")]);
    const s = buildReport(graph, imp).summary;
    expect(s.components).toBe(1);
    expect(s.positiveComponents).toBe(2);
  });

  it("JSON is byte-identical for identical input, and does not depend on row order inside files for node order", () => {
    const a = importCoalition(files());
    const b = importCoalition(files());
    expect(reportToJson(buildReport(a.graph, a.report))).toBe(reportToJson(buildReport(b.graph, b.report)));
  });

  it("renderMarkdown lists the sections and every rejection with file:line:column", () => {
    const { graph, report: imp } = importCoalition(files());
    const md = renderMarkdown(buildReport(graph, imp));
    for (const h of ["## Nodes by kind and status", "## Ties by type", "## Components", "## Import", "### Rejected rows (1)"]) expect(md).toContain(h);
    expect(md).toContain('connections.csv:4:2 (column "to")');
    expect(md).toContain("| bad_history | 1 |");
  });
});
