/**
 * Messy files found by the import audit of branch `audit`: each case here attached a tie to the
 * wrong person, misread a file, or said nothing about it (or said something misleading), before its fix.
 */
import { describe, expect, it } from "vitest";
import { importCoalition, type ImportResult, type InputFile } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv } from "./helpers.js";

/** A people file and a connections file (CSV text), and any more files, imported, with the import's accounting checked (every row traced). */
function network(people: string, connections: string, ...more: InputFile[]): ImportResult {
  const res = importCoalition([csv("people.csv", people), csv("connections.csv", connections), ...more]);
  expect(accountingProblems(res)).toEqual([]);
  return res;
}

/** The warnings as [line, column, message]. */
const placed = (res: ImportResult) => res.report.warnings.map((w) => [w.line, w.column, w.message]);

const tiesOf = (res: ImportResult) => res.graph.mapEdges((_, a, s, t) => `${s}-${t}@${a.source?.line ?? 0}`).sort();

describe("a tie end that is one person's id and another's name", () => {
  // Bob Smith's id is "ana"; Ana's is p2.
  const people = "id,name,status\nana,Bob Smith,member\np2,Ana,member\np3,Cy,member\n";

  it("a name goes to the person of that name, not to the id in another case (as documented)", () => {
    const res = network(people, "from,to\np3,Ana\nBob Smith,Ana\n");
    // Before: "Ana" went to the id "ana" (Bob Smith): Cy's tie was Bob's, and Bob's tie to Ana was refused as a tie to himself.
    expect(tiesOf(res)).toEqual(["ana-p2@3", "p3-p2@2"]);
    expect(res.report.rejected).toBe(0);
    expect(res.report.warnings).toEqual([]);
  });

  it("an id written exactly goes to the id, with one warning per file naming the other person", () => {
    const res = network(people, "from,to\np3,ana\nana,p2\n");
    expect(tiesOf(res)).toEqual(["ana-p2@3", "p3-ana@2"]);
    expect(res.report.warnings.map((w) => [w.file, w.line, w.column, w.message])).toEqual([
      [
        "connections.csv",
        2,
        2,
        'connections.csv:2:2 (column "to"): "ana" is the id of "Bob Smith" (people.csv line 2) and also the name of "Ana" (people.csv line 3); the tie was attached to "Bob Smith", by the id (so is every later row of this file that writes "ana"). If "Ana" was meant, write their id, "p2".',
      ],
    ]);
  });

  it("a person listed without an id is found by name, not merged into the id in another case", () => {
    // A second row "Ana" (no id) is the same person as p2; before, it was compared with Bob Smith (id "ana"), found different, and made a third person.
    const res = importCoalition([csv("people.csv", "id,name\nana,Bob Smith\np2,Ana\n"), csv("organizations.csv", "name\nHarbor House\n"), csv("more-people.csv", "name\nAna\n")], {
      roles: { "more-people.csv": "people" },
    });
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(3);
    expect(res.report.merged).toBe(1);
  });

  it("two cells naming one person say so in words when refused as a tie to itself", () => {
    const res = importCoalition([csv("people.csv", people), csv("connections.csv", "from,to\np2,Ana\n")]);
    expect(res.report.rejections.map((r) => r.reason)).toEqual([
      'connections.csv:2:2 (column "to"): "p2" and "Ana" are the same person, "Ana" (id "p2", people.csv line 3), so the tie is to itself; a tie needs two different people or organizations. Row skipped.',
    ]);
  });
});

