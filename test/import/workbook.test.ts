import { describe, expect, it } from "vitest";
import { positiveView } from "../../src/graph/model.js";
import { importCoalition, type ImportReport } from "../../src/import/index.js";
import { csv, only, present } from "./helpers.js";

const ORGS = `id,name,sector,services,areas,status,anchor,notes
o1,Hope House,shelter,Emergency Shelter; Hotline,North;South,core,yes,
o2,Legal Aid North,legal,legal advocacy,North,member,no,
`;
const PEOPLE = `id,name,organization,role,sector,status,decision_maker,lived_experience,area,tags,email,phone,notes
p1,Ana Ruiz,o1,Director,shelter,core,yes,no,North,"faith; bilingual",ana@example.org,555-0101,
p2,Ben Ode,Legal Aid North,Attorney,legal,member,no,yes,North,,,,
`;

function identity(r: ImportReport): void {
  for (const f of r.files) expect(f.imported + f.merged + f.rejected, f.file).toBe(f.rowsRead);
  expect(r.imported + r.merged + r.rejected).toBe(r.rowsRead);
  expect(r.rowsRead).toBe(r.files.reduce((a, f) => a + f.rowsRead, 0));
}

describe("workbook import: nodes", () => {
  it("reads people and organizations with their attributes; unknown and contact columns go to extra", () => {
    const { graph, report } = importCoalition([csv("organizations.csv", ORGS), csv("people.csv", PEOPLE)]);
    identity(report);
    expect(graph.getAttributes()).toMatchObject({ format: "workbook", hasStrength: false, needs: [] });
    const o1 = graph.getNodeAttributes("o1");
    expect(o1).toMatchObject({ label: "Hope House", kind: "organization", status: "core", anchor: true, sector: "shelter" });
    expect(o1.services).toEqual(["emergency shelter", "hotline"]);
    expect(o1.areas).toEqual(["North", "South"]);
    const p1 = graph.getNodeAttributes("p1");
    expect(p1).toMatchObject({ kind: "person", organization: "o1", role: "Director", decisionMaker: true, livedExperience: false, areas: ["North"] });
    expect(p1.tags).toEqual(["faith", "bilingual"]);
    expect(p1.extra).toEqual({ email: "ana@example.org", phone: "555-0101" });
    expect(p1.source).toEqual({ file: "people.csv", line: 2 });
    // Ben names his organization by name: resolved to o2.
    expect(graph.getNodeAttribute("p2", "organization")).toBe("o2");
  });

  it("matches headers case-insensitively, ignoring spaces/underscores/dashes, with synonyms", () => {
    const { graph, report } = importCoalition([
      csv("people.csv", "Full Name,Organisation,Job Title,Coalition_Status,DM,Lived-Experience,Neighborhood,Favorite Color\nAna Ruiz,Hope House,Director,Core,Y,x,North,blue\n"),
    ]);
    identity(report);
    const a = graph.getNodeAttributes("ana-ruiz");
    expect(a).toMatchObject({ label: "Ana Ruiz", role: "Director", status: "core", decisionMaker: true, livedExperience: true, areas: ["North"] });
    expect(a.extra).toEqual({ "Favorite Color": "blue" });
    // The organization nobody listed is created (inferred) with a warning.
    expect(graph.getNodeAttributes("hope-house")).toMatchObject({ kind: "organization", inferred: true });
    expect(report.warnings.some((w) => w.line === 2 && w.columnName === "Organisation" && w.message.includes('"Hope House"'))).toBe(true);
  });

  it("ids are derived from names when absent (slug), and kept exactly when given", () => {
    const { graph } = importCoalition([csv("people.csv", "name,id\nMaría  López,\nJo Smith,JS-007\n")]);
    expect(graph.hasNode("maria-lopez")).toBe(true);
    expect(graph.hasNode("JS-007")).toBe(true);
  });

  it("a person whose organization column names an org creates one implicit member_of tie", () => {
    const { graph } = importCoalition([csv("organizations.csv", ORGS), csv("people.csv", PEOPLE)]);
    const ties = graph.edges("p1", "o1");
    expect(ties).toHaveLength(1);
    expect(graph.getEdgeAttributes(only(ties))).toMatchObject({ type: "member_of", implicit: true, sign: 1 });
  });

  it("unknown status → warning with file:line:column, treated as empty; bad yes/no → warning", () => {
    const { graph, report } = importCoalition([csv("people.csv", "name,status,decision maker\nAna,champion,maybe\n")]);
    expect(graph.getNodeAttribute("ana", "status")).toBe("none");
    const msgs = report.warnings.map((w) => w.message);
    expect(msgs).toContain('people.csv:2:2 (column "status"): status "champion" is not one of core, member, prospect (or empty); treated as empty.');
    expect(msgs.some((m) => m.startsWith('people.csv:2:3 (column "decision maker"): decision maker "maybe"'))).toBe(true);
    expect(report.imported).toBe(1);
  });

  it("empty names are rejected with file:line:column", () => {
    const { report } = importCoalition([csv("organizations.csv", "id,name\no1,Hope\no2,\n")]);
    identity(report);
    expect(report.rejected).toBe(1);
    expect(report.rejections[0]).toEqual({
      file: "organizations.csv",
      line: 3,
      column: 2,
      columnName: "name",
      reason: 'organizations.csv:3:2 (column "name"): the name is empty (id "o2"); row skipped. Every organization needs a name.',
    });
  });
});

