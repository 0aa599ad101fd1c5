/**
 * The workspace file (.coalition.json): what is saved opens again the same; a file from the
 * first version (the CSV files as text, no undo position) is migrated; what is not a workspace
 * is refused in plain words.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyEdits, importWorkbook, readWorkbook, exportWorkbook } from "../../src/workbook/index.js";
import { FORMAT_VERSION, migrateWorkspace, parseWorkspaceFile, workspaceFileName, workspaceFileText, type WorkspaceRecord } from "../../src/viz/workspace/format.js";
import { folderFiles, SAMPLE } from "./helpers.js";

describe("workspace files", () => {
  it("a version 1 file opens: its texts become tables, every edit stays in force, the layout is kept", () => {
    const r = parseWorkspaceFile(readFileSync("test/workbook/fixtures/v1.coalition.json", "utf8"));
    expect(r.formatVersion).toBe(FORMAT_VERSION);
    expect(r.name).toBe("Tiny coalition (v1)");
    expect(r.tables.map((t) => t.name)).toEqual(["people.csv", "organizations.csv", "connections.csv"]);
    expect(r.position).toBe(1);
    expect(r.positions["p-joe"]).toEqual({ x: 10, y: 0 });
    expect(r.camera).toBeNull();
    const g = importWorkbook(applyEdits({ tables: r.tables }, r.edits.slice(0, r.position))).graph;
    expect(g.getNodeAttribute("p-maria", "status")).toBe("member");
    expect(g.getNodeAttribute("p-maria", "organization")).toBe("o-casa");
    // The texts are written back as they were.
    expect(exportWorkbook({ tables: r.tables }).map((f) => f.text)).toEqual([
      "id,name,organization,status\np-maria,Maria Lopez,Casa Unida,prospect\np-joe,Joe Park,,member\n",
      "id,name,services,areas\no-casa,Casa Unida,food bank,North\n",
      "from,to,type,strength\np-maria,p-joe,knows,3\n",
    ]);
  });

  it("the current version round-trips through its file", () => {
    const record: WorkspaceRecord = {
      formatVersion: FORMAT_VERSION,
      name: "Riverbend",
      tables: readWorkbook(folderFiles(SAMPLE)).tables,
      edits: [{ kind: "setStatus", node: "p-evelyn-marsh", status: "member" }, { kind: "logAsk", date: "2026-03-14", member: "p-evelyn-marsh", person: "p-beth-carrington", outcome: "pending" }],
      position: 1,
      positions: { "p-evelyn-marsh": { x: 1.5, y: -2 } },
      camera: { x: 0.4, y: 0.6, ratio: 0.7, angle: 0 },
      choices: { ties: "equal", measure: { weighted: false }, tab: "outreach", selected: "p-evelyn-marsh" },
      savedAt: "2026-03-14T09:00:00.000Z",
    };
    expect(parseWorkspaceFile(workspaceFileText(record))).toEqual(record);
  });

  it("an undo position out of range is brought back in range", () => {
    const r = migrateWorkspace({ formatVersion: 2, name: "x", tables: [], edits: [{ kind: "setStatus", node: "a", status: "" }], position: 9 });
    expect(r.position).toBe(1);
  });

  it("what is not a workspace is refused in plain words", () => {
    expect(() => parseWorkspaceFile("id,name\n1,a\n")).toThrow("not a Coalition Map workspace");
    expect(() => parseWorkspaceFile(JSON.stringify({ hello: 1 }))).toThrow("no format version");
    expect(() => parseWorkspaceFile(JSON.stringify({ formatVersion: 99, name: "x", edits: [] }))).toThrow("newer version");
    expect(() => parseWorkspaceFile(JSON.stringify({ formatVersion: 2, name: "x", edits: [], tables: [{ name: 3 }] }))).toThrow("damaged");
  });

  it("file names are safe", () => {
    expect(workspaceFileName('River/bend: "2026"')).toBe("River bend 2026.coalition.json");
    expect(workspaceFileName("   ")).toBe("workspace.coalition.json");
  });
});

describe("a workspace file whose changes are damaged", () => {
  const tables: unknown[] = [];
  const open = (edits: unknown[]) => () => migrateWorkspace({ formatVersion: 2, name: "x", tables, edits });
  it("is refused in plain words when a change lacks its fields, has an unknown kind or a status no one can have (before: a TypeError at replay, or silently dropped, or 'boss' written into people.csv)", () => {
    for (const edit of [{ kind: "setArea", node: "p1" }, { kind: "addPerson" }, { kind: "nonsense" }, { kind: "setStatus", node: "p1", status: "boss" }, { kind: "logAsk", date: "2026-01-05", member: "a", person: "b", outcome: "maybe so" }, { kind: "removeTie", tie: { from: "a" } }]) {
      expect(open([edit]), JSON.stringify(edit)).toThrow("This workspace file is damaged");
    }
  });
  it("every change the map makes opens", () => {
    const edits = [
      { kind: "addPerson", name: "Ana", role: "", status: "", area: "", decisionMaker: false, livedExperience: false },
      { kind: "addOrganization", name: "Hope", sector: "", services: [], areas: ["North"], status: "member" },
      { kind: "addTie", from: "a", to: "b", type: "knows", strength: 3, sign: -1, since: null, notes: null },
      { kind: "changeTie", tie: { from: "a", to: "b", type: "knows" }, type: "friend", strength: 2, sign: 1, since: "2020", notes: "" },
      { kind: "removeTie", tie: { from: "a", to: "b", type: "knows" } },
      { kind: "setStatus", node: "a", status: "core" },
      { kind: "setDecisionMaker", node: "a", value: true },
      { kind: "setLivedExperience", node: "a", value: false },
      { kind: "setArea", node: "a", areas: ["East"] },
      { kind: "setServices", node: "o", services: ["hotline"] },
      { kind: "logAsk", date: "2026-01-05", member: "a", person: "b", outcome: "not yet asked", notes: "" },
      { kind: "logOneOnOne", date: "2026-01-05", member: "a", person: "b" },
    ];
    expect(open(edits)().edits).toHaveLength(edits.length);
  });
});