describe("a file saved in another alphabet's Windows code page (Excel's plain CSV outside Western Europe)", () => {
  // Before: every one of these was read as Windows-1252 ("Èâàí Ïåòðîâ"), or as UTF-8 with each line
  // "repaired" into nonsense (GBK, Shift_JIS, EUC-KR), and nothing said the names were wrong.
  const hex = (h: string) => Array.from({ length: h.length / 2 }, (_, i) => Number.parseInt(h.slice(2 * i, 2 * i + 2), 16));
  const ascii = (t: string) => Array.from(t, (c) => c.charCodeAt(0));
  const cases = [
    ["windows-1251", "Иван Петров", "Ольга Смирнова", "c8e2e0ed20cfe5f2f0eee2", "ceebfce3e020d1ece8f0edeee2e0"],
    ["windows-1253", "Γιώργος Παπαδόπουλος", "Ελένη Γεωργίου", "c3e9fef1e3eff220d0e1f0e1e4fcf0eff5ebeff2", "c5ebddede720c3e5f9f1e3dfeff5"],
    ["windows-1255", "דוד כהן", "שרה לוי", "e3e5e320ebe4ef", "f9f8e420ece5e9"],
    ["windows-1256", "محمد علي", "فاطمة الزهراء", "e3cde3cf20dae1ed", "ddc7d8e3c920c7e1d2e5d1c7c1"],
    ["windows-1250", "Paweł Nowak", "Łukasz Kowalski", "50617765b3204e6f77616b", "a3756b61737a204b6f77616c736b69"],
    ["euc-kr", "김민준", "이서연", "b1e8b9cec1d8", "c0ccbcadbfac"],
    ["shift_jis", "山田太郎", "佐藤花子", "8e52936391be9859", "8db293a189d48e71"],
    ["gbk", "王小明", "李华", "cdf5d0a1c3f7", "c0eebbaa"],
    ["big5", "王小明", "陳美玲", "a4fda470a9fa", "b3afacfcacc2"],
  ] as const;
  for (const [encoding, a, b, aHex, bHex] of cases) {
    it(`${encoding}: read in its code page (${a}), with a warning naming the line, what Windows-1252 showed and what was read`, () => {
      const people = [...ascii("name,status\n"), ...hex(aHex), ...ascii(",member\n"), ...hex(bHex), ...ascii(",member\n")];
      const ties = [...ascii("from,to\n"), ...hex(aHex), ...ascii(","), ...hex(bHex), ...ascii("\n")];
      const res = importCoalition([{ name: "people.csv", bytes: new Uint8Array(people) }, { name: "connections.csv", bytes: new Uint8Array(ties) }]);
      expect(accountingProblems(res)).toEqual([]);
      expect(res.graph.mapNodes((_, x) => x.label).sort()).toEqual([a, b].sort());
      expect(res.graph.size).toBe(1);
      expect(res.report.files.map((f) => f.encoding)).toEqual([encoding, encoding]);
      const w = res.report.warnings.find((x) => x.file === "people.csv");
      expect(w?.line).toBe(2);
      // Two names may fit other code pages too: then the warning lists them (honest about a guess).
      expect(w?.message).toMatch(
        /^people\.csv:2: this file is not UTF-8; (read as Western European \(Windows-1252\) its words are garbled \(".+"\), so it was read as .+: ".+"|it was read as .+: ".+", but its few words also read as .+)\. Check the names; to be sure, save the sheet as "CSV UTF-8" and import it again\.$/,
      );
      expect(w?.message).toContain(`: "${a}"`);
    });
  }

  it("Western European names in Windows-1252, however accented, stay Windows-1252 with no warning", () => {
    const names = ["Hélène Dupré", "José Núñez", "Zoë Müller", "Björk Guðmundsdóttir", "Þóra Óðinsdóttir", "Åsa Ørsted", "François Lefèvre", "João Simões", "Renée O’Brien", "Maëlle Cœur", "Íñigo Aragüés"];
    const bytes = new Uint8Array(Array.from(`name\n${names.join("\n")}\n`, (c) => ({ "’": 0x92, "œ": 0x9c })[c] ?? c.charCodeAt(0)));
    const res = importCoalition([{ name: "people.csv", bytes }]);
    expect(res.report.files[0]?.encoding).toBe("windows-1252");
    expect(res.report.warnings).toEqual([]);
    expect(res.graph.mapNodes((_, x) => x.label).sort()).toEqual([...names].sort());
  });

  it("a file no code page fits is read as Windows-1252 and said to be probably wrong", () => {
    // A sign glued between letters in every code page's reading: no alphabet's words.
    const bytes = new Uint8Array([...ascii("name\nx"), 0xa4, ...ascii("y z"), 0xa4, ...ascii("w\n")]);
    const res = importCoalition([{ name: "people.csv", bytes }]);
    expect(res.report.files[0]?.encoding).toBe("windows-1252");
    expect(res.report.warnings.map((w) => w.message)).toEqual([
      'people.csv:2: this file is not UTF-8, and read as Western European (Windows-1252) its words are garbled ("x¤y z¤w"), as another alphabet\'s letters are: its names are probably wrong. Save the sheet as "CSV UTF-8" and import it again.',
    ]);
  });
});