describe("workbook import: duplicates", () => {
  it("same id → merged into the earlier line, conflicting fields listed, empty fields filled", () => {
    const { graph, report } = importCoalition([
      csv("people.csv", "id,name,role,area,email\np1,Ana Ruiz,Director,North,\np2,Ben,,,\np1,Ana Ruiz,Volunteer,North,ana@x.org\n"),
    ]);
    identity(report);
    expect(report.files[0]).toMatchObject({ rowsRead: 3, imported: 2, merged: 1, rejected: 0 });
    expect(report.merges).toEqual([{ file: "people.csv", line: 4, into: { file: "people.csv", line: 2 }, id: "p1", conflicts: ["role"] }]);
    expect(graph.getNodeAttribute("p1", "role")).toBe("Director");
    expect(graph.getNodeAttribute("p1", "extra")).toEqual({ email: "ana@x.org" });
  });

  it("same normalized name (no id) → merged, even across files and with different case/accents/spaces", () => {
    const { graph, report } = importCoalition([
      csv("people.csv", "name,role\nJosé  Pérez,Pastor\n"),
      csv("people-2024.csv", "name,role\n\njose perez,Deacon\n"),
    ], { roles: { "people-2024.csv": "people" } });
    identity(report);
    expect(graph.order).toBe(1);
    expect(report.merges).toEqual([{ file: "people-2024.csv", line: 3, into: { file: "people.csv", line: 2 }, id: "jose-perez", conflicts: ["role"] }]);
  });

  it("an id used by a person and an organization: the second row is rejected", () => {
    const { report } = importCoalition([csv("organizations.csv", "id,name\nx1,Hope\n"), csv("people.csv", "id,name\nx1,Ana\n")]);
    identity(report);
    expect(report.rejections[0]).toMatchObject({ file: "people.csv", line: 2, column: 1, columnName: "id" });
  });
});

