/**
 * JavaScript property names as user strings, in every column of every file. Each must survive
 * as data (a label, an id, a status, a tie type, a column name, an extra value) and never touch
 * Object.prototype.
 */
import { afterEach, describe, expect, it } from "vitest";
import { importCoalition, type FileRole, type InputFile } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv } from "./helpers.js";

const BUILTIN: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"] as const;

/** Replace one cell (by header) of a CSV text's given data row. */
function setCell(text: string, row: number, header: string, value: string): string {
  const lines = text.split("\n");
  const head = (lines[0] ?? "").split(",");
  const col = head.indexOf(header);
  const cells = (lines[row] ?? "").split(",");
  cells[col] = value;
  lines[row] = cells.join(",");
  return lines.join("\n");
}

const WORKBOOK = {
  "organizations.csv": "id,name,sector,services,areas,status,anchor,notes,x\no1,Hope House,shelter,hotline,North,core,yes,n,a\n",
  "people.csv": "id,name,organization,role,sector,status,decision_maker,lived_experience,area,tags,notes,x\np1,Ana Ruiz,o1,Director,shelter,core,yes,no,North,t,n,a\np2,Ben Ode,o1,Staff,shelter,member,no,no,North,t,n,a\n",
  "connections.csv": "from,to,type,strength,sign,since,notes,x\np1,p2,knows,3,+,2020,n,a\n",
  "services.csv": "service,area,priority,x\nhotline,South,high,a\n",
} as const;

const GENERIC = {
  "nodes.csv": "id,label,kind,x\nn1,One,person,a\nn2,Two,person,a\n",
  "edges.csv": "source,target,type,weight,sign,x\nn1,n2,undirected,2,+,a\n",
} as const;

/** Every (file, column) of both formats, with the property name put in that cell. */
function cases(): { what: string; files: InputFile[] }[] {
  const out: { what: string; files: InputFile[] }[] = [];
  for (const set of [WORKBOOK, GENERIC]) {
    for (const [file, text] of Object.entries(set)) {
      const header = (text.split("\n")[0] ?? "").split(",");
      for (const h of header) {
        for (const name of NAMES) {
          const files = Object.entries(set).map(([f, t]) => csv(f, f === file ? setCell(t, 1, h, name) : t));
          out.push({ what: `${file} column ${h} = ${name}`, files });
          const renamed = Object.entries(set).map(([f, t]) => csv(f, f === file && h === "x" ? t.replace(",x\n", `,${name}\n`) : t));
          if (h === "x") out.push({ what: `${file} header ${name}`, files: renamed });
        }
      }
    }
  }
  return out;
}

describe("property names in every column of every file", () => {
  afterEach(() => {
    // Nothing may have leaked onto the shared prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => !BUILTIN.has(k))).toEqual([]);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });

  for (const { what, files } of cases()) {
    it(what, () => {
      const res = importCoalition(files);
      expect(accountingProblems(res)).toEqual([]);
      const name = NAMES.find((n) => what.endsWith(n)) ?? "";
      // The name survives somewhere as data: a label, an id, a type, an extra key or value, a need, or a message.
      const seen = JSON.stringify({
        nodes: res.graph.mapNodes((id, a) => [id, a.label, a.status, a.role, a.sector, a.notes, a.tags, a.areas, a.services, Object.entries(a.extra)]),
        edges: res.graph.mapEdges((_, a) => [a.type, a.since, a.notes, Object.entries(a.extra)]),
        needs: res.graph.getAttribute("needs"),
        warnings: res.report.warnings.map((w) => w.message),
        rejections: res.report.rejections.map((r) => r.reason),
      });
      expect(seen.toLowerCase()).toContain(name.toLowerCase());
      res.graph.forEachNode((_, a) => {
        expect(typeof a.status).toBe("string");
        expect(Object.getPrototypeOf(a.extra) === null || Object.getPrototypeOf(a.extra) === Object.prototype).toBe(true);
      });
    });
  }

  it("a person named __proto__ with id constructor is one person, and a later import is unaffected", () => {
    const res = importCoalition([csv("people.csv", "id,name\nconstructor,__proto__\ntoString,hasOwnProperty\n"), csv("connections.csv", "from,to\n__proto__,hasOwnProperty\n")]);
    expect(res.graph.order).toBe(2);
    expect(res.graph.getNodeAttribute("constructor_", "label")).toBe("__proto__");
    expect(res.graph.edges("constructor_", "toString_")).toHaveLength(1);
    const next = importCoalition([csv("people.csv", "name\nAna\n")]);
    expect(next.graph.order).toBe(1);
  });

  it("a status named constructor is a warning, not a function", () => {
    const res = importCoalition([csv("people.csv", "name,status\nAna,constructor\n")]);
    expect(res.graph.getNodeAttribute("ana", "status")).toBe("none");
    expect(res.report.warnings[0]?.message).toMatch(/status "constructor" is not one of/);
  });

  it("a caller's roles keyed by file name: a file named constructor is not given Object's constructor as a role", () => {
    expect(importCoalition([csv("constructor", "name\nAna\n")], { roles: {} }).report.files[0]?.role).toBe("nodes");
    const roles: Record<string, FileRole> = {};
    roles["constructor"] = "people";
    const res = importCoalition([csv("constructor", "name\nAna\n")], { roles });
    expect(res.report.files[0]?.role).toBe("people");
  });

  it("ids that are property names are stored escaped, with a warning, and ties still find them (graphology keeps neighbours in plain objects)", () => {
    const res = importCoalition([csv("nodes.csv", "id,label\nconstructor,C\ntoString,T\nconstructor_,Other\n"), csv("edges.csv", "source,target\nconstructor,toString\nconstructor,toString\ntoString,constructor_\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(3);
    expect(res.graph.getNodeAttribute("constructor_-2", "label")).toBe("C");
    expect(res.graph.getNodeAttribute("constructor_", "label")).toBe("Other");
    expect(res.report.warnings.filter((w) => /reserved by the graph library/.test(w.message))).toHaveLength(2);
  });
});