describe("ids of digits whose leading zeros a spreadsheet dropped", () => {
  it('a tie naming "7" when only "007" is listed is attached to "007", with a warning (before: a new person "7", said only as a name not in people.csv)', () => {
    const res = network("id,name\n007,Ana\n008,Ben\n", "from,to\n7,8\n007,8\n");
    expect(res.graph.order).toBe(2);
    expect(tiesOf(res)).toEqual(["007-008@2"]);
    expect(res.report.merged).toBe(1);
    expect(placed(res)).toEqual([
      [2, 1, 'connections.csv:2:1 (column "from"): "7" is not an id, but "007" (people.csv line 2) is the same number with leading zeros, which a spreadsheet drops; the tie was attached to "007". Format the id column as text in both files.'],
      [2, 2, 'connections.csv:2:2 (column "to"): "8" is not an id, but "008" (people.csv line 3) is the same number with leading zeros, which a spreadsheet drops; the tie was attached to "008". Format the id column as text in both files.'],
      [3, 2, 'connections.csv:3:2 (column "to"): "8" is not an id, but "008" (people.csv line 3) is the same number with leading zeros, which a spreadsheet drops; the tie was attached to "008". Format the id column as text in both files.'],
    ]);
  });

  it('"7" and "007" both listed: two people, a warning at the second; a tie naming either goes to that one exactly', () => {
    const res = network("id,name\n007,Ana\n7,Ben\n", "from,to\n7,007\n");
    expect(tiesOf(res)).toEqual(["7-007@2"]);
    expect(res.report.warnings.map((w) => w.message)).toEqual([
      'people.csv:3:1 (column "id"): the id "7" differs from "007" (people.csv line 2) only in its leading zeros; kept as two people. A spreadsheet drops the zeros of a number: if they are the same, format the id column as text and write the id the same way in both rows.',
    ]);
  });
});

describe("a dash for a minus sign (– — − ‐, as word processors write a typed \"-\")", () => {
  it("makes a negative tie in the sign column and leads a negative strength (before: the sign was ignored with a warning, the tie counted positive; \"–2\" was not a number)", () => {
    const people = "name\nA\nB\nC\nD\nE\nF\nG\n";
    const ties = "from,to,sign,strength\nA,B,–,\nA,C,—,\nA,D,‐1,\nA,E,−,\nA,F,,–2\nA,G,,2–3\n";
    const res = network(people, ties);
    const signs = res.graph.mapEdges((_, a, s, t) => `${s}-${t}:${a.sign}:${a.strength}`).sort();
    expect(signs).toEqual(["a-b:-1:1", "a-c:-1:1", "a-d:-1:1", "a-e:-1:1", "a-f:-1:2"]);
    expect(res.report.warnings).toEqual([]);
    // A dash between two numbers is no minus sign: "2–3" is still not a strength.
    expect(res.report.rejections.map((r) => [r.line, r.column])).toEqual([[7, 4]]);
  });
});

describe("dates in a spreadsheet's other forms are explained, never guessed", () => {
  it("a spreadsheet's date number (46000) says what it is and what it would be; a slashed date says why it is not read", () => {
    const people = "name,status,joined\nAna,member,45000\nBen,member,01/02/2026\n";
    const log = "date,kind,member,person,outcome\n46000,ask,Ana,Ben,yes\n01/02/2026,ask,Ana,Ben,no\n";
    const res = network(people, "from,to\nAna,Ben\n", csv("activity.csv", log));
    // Before, "46000" was rejected as "a day-first or month-first date is ambiguous".
    expect(res.report.rejections.map((r) => r.reason)).toEqual([
      'activity.csv:2:1 (column "date"): "46000" is not a date written YYYY-MM-DD (e.g. 2026-10-02); it looks like a spreadsheet\'s date number (46000 would be 2025-12-09): give its column a date format, YYYY-MM-DD. Row skipped.',
      'activity.csv:3:1 (column "date"): "01/02/2026" is not a date written YYYY-MM-DD (e.g. 2026-10-02); a day and month written with slashes or dots are day-first in some countries and month-first in others. Row skipped.',
    ]);
    expect(res.report.warnings.map((w) => w.message)).toEqual([
      'people.csv:2:3 (column "joined"): joined "45000" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15); it looks like a spreadsheet\'s date number (45000 would be 2023-03-15): give its column a date format, YYYY-MM-DD; ignored.',
      'people.csv:3:3 (column "joined"): joined "01/02/2026" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15); a day and month written with slashes or dots are day-first in some countries and month-first in others; ignored.',
    ]);
  });
});