describe("workbook import: ties", () => {
  const base = [csv("organizations.csv", ORGS), csv("people.csv", PEOPLE)];

  it("names or ids resolve; strength and since kept; hasStrength set", () => {
    const { graph, report } = importCoalition([...base, csv("connections.csv", "from,to,type,strength,sign,since,notes\nAna Ruiz,p2,works with,4,,2019,court cases\n")]);
    identity(report);
    const [e] = graph.edges("p1", "p2");
    expect(graph.getEdgeAttributes(present(e, "tie"))).toMatchObject({ type: "works_with", strength: 4, sign: 1, directed: false, since: "2019", notes: "court cases", source: { file: "connections.csv", line: 2 } });
    expect(graph.getAttribute("hasStrength")).toBe(true);
  });

  it("parallel ties of different types both survive; the same tie twice is merged", () => {
    const { graph, report } = importCoalition([
      ...base,
      csv("connections.csv", "from,to,type,strength\np1,p2,works_with,4\np1,p2,bad_history,2\np2,p1,works_with,3\n"),
    ]);
    identity(report);
    expect(graph.edges("p1", "p2")).toHaveLength(2);
    expect(report.merges).toEqual([{ file: "connections.csv", line: 4, into: { file: "connections.csv", line: 2 }, id: expect.stringMatching(/ – .* \(works_with\)$/), conflicts: ["strength"] }]);
    // The positive view merges parallel positive ties; the negative one is not in it.
    const v = positiveView(graph);
    expect(v.getEdgeAttribute(present(v.edge("p1", "p2"), "tie"), "types")).toEqual(["works_with"]);
  });

  it("negative ties: sign -, -1, negative; a negative type; a negative strength", () => {
    const { graph } = importCoalition([
      csv("people.csv", "name\nA\nB\nC\nD\nE\nF\n"),
      csv("connections.csv", "from,to,type,strength,sign\nA,B,knows,,-\nA,C,knows,,-1\nA,D,knows,,negative\nA,E,Bad History,,\nA,F,knows,-3,\nB,C,knows,,+\n"),
    ]);
    const sign = (s: string, t: string) => graph.getEdgeAttributes(only(graph.edges(s, t)));
    for (const t of ["b", "c", "d", "e", "f"]) expect(sign("a", t).sign, t).toBe(-1);
    expect(sign("a", "e").type).toBe("bad_history");
    expect(sign("a", "f").strength).toBe(3);
    expect(sign("b", "c").sign).toBe(1);
  });

  it("a + sign on a negative type is counted negative, with a warning", () => {
    const { graph, report } = importCoalition([csv("people.csv", "name\nA\nB\n"), csv("connections.csv", "from,to,type,sign\nA,B,conflict,+\n")]);
    expect(graph.getEdgeAttributes(only(graph.edges())).sign).toBe(-1);
    expect(report.warnings[0]?.message).toMatch(/^connections\.csv:2:4 \(column "sign"\)/);
  });

  it("directed types keep their direction; other types are undirected", () => {
    const { graph } = importCoalition([...base, csv("connections.csv", "from,to,type\no2,o1,refers_to\no1,o2,partner\n")]);
    const refer = only(graph.directedEdges());
    expect(graph.source(refer)).toBe("o2");
    expect(graph.target(refer)).toBe("o1");
    expect(graph.undirectedEdges().filter((e) => graph.getEdgeAttribute(e, "type") === "partner")).toHaveLength(1);
  });

  it("a tie naming nobody creates an inferred node and a warning (nothing lost)", () => {
    const { graph, report } = importCoalition([...base, csv("connections.csv", "from,to,type\np1,Dr. Nobody,knows\nDr Nobody,o1,member_of\nBen Ode,New Org,member_of\n")]);
    identity(report);
    expect(report.imported).toBe(2 + 2 + 3);
    expect(graph.getNodeAttributes("dr-nobody")).toMatchObject({ label: "Dr. Nobody", kind: "person", inferred: true, source: { file: "connections.csv", line: 2 } });
    // The second mention (spelled differently) reuses the inferred node.
    expect(graph.edges("dr-nobody", "o1")).toHaveLength(1);
    // The member_of target is guessed to be an organization.
    expect(graph.getNodeAttribute("new-org", "kind")).toBe("organization");
    const w = report.warnings.filter((x) => x.file === "connections.csv");
    expect(w.map((x) => [x.line, x.column, x.columnName])).toEqual([[2, 2, "to"], [4, 2, "to"]]);
  });

  it("rejects self ties, empty ends, strengths outside 1–5 or not numbers — with file:line:column", () => {
    const { graph, report } = importCoalition([
      ...base,
      csv("connections.csv", "from,to,type,strength\np1,p2,knows,3\np1,Ana Ruiz,knows,2\n,p2,knows,1\np1,o2,knows,7\np1,o2,knows,high\np1,o2,knows,0\np2,o1,knows,2.5\n"),
    ]);
    identity(report);
    expect(report.files.find((f) => f.file === "connections.csv")).toMatchObject({ rowsRead: 7, imported: 2, rejected: 5 });
    expect(report.rejections.map((r) => [r.line, r.column, r.columnName])).toEqual([[3, 2, "to"], [4, 1, "from"], [5, 4, "strength"], [6, 4, "strength"], [7, 4, "strength"]]);
    expect(report.rejections[2]?.reason).toBe('connections.csv:5:4 (column "strength"): strength "7" is outside 1–5; row skipped.');
    expect(graph.getEdgeAttribute(present(graph.edges("p2", "o1").find((e) => graph.getEdgeAttribute(e, "type") === "knows"), "knows tie"), "strength")).toBe(2.5);
  });

  it("an explicit member_of row takes over the implicit membership tie (no duplicate)", () => {
    const { graph, report } = importCoalition([...base, csv("connections.csv", "from,to,type,strength\np1,o1,member_of,5\n")]);
    identity(report);
    const ties = graph.edges("p1", "o1");
    expect(ties).toHaveLength(1);
    expect(graph.getEdgeAttributes(only(ties))).toMatchObject({ strength: 5, source: { file: "connections.csv", line: 2 } });
    expect(graph.getEdgeAttribute(only(ties), "implicit")).toBeUndefined();
  });

  it("unknown tie types are kept; extra columns kept on ties", () => {
    const { graph } = importCoalition([csv("people.csv", "name\nA\nB\n"), csv("ties.csv", "Source,Target,Relationship,Met At\nA,B,Co-Chair,gala\n")]);
    const a = graph.getEdgeAttributes(only(graph.edges()));
    expect(a.type).toBe("co_chair");
    expect(a.extra).toEqual({ "Met At": "gala" });
  });
});

