/**
 * An organizer's own spreadsheet with its columns named in Spanish or French (`nombre`,
 * `organización`, `tipo`, `fuerza`; `nom`, `organisation`, `force`…) is read like the English one,
 * and no English column changes its meaning.
 */
import { describe, expect, it } from "vitest";
import { COLUMNS, SPANISH_FRENCH, mapColumns, normalizeHeader } from "../../src/import/columns.js";
import { importCoalition } from "../../src/import/index.js";
import type { FileRole } from "../../src/graph/import-report.js";
import { csv } from "./helpers.js";

function ties(g: ReturnType<typeof importCoalition>["graph"]): string[] {
  return g.filterEdges((_e, a) => a.type !== "member_of").map((e) => {
    const a = g.getEdgeAttributes(e);
    return `${g.source(e)}-${g.target(e)}:${a.type}:${a.strength}:${a.sign}:${a.since ?? ""}`;
  });
}

describe("Spanish and French column names", () => {
  it("a Spanish workbook: nombre, organización, cargo, estado, zona; tipo, servicios; de, a, tipo, fuerza, signo, inicio", () => {
    const { graph, report } = importCoalition([
      csv("personas.csv", "id,Nombre,Organización,Cargo,Estado,Zona,Notas\np1,Ana Ruiz,Casa Norte,Directora,miembro,Norte,hola\np2,Ben Soto,Casa Norte,Voluntario,núcleo,Sur,\n"),
      csv("organizaciones.csv", "Nombre,Tipo,Servicios,Zonas\nCasa Norte,refugio,albergue;comida,Norte;Centro\n"),
      csv("conexiones.csv", "De,A,Tipo,Fuerza,Signo,Inicio\np1,p2,works_with,\"2,5\",negativo,2021\n"),
    ]);
    expect(report.files.map((f) => [f.file, f.role, f.imported]).sort()).toEqual([
      ["conexiones.csv", "connections", 1],
      ["organizaciones.csv", "organizations", 1],
      ["personas.csv", "people", 2],
    ]);
    const ana = graph.getNodeAttributes("p1");
    expect([ana.label, ana.role, ana.status, ana.areas, ana.notes]).toEqual(["Ana Ruiz", "Directora", "member", ["Norte"], "hola"]);
    expect(graph.getNodeAttribute("p2", "status")).toBe("core");
    const org = graph.getNodeAttributes(ana.organization ?? "");
    expect([org.label, org.sector, org.services, org.areas, org.inferred]).toEqual(["Casa Norte", "refugio", ["albergue", "comida"], ["Norte", "Centro"], undefined]);
    expect(ties(graph)).toEqual(["p1-p2:works_with:2.5:-1:2021"]);
    expect(graph.getAttribute("hasStrength")).toBe(true);
    // Only the words Coalition Map's vocabularies have in English are warned about (a tie type, services).
    expect(report.warnings.filter((w) => !w.message.includes("works_with") && !w.message.includes("not in the catalog"))).toEqual([]);
  });

  it("a French workbook: nom, organisation, fonction, statut, quartier; secteur; source, cible, type, force, depuis", () => {
    const { graph, report } = importCoalition([
      csv("personnes.csv", "identifiant;Nom;Organisation;Fonction;Statut;Quartier;Décideur\np1;Anaïs Martin;Maison Est;Directrice;membre;Est;oui\np2;Bruno Petit;Maison Est;Bénévole;noyau;Ouest;non\n"),
      csv("organisations.csv", "Nom;Secteur;Services;Zones\nMaison Est;refuge;hébergement;Est\n"),
      csv("liens.csv", "Source;Cible;Type;Force;Depuis\np1;p2;works_with;4;2020-05\n"),
    ]);
    const a = graph.getNodeAttributes("p1");
    expect([a.label, a.role, a.status, a.areas, a.decisionMaker]).toEqual(["Anaïs Martin", "Directrice", "member", ["Est"], true]);
    expect(graph.getNodeAttribute("p2", "status")).toBe("core");
    expect(graph.getNodeAttributes(a.organization ?? "").sector).toBe("refuge");
    expect(ties(graph)).toEqual(["p1-p2:works_with:4:1:2020-05"]);
    expect(report.rejected).toBe(0);
  });

  it("an English column name keeps its meaning: no Spanish or French word is an English name of the same file kind", () => {
    for (const [role, synonyms] of Object.entries(SPANISH_FRENCH) as [FileRole, Record<string, readonly string[]>][]) {
      const english = new Set(Object.values(COLUMNS[role]).flat());
      for (const words of Object.values(synonyms)) for (const w of words) expect(english.has(w), `${role}: ${w}`).toBe(false);
      // And every English name still maps to the field it always did.
      for (const [field, names] of Object.entries(COLUMNS[role])) {
        for (const n of names) {
          const first = Object.entries(COLUMNS[role]).find(([, ns]) => ns.includes(n))?.[0];
          expect(mapColumns([n], role).fields.get(first ?? field), `${role}: ${n}`).toBe(0);
        }
      }
    }
    // The words are written as normalizeHeader leaves them.
    for (const synonyms of Object.values(SPANISH_FRENCH)) for (const words of Object.values(synonyms)) for (const w of words) expect(normalizeHeader(w)).toBe(w);
  });

  it("a tie file whose strength column is in another language says that every tie counts 1, and names the columns not read", () => {
    const { graph, report } = importCoalition([csv("people.csv", "name\nAna\nBen\n"), csv("connections.csv", "from,to,type,força\nAna,Ben,works_with,4\n")]);
    expect(graph.getAttribute("hasStrength")).toBe(false);
    expect(report.warnings.map((w) => w.message)).toContain(
      'connections.csv:1:4: this file has no strength column, so every tie counts the same (1); the column "força" is not one Coalition Map reads (it is kept with each tie). If it is the strength (1 to 5), rename it "strength" (README, "Column names", lists the names Coalition Map reads).',
    );
    // With a strength column, the other columns are kept without a word.
    const ok = importCoalition([csv("people.csv", "name\nAna\nBen\n"), csv("connections.csv", "from,to,strength,email\nAna,Ben,4,x\n")]);
    expect(ok.report.warnings).toEqual([]);
  });

  it("words that are also column names with another meaning are not read (Ingreso, also income; Vers, version)", () => {
    const { graph } = importCoalition([csv("people.csv", "id,nombre,ingreso\np1,Ana,2000\n"), csv("connections.csv", "source,target,vers\np1,p2,3\n")]);
    expect(graph.getNodeAttribute("p1", "joined")).toBeUndefined();
    expect(graph.getNodeAttribute("p1", "extra")).toEqual({ ingreso: "2000" });
    expect(graph.mapEdges((_e, a) => a.extra)).toContainEqual({ vers: "3" });
  });
});
