/**
 * Number cells written with the digits of other scripts: Arabic-Indic ٣, Persian/Urdu ۳,
 * Devanagari ३, full-width ３ (and every other script's decimal digits) are read when the whole
 * number is in one script, with ٫ as a decimal point; a number mixing two scripts is rejected
 * with file:line:column and says why. Every ASCII rule stays as it was.
 */
import { describe, expect, it } from "vitest";
import { importCoalition, readNumber } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv, only } from "./helpers.js";

/** The value read (NaN when not a number). */
const value = (raw: string, delimiter = ","): number => readNumber(raw, delimiter).value;

describe("readNumber: the digits of every script", () => {
  const THREE: [string, string][] = [
    ["Arabic-Indic", "٣"],
    ["Persian/Urdu", "۳"],
    ["Devanagari", "३"],
    ["full-width", "３"],
    ["Bengali", "৩"],
    ["Thai", "๓"],
    ["Tamil", "௩"],
    ["mathematical bold", "𝟑"],
    ["mathematical monospace", "𝟹"],
  ];
  for (const [script, three] of THREE) {
    it(`${script} ${three} is 3`, () => {
      expect(readNumber(three, ",")).toEqual({ value: 3 });
      expect(value(`-${three}`)).toBe(-3);
    });
  }

  it("every digit of a script has its own value, in numbers of several digits", () => {
    expect(value("٠١٢٣٤٥٦٧٨٩")).toBe(123456789);
    expect(value("۹۸۷۶۵۴۳۲۱۰")).toBe(9876543210);
    expect(value("१०")).toBe(10);
    expect(value("１２")).toBe(12);
    expect(value("𝟗𝟎")).toBe(90);
  });

  it("the Arabic decimal separator ٫ is a decimal point; the Arabic thousands separator ٬ a grouping", () => {
    expect(readNumber("٢٫٥", ",")).toEqual({ value: 2.5 });
    expect(readNumber("۲٫۵", ";")).toEqual({ value: 2.5 });
    expect(readNumber("١٬٠٠٠", ",")).toEqual({ value: 1000 });
    expect(readNumber("١٬٠٠٠٫٥", ";")).toEqual({ value: 1000.5 });
    expect(value("٫")).toBeNaN();
    expect(value("١٬٠")).toBeNaN(); // not a grouping of three
    expect(value("١٫٢٫٣")).toBeNaN();
    // "." or "," beside the Arabic separators: which is the decimal point? Not read.
    expect(value("١,٠٠٠٫٥")).toBeNaN();
    expect(value("١٬٠٠٠.٥")).toBeNaN();
  });

  it("ASCII marks with other digits follow the file's locale rules, ambiguity warned as before", () => {
    expect(readNumber("٢.٥", ",")).toEqual({ value: 2.5 });
    expect(readNumber("٢,٥", ";")).toEqual({ value: 2.5 });
    expect(readNumber("٢.٥٠٠", ";")).toMatchObject({ value: 2500, ambiguous: expect.stringContaining("2.5") });
    expect(readNumber("３．５", ",")).toEqual({ value: 3.5 });
    expect(readNumber("－３", ",")).toEqual({ value: -3 });
  });

  it("a number mixing two scripts' digits is not read, and says which", () => {
    const mixed = readNumber("1٣", ",");
    expect(mixed.value).toBeNaN();
    expect(mixed.problem).toBe("it mixes the digits of two writing systems, 1 (Western) and ٣ (Arabic-Indic); write the whole number in one of them");
    expect(readNumber("٣۳", ",").problem).toMatch(/٣ \(Arabic-Indic\) and ۳ \(Persian\/Urdu\)/);
    expect(readNumber("३３", ",").problem).toMatch(/Devanagari.*full-width/);
    expect(value("𝟏𝟷")).toBeNaN(); // bold and monospace mathematical digits: two runs
  });

  it("what was rejected stays rejected; what was read is read the same", () => {
    for (const bad of ["٣e٠", "e3", "1e", "1e3.5", "0x2", "Infinity", "²", "½", "abc", "", "٣ ٣", "1,2,3"]) expect(value(bad)).toBeNaN();
    expect(readNumber("2.5", ",")).toEqual({ value: 2.5 });
    expect(readNumber("1,000", ",")).toMatchObject({ value: 1000, ambiguous: expect.any(String) });
    expect(readNumber("+3", ",")).toEqual({ value: 3 });
    expect(readNumber("−3", ",")).toEqual({ value: -3 });
    // Scientific notation, as programs write it (digits 0–9 only): read since the hostile-file audit.
    expect(readNumber("1e0", ",")).toEqual({ value: 1 });
    expect(readNumber("1E3", ",")).toEqual({ value: 1000 });
  });
});

