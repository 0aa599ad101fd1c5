import { describe, expect, it } from "vitest";
import { importCoalition, normalizeName, slugify } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv } from "./helpers.js";

describe("name normalization folds only what is safe", () => {
  it("folds NFKC, case, Latin accents, spacing and punctuation", () => {
    expect(normalizeName("St. Mary's  Shelter")).toBe(normalizeName("st marys shelter"));
    expect(normalizeName("María López")).toBe("maria lopez");
    expect(normalizeName("ＡＮＡ")).toBe("ana"); // full-width (NFKC)
    expect(normalizeName("Cafe\u0301")).toBe(normalizeName("Café"));
  });

  it("writes ß as ss and ignores a space between Chinese, Japanese or Korean characters", () => {
    expect(normalizeName("Frauenhaus Straße")).toBe(normalizeName("FRAUENHAUS STRASSE"));
    expect(normalizeName("Anna Weiß")).toBe("anna weiss");
    expect(normalizeName("王 小明")).toBe(normalizeName("王小明"));
    expect(normalizeName("김 민준")).toBe(normalizeName("김민준"));
    expect(normalizeName("山田　花子")).toBe(normalizeName("山田花子")); // ideographic space
    // a space between Latin words, or between a CJK name and a Latin one, still counts
    expect(normalizeName("Ana María")).not.toBe(normalizeName("AnaMaría"));
    expect(normalizeName("王 Anna")).toBe("王 anna");
    expect(normalizeName("李娜")).not.toBe(normalizeName("李那"));
  });

  it("Anna Weiß and Anna Weiss, 王 小明 and 王小明: one person each, the second row merged", () => {
    const res = importCoalition([csv("people.csv", "name,status\nAnna Weiß,member\nAnna Weiss,member\n王 小明,member\n王小明,\n"), csv("connections.csv", "from,to\nAnna Weiss,王小明\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(2);
    expect(res.report.merged).toBe(2);
    expect(res.graph.size).toBe(1);
  });

  it("never drops letters or vowel signs of other scripts", () => {
    expect(normalizeName("मीना")).not.toBe(normalizeName("मोना"));
    expect(slugify("मीना")).not.toBe(slugify("मोना"));
    expect(normalizeName("محمد")).not.toBe(normalizeName("محمود"));
    expect(normalizeName("Ελένη")).not.toBe("");
  });

  it("Devanagari मीना and मोना stay two people, each with their tie", () => {
    const res = importCoalition([csv("people.csv", "name\nमीना\nमोना\nAsha\n"), csv("connections.csv", "from,to\nमीना,Asha\nमोना,Asha\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(3);
    expect(res.graph.size).toBe(2);
    expect(res.report.merged).toBe(0);
  });

  it("emoji-only names do not collapse into one node called node", () => {
    const res = importCoalition([csv("people.csv", "name\n🌻\n🌼\n🌻🌻\n")]);
    expect(res.graph.order).toBe(3);
    expect(res.graph.hasNode("node")).toBe(false);
    expect(new Set(res.graph.nodes()).size).toBe(3);
  });

  it("generated ids are distinct for distinct names in every script", () => {
    const names = ["Ana", "Анна", "アナ", "안나", "אנה", "آنا", "Άννα", "அன்னா", "🙂", "🙃", "Ana 2", "李娜", "李那"];
    const res = importCoalition([csv("people.csv", "name\n" + names.join("\n") + "\n")]);
    expect(res.graph.order).toBe(names.length);
    expect(res.report.imported).toBe(names.length);
  });
});

describe("explicit ids win; generated ids never collide with them", () => {
  it("an explicit id maria-lopez for Someone Else is not merged into Maria Lopez", () => {
    const res = importCoalition([csv("people.csv", "id,name\n,Maria Lopez\nmaria-lopez,Someone Else\n"), csv("connections.csv", "from,to\nmaria-lopez,Maria Lopez\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.merged).toBe(0);
    expect(res.graph.getNodeAttribute("maria-lopez", "label")).toBe("Someone Else");
    const maria = res.graph.findNode((_, a) => a.label === "Maria Lopez");
    expect(maria).toBeDefined();
    expect(maria).not.toBe("maria-lopez");
    expect(res.graph.size).toBe(1);
  });

  it("also across files: an organization's explicit id is not taken by a person's generated one", () => {
    const res = importCoalition([csv("organizations.csv", "id,name\nhope,Hope House\n"), csv("people.csv", "id,name,organization\n,Hope,hope\n")]);
    expect(res.report.rejected).toBe(0);
    expect(res.graph.order).toBe(2);
  });
});
