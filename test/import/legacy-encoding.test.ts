/**
 * Code pages beyond Windows-1252 (legacy-encoding.ts): Mac Roman (Excel on an older Mac), and the
 * honest warning for a file of one or two short names, which several code pages can read.
 * The bytes are real: written by Python's mac_roman, gbk and big5 codecs.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => Number.parseInt(x, 16));
const people = (h: string) => importCoalition([{ name: "people.csv", bytes: hex(h) }]);

describe("a Mac Roman file (Excel on an older Mac: 'CSV (Macintosh)')", () => {
  // id,name,organization / José Núñez, Café Esperanza / François Müller, Hôpital Sainte-Thérèse /
  // María López, Fundación Niños / Zoë Ångström, Bäckerei / Hélène Dupré
  const MAC =
    "69642c6e616d652c6f7267616e697a6174696f6e0a70312c4a6f738e204e9c96657a2c4361668e204573706572616e7a610a70322c4672616e8d6f6973204d9f6c6c65722c4899706974616c205361696e74652d54688e728f73650a70332c4d61729261204c9770657a2c46756e64616369976e204e69966f730a70342c5a6f9120816e677374729a6d2c428a636b657265690a70352c488e6c8f6e6520447570728e2c0a";

  it("is read as Mac Roman, names right, with one warning saying so (before: Windows-1252, 'JosŽ Nœ–ez', 'Fran\\u008dois MŸller')", () => {
    const { graph, report } = people(MAC);
    expect(report.files[0]?.encoding).toBe("macintosh");
    const people_ = graph.filterNodes((_, a) => a.kind === "person").map((id) => graph.getNodeAttribute(id, "label"));
    expect(people_).toEqual(["José Núñez", "François Müller", "María López", "Zoë Ångström", "Hélène Dupré"]);
    const orgs = graph.filterNodes((_, a) => a.kind === "organization").map((id) => graph.getNodeAttribute(id, "label"));
    expect(orgs).toEqual(["Café Esperanza", "Hôpital Sainte-Thérèse", "Fundación Niños", "Bäckerei"]);
    const w = report.warnings.filter((x) => x.message.includes("not UTF-8"));
    expect(w.map((x) => x.message)).toEqual([
      'people.csv:2: this file is not UTF-8; read as Western European (Windows-1252) its words are garbled ("JosŽ Nœ–ez"), so it was read as Western European (Mac Roman, from an older Mac): "José Núñez". Check the names; to be sure, save the sheet as "CSV UTF-8" and import it again.',
    ]);
  });

  it("one short name (Café, é written as Mac Roman's 0x8E): read so, not 'CafŽ' without a word", () => {
    const { graph, report } = people("6e616d650a4361668e0a");
    expect(graph.mapNodes((_, a) => a.label)).toEqual(["Café"]);
    expect(report.files[0]?.encoding).toBe("macintosh");
  });

  it("Windows-1252 text with the signs Mac Roman would read as letters (’ “ ” – …) stays Windows-1252, without a warning", () => {
    const text = "name,notes\nRenée O’Brien,“Chair” – since 2019…\nMaëlle Cœur,Ça va\nÍñigo Aragüés,\n";
    const map: Record<string, number> = { "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "…": 0x85, "œ": 0x9c };
    const bytes = Uint8Array.from(Array.from(text, (c) => map[c] ?? c.charCodeAt(0)));
    const { graph, report } = importCoalition([{ name: "people.csv", bytes }]);
    expect(report.files[0]?.encoding).toBe("windows-1252");
    expect(report.warnings).toEqual([]);
    expect(graph.mapNodes((_, a) => a.label)).toEqual(["Renée O’Brien", "Maëlle Cœur", "Íñigo Aragüés"]);
  });

  it("other code pages' files of two names are not taken for Mac Roman", () => {
    // Иван Петров / Ольга Смирнова (Windows-1251); 王小明 / 陳美玲 (Big5); 山田太郎 / 佐藤花子 (Shift_JIS)
    for (const [h, enc] of [
      ["6e616d650ac8e2e0ed20cfe5f2f0eee20aceebfce3e020d1ece8f0edeee2e00a", "windows-1251"],
      ["6e616d650aa4fda470a9fa0ab3afacfcacc20a", "big5"],
      ["6e616d650a8e52936391be98590a8db293a189d48e710a", "shift_jis"],
    ] as const) {
      expect(people(h).report.files[0]?.encoding).toBe(enc);
    }
  });
});

describe("a file of one or two short names that several code pages read", () => {
  it("GBK 杨帆: read as Chinese, and the warning lists the other readings (before: Windows-1252 'Ñî·«' with no warning at all)", () => {
    const { graph, report } = people("6e616d650ad1eeb7ab0a");
    expect(graph.mapNodes((_, a) => a.label)).toEqual(["杨帆"]);
    expect(report.files[0]?.encoding).toBe("gbk");
    expect(report.warnings.map((w) => w.message)).toEqual([
      'people.csv:2: this file is not UTF-8; it was read as Chinese (GBK): "杨帆", but its few words also read as Cyrillic ("Со·«"), Greek ("Ρξ·«") or 2 more. Check the names; to be sure, save the sheet as "CSV UTF-8" and import it again.',
    ]);
  });

  it("Big5 劉德華 reads as GBK too: the warning names the Big5 reading instead of stating the GBK one as fact", () => {
    const { report } = people("6e616d650abc42bc77b5d80a");
    const message = report.warnings[0]?.message ?? "";
    expect(message).toContain("it was read as Chinese (GBK)");
    expect(message).toContain('but its few words also read as Traditional Chinese ("劉德華")');
  });

  it("a longer file is read in the first code page that fits, without alternatives", () => {
    const names = ["Иван Петров", "Ольга Смирнова", "Сергей Иванов", "Мария Кузнецова", "Дмитрий Соколов", "Анна Попова", "Алексей Лебедев"];
    const text = `name,notes\n${names.map((n) => `${n},член коалиции`).join("\n")}\n`;
    const bytes = Uint8Array.from(Array.from(text, (c) => { const k = c.charCodeAt(0); return k >= 0x410 && k <= 0x44f ? k - 0x410 + 0xc0 : k; }));
    const { graph, report } = importCoalition([{ name: "people.csv", bytes }]);
    expect(report.files[0]?.encoding).toBe("windows-1251");
    expect(graph.mapNodes((_, a) => a.label)).toEqual(names);
    expect(report.warnings[0]?.message).toContain("so it was read as Cyrillic (Windows-1251)");
    expect(report.warnings[0]?.message).not.toContain("also read as");
  });
});