describe("the import reads strengths and weights in every script", () => {
  it("a workbook: strengths in Arabic-Indic, Persian, Devanagari and full-width digits are ties of the right strength", () => {
    const res = importCoalition([
      csv("people.csv", "name\nAna\nBen\nCho\nDev\nEli\n"),
      csv("connections.csv", "from,to,strength\nAna,Ben,٣\nAna,Cho,۴\nAna,Dev,२\nAna,Eli,５\nBen,Cho,\"٢٫٥\"\n"),
    ]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.rejections).toEqual([]);
    expect(res.report.imported).toBe(10);
    const strength = (a: string, b: string) => res.graph.getEdgeAttribute(only(res.graph.edges(a, b)), "strength");
    expect(strength("ana", "ben")).toBe(3);
    expect(strength("ana", "cho")).toBe(4);
    expect(strength("ana", "dev")).toBe(2);
    expect(strength("ana", "eli")).toBe(5);
    expect(strength("ben", "cho")).toBe(2.5);
  });

  it("a strength mixing two scripts is rejected with file:line:column and the reason in words", () => {
    const res = importCoalition([csv("people.csv", "name\nAna\nBen\n"), csv("connections.csv", "from,to,strength\nAna,Ben,3\nBen,Ana,1٣\n")]);
    expect(accountingProblems(res)).toEqual([]);
    const r = only(res.report.rejections);
    expect([r.file, r.line, r.column]).toEqual(["connections.csv", 3, 3]);
    expect(r.reason).toBe(
      'connections.csv:3:3 (column "strength"): strength "1٣" is not a number: it mixes the digits of two writing systems, 1 (Western) and ٣ (Arabic-Indic); write the whole number in one of them. Row skipped.',
    );
  });

  it("an edge list: a weight in Persian digits is read; one in two scripts is rejected", () => {
    const res = importCoalition([csv("edges.csv", "source;target;weight\nA;B;۱۲٫۵\nB;C;۱2\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.mapEdges((_, a) => a.strength)).toEqual([12.5]);
    expect(only(res.report.rejections).reason).toMatch(/^edges\.csv:3:3 \(column "weight"\): weight "۱2" is not a number: it mixes .*۱ \(Persian\/Urdu\) and 2 \(Western\)/);
  });
});

describe("the partner survey reads ratings and levels in every script", () => {
  const ORGS = "id,name\no1,Hope House\no2,Legal Aid\n";
  it("trust, value and a relationship level in Arabic-Indic or Devanagari digits are read; mixed digits are rejected", () => {
    const res = importCoalition([
      csv("organizations.csv", ORGS),
      csv("survey.csv", "respondent,partner,relationship,trust,value,round\no1,o2,٣,٤,٢,2025\no2,o1,२,३,४,2025\no1,o2,2,1٤,2,2026\n"),
    ]);
    expect(res.report.files.find((f) => f.role === "survey")).toMatchObject({ rowsRead: 3, imported: 2, merged: 0, rejected: 1 });
    const survey = res.graph.getAttribute("survey") ?? [];
    expect(survey.map((r) => [r.respondent, r.level, r.trust, r.value])).toEqual([
      ["o1", 3, 4, 2],
      ["o2", 2, 3, 4],
    ]);
    expect(only(res.report.rejections).reason).toBe(
      'survey.csv:4:4 (column "trust"): trust "1٤" is not a number: it mixes the digits of two writing systems, 1 (Western) and ٤ (Arabic-Indic); write the whole number in one of them. Row skipped.',
    );
  });
});