describe("a person with an organization's name", () => {
  it("is kept apart with a warning that ties giving the name go to the organization (before: the person silently got none of their ties)", () => {
    const res = importCoalition([
      csv("people.csv", "name,status\nJordan Lee,member\nAna,member\n"),
      csv("organizations.csv", "name\nJordan Lee\n"),
      csv("connections.csv", "from,to\nAna,Jordan Lee\n"),
    ]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(3);
    expect(tiesOf(res)).toEqual(["ana-jordan-lee@2"]);
    expect(res.graph.getNodeAttribute("jordan-lee", "kind")).toBe("organization");
    expect(res.report.warnings.map((w) => [w.file, w.line, w.column, w.message])).toEqual([
      [
        "people.csv",
        2,
        1,
        'people.csv:2:1 (column "name"): "Jordan Lee" is also the name of the organization "Jordan Lee" (organizations.csv line 2); both are kept, but a tie or a log row that gives this name goes to the organization. Give this person an id and use it there, or tell the two apart by name.',
      ],
    ]);
  });
});

describe("a file with column names and no rows", () => {
  it("is said at its header line (before: nothing, and the report only said a status column was missing)", () => {
    const res = importCoalition([csv("people.csv", "name,status\n"), csv("connections.csv", "from,to\r\n\r\n")]);
    expect(res.report.rowsRead).toBe(0);
    expect(res.report.warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      ["people.csv", 1, "people.csv:1: this file has column names but no rows below them; nothing was read from it. Check that it is the file you meant to give."],
      ["connections.csv", 1, "connections.csv:1: this file has column names but no rows below them; nothing was read from it. Check that it is the file you meant to give."],
    ]);
  });

  it("a file whose rows are all empty cells keeps its own warning, not this one", () => {
    const res = importCoalition([csv("people.csv", "name,status\n,\n"), csv("connections.csv", "from,to\nA,B\n")]);
    expect(res.report.warnings.filter((w) => w.file === "people.csv").map((w) => w.message)).toEqual([expect.stringMatching(/^people\.csv:2: this row has only empty cells/)]);
  });
});

describe("service and area names that match nothing", () => {
  const orgs = "name,services,areas\nHarbor House,shleter;hotline;legal aid;peer support,North\nDawn,emergency shelter,North\n";
  it("an organization's service outside the catalog is warned about once, at its cell (before: kept silently, so it filled no need)", () => {
    const res = importCoalition([csv("organizations.csv", orgs), csv("organizations-more.csv", "name,services,areas\nRiver,shleter,South\n")], { roles: { "organizations-more.csv": "organizations" } });
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.warnings.map((w) => [w.file, w.line, w.column, w.message])).toEqual([
      ["organizations.csv", 2, 2, 'organizations.csv:2:2 (column "services"): service "shleter" is not in the catalog (hotline, emergency shelter, legal advocacy, counseling, …); kept as written, so it fills no need in the gap analysis. Check the spelling.'],
      ["organizations.csv", 2, 2, 'organizations.csv:2:2 (column "services"): service "peer support" is not in the catalog (hotline, emergency shelter, legal advocacy, counseling, …); kept as written, so it fills no need in the gap analysis. Check the spelling.'],
    ]);
  });

  it("a service services.csv names is not warned about; a need's area no one is in is, once", () => {
    const needs = "service,area\npeer support,North\nhotline,Nort\nshelter,Nort\n";
    const res = importCoalition([csv("organizations.csv", orgs), csv("services.csv", needs)]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.warnings.map((w) => w.message)).toEqual([
      'services.csv:3:2 (column "area"): area "Nort" is not the area of any person or organization; the need is kept, and shows as missing there. Check the spelling.',
      'organizations.csv:2:2 (column "services"): service "shleter" is not in the catalog or services.csv (hotline, emergency shelter, legal advocacy, counseling, …); kept as written, so it fills no need in the gap analysis. Check the spelling, or add it to services.csv.',
    ]);
  });
});

describe("the same tie written once positive and once negative", () => {
  it("keeps both, as documented, and says so at the second row (before: silently two ties, one of them likely a mistake)", () => {
    const res = network("name\nAna\nBob\nCy\n", "from,to,type,sign\nAna,Bob,knows,\nBob,Ana,knows,-\nAna,Cy,knows,\nAna,Cy,bad_history,\n");
    expect(res.graph.size).toBe(4);
    expect(placed(res)).toEqual([
      [3, 4, 'connections.csv:3:4 (column "sign"): this "knows" tie between Bob and Ana is negative, but the one at connections.csv line 2 is positive; both are kept. If one of the two is a mistake, remove it.'],
    ]);
  });
});

describe("a UTF-8 file with more lines pasted from a Windows program than UTF-8 lines", () => {
  it("stays UTF-8 where it is, each Windows line repaired and named (a Western reading: no other code page is looked for)", () => {
    const utf8 = Array.from(new TextEncoder().encode("name\nJosé Núñez\n"));
    const win = Array.from("Hélène\nRenée\nAndré\nZoë\nNoël\n", (c) => c.charCodeAt(0));
    const res = importCoalition([{ name: "people.csv", bytes: new Uint8Array([...utf8, ...win]) }]);
    expect(res.report.files[0]?.encoding).toBe("utf-8");
    expect(res.graph.mapNodes((_, a) => a.label).sort()).toEqual(["André", "Hélène", "José Núñez", "Noël", "Renée", "Zoë"]);
    expect(res.report.warnings.map((w) => w.line)).toEqual([3, 4, 5, 6, 7]);
  });
});