describe("workbook import: needs", () => {
  it("reads needs; duplicates merged; empty area rejected", () => {
    const { graph, report } = importCoalition([
      csv("organizations.csv", ORGS),
      csv("services.csv", "service,area,priority\nLegal Advocacy,South,high\nlegal advocacy,south,low\nhotline,,high\n"),
    ]);
    identity(report);
    expect(graph.getAttribute("needs")).toEqual([{ service: "legal advocacy", area: "South", priority: "high" }]);
    expect(report.merges[0]).toMatchObject({ file: "services.csv", line: 3, into: { line: 2 }, conflicts: ["priority"] });
    expect(report.rejections[0]).toMatchObject({ line: 4, column: 2, columnName: "area" });
  });
});

describe("roles", () => {
  it("are detected from header and name, and can be given by the caller", () => {
    const { report } = importCoalition(
      [csv("staff.csv", "name,organization\nAna,Hope\n"), csv("list2.csv", "name,services\nHope,hotline\n"), csv("x.csv", "from,to\nAna,Hope\n")],
      { roles: { "list2.csv": "organizations" } },
    );
    expect(report.files.map((f) => f.role)).toEqual(["people", "organizations", "connections"]);
  });
});

describe("accounting identity on a messy workbook", () => {
  it("imported + merged + rejected = rows read, per file and in total", () => {
    const { report } = importCoalition([
      csv("organizations.csv", ORGS + "o1,Hope House,,,,,,\n,,,,,,,only notes\n"),
      csv("people.csv", PEOPLE + "p1,Ana Ruiz,o2,,,,,,,,,,\n,,,,,,,,,,,,x\n"),
      csv("connections.csv", "from,to,type,strength\np1,p2,knows,9\np1,p1,knows,1\np1,ghost,knows,1\np1,p2,knows,\np1,p2,knows,2\n"),
      csv("services.csv", "service,area\nhotline,North\nhotline,North\n,North\n"),
    ]);
    identity(report);
    expect(report.rowsRead).toBe(4 + 4 + 5 + 3);
    expect(report.rejected).toBe(2 + 2 + 1);
    expect(report.merged).toBe(1 + 1 + 1 + 1);
  });
});
