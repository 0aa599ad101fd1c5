/**
 * Column names: matched case-insensitively, ignoring spaces, underscores, dashes and other
 * punctuation, with common synonyms. Columns the importer does not know are kept verbatim in
 * the node's or tie's `extra` attributes.
 */
import type { FileRole } from "../graph/import-report.js";

/** "Decision_Maker (Y/N)" → "decisionmakeryn". */
export function normalizeHeader(h: string): string {
  return h
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

type Synonyms = Record<string, readonly string[]>;

const NODE_COMMON: Synonyms = {
  id: ["id", "nodeid", "key", "identifier"],
  status: ["status", "coalitionstatus", "memberstatus", "membership"],
  sector: ["sector"],
  tags: ["tags", "tag", "labels", "keywords"],
  notes: ["notes", "note", "comments", "comment", "description"],
  joined: ["joined", "datejoined", "joindate", "joinedon", "membersince", "joinedcoalition"],
  left: ["left", "dateleft", "leftdate", "lefton", "leftcoalition"],
};

/**
 * Spanish and French column names, as an organizer's own spreadsheet has them (normalized as
 * normalizeHeader does: `Organización` → `organizacion`, `À` → `a`). Matched after the English
 * names, so an English column always keeps its meaning; none of these words is an English column
 * name of another field. Listed in README.md ("Column names"). Survey and activity-log columns are
 * English only. Left out on purpose: words that are also common column names with another meaning
 * (`ingreso`, also "income", would read an income of 2000 as the year joined; `vers`, "version";
 * `fin`, "financial").
 */
const NODE_COMMON_ES_FR: Synonyms = {
  id: ["identificador", "identifiant"],
  status: ["estado", "estatus", "statut"],
  sector: ["secteur"],
  tags: ["etiquetas", "etiquettes", "motscles"],
  notes: ["notas", "comentarios", "observaciones", "commentaires", "remarques"],
  joined: ["fechadeingreso", "fechaingreso", "adhesion", "datedadhesion", "dateadhesion"],
  left: ["salida", "fechadesalida", "fechasalida", "depart", "datedepart"],
};

export const SPANISH_FRENCH: Readonly<Partial<Record<FileRole, Synonyms>>> = {
  people: {
    ...NODE_COMMON_ES_FR,
    name: ["nombre", "nombrecompleto", "nom", "nomcomplet"],
    organization: ["organizacion", "organisme", "entidad"],
    role: ["rol", "cargo", "puesto", "poste", "fonction"],
    decisionMaker: ["decisor", "tomadecisiones", "decideur"],
    livedExperience: ["experienciavivida", "experiencevecue"],
    area: ["zona", "barrio", "comunidad", "zone", "quartier"],
  },
  organizations: {
    ...NODE_COMMON_ES_FR,
    name: ["nombre", "nom", "organizacion", "organisme", "entidad"],
    sector: ["tipo", "secteur", "categoria", "categorie"],
    services: ["servicios", "servicio"],
    areas: ["zonas", "zona", "barrios", "territorio", "zones", "zone", "quartiers", "territoire"],
    anchor: ["ancla", "ancre"],
  },
  connections: {
    from: ["de", "origen", "persona1", "origine", "personne1"],
    to: ["a", "para", "destino", "persona2", "cible", "destination", "personne2"],
    type: ["tipo", "relacion", "tipoderelacion", "typederelation"],
    strength: ["fuerza", "intensidad", "peso", "force", "intensite", "poids"],
    sign: ["signo", "signe"],
    since: ["inicio", "fechainicio", "depuis", "debut"],
    notes: ["notas", "comentarios", "commentaires", "remarques"],
    until: ["hasta", "fechafin", "jusqua"],
  },
  needs: {
    service: ["servicio", "servicios", "necesidad", "necesidades", "besoin", "besoins"],
    area: ["zona", "barrio", "comunidad", "zone", "quartier"],
    priority: ["prioridad", "urgencia", "priorite", "urgence"],
  },
  nodes: {
    id: ["identificador", "identifiant"],
    label: ["nombre", "etiqueta", "nom", "etiquette"],
  },
  edges: {
    from: ["de", "origen", "origine"],
    to: ["a", "destino", "cible", "destination"],
    type: ["tipo"],
    strength: ["peso", "poids"],
    sign: ["signo", "signe"],
  },
};

/** Known columns per file role: canonical field → accepted (normalized) header names. */
export const COLUMNS: Record<FileRole, Synonyms> = {
  people: {
    ...NODE_COMMON,
    name: ["name", "label", "fullname", "person", "personname", "contact", "contactname"],
    organization: ["organization", "organisation", "org", "agency", "employer", "orgname", "organizationname", "organisationname"],
    role: ["role", "title", "position", "jobtitle"],
    decisionMaker: ["decisionmaker", "dm", "isdecisionmaker", "decisionmakeryn"],
    livedExperience: ["livedexperience", "livedexp", "survivor", "livedexperienceyn"],
    area: ["area", "region", "neighborhood", "neighbourhood", "location", "community"],
  },
  organizations: {
    ...NODE_COMMON,
    name: ["name", "label", "organization", "organisation", "org", "orgname", "organizationname", "organisationname", "agency"],
    sector: ["sector", "type", "orgtype", "organizationtype", "organisationtype", "category"],
    services: ["services", "servicesoffered", "service", "offers"],
    areas: ["areas", "areasserved", "servicearea", "serviceareas", "area", "regions", "region", "neighborhoods", "neighbourhoods", "coverage"],
    anchor: ["anchor", "anchororganization", "anchororganisation", "anchororg", "isanchor"],
  },
  connections: {
    from: ["from", "source", "person1", "fromid", "fromname", "sourceid"],
    to: ["to", "target", "person2", "toid", "toname", "targetid"],
    type: ["type", "tietype", "relationship", "relation", "relationshiptype", "kind"],
    strength: ["strength", "weight", "tiestrength"],
    sign: ["sign", "valence", "polarity"],
    since: ["since", "year", "start", "startyear"],
    notes: ["notes", "note", "comments", "comment"],
    until: ["until", "till", "ended", "end", "enddate", "endyear"],
  },
  needs: {
    service: ["service", "services", "need", "needed", "servicenamed", "servicename"],
    area: ["area", "region", "neighborhood", "neighbourhood", "servicearea", "community"],
    priority: ["priority", "importance", "urgency"],
  },
  survey: {
    respondent: ["respondent", "respondentname", "respondentorganization", "respondentorganisation", "rater", "surveyrespondent", "answeredby"],
    partner: ["partner", "partnername", "partnerorganization", "partnerorganisation", "ratedpartner", "about"],
    relationship: ["relationship", "relationshiplevel", "level", "workingrelationship", "howwework", "howtheywork", "relationshiptype"],
    trust: ["trust", "trustrating", "trustscore", "trustworthiness"],
    value: ["value", "valuerating", "valuescore", "valueofpartner"],
    round: ["round", "surveyround", "wave", "surveyyear", "year"],
    notes: ["notes", "note", "comments", "comment"],
  },
  nodes: {
    id: ["id", "nodeid", "key"],
    label: ["label", "name"],
    kind: ["kind", "nodekind"],
  },
  edges: {
    from: ["source", "from", "sourceid", "fromid"],
    to: ["target", "to", "targetid", "toid"],
    type: ["type", "tietype", "relationship", "relation", "kind"],
    strength: ["weight", "strength"],
    sign: ["sign", "valence", "polarity"],
    since: ["since"],
    notes: ["notes", "note"],
    until: ["until"],
  },
  activity: {
    date: ["date", "day", "when", "on"],
    kind: ["kind", "activity", "what", "type"],
    member: ["member", "asker", "askedby", "by", "organizer", "organiser", "coalitionmember"],
    person: ["person", "target", "with", "met", "contact", "askee", "who"],
    outcome: ["outcome", "result", "answer", "response", "status"],
    notes: ["notes", "note", "comments", "comment"],
  },
};

/** Columns without which a file of that role cannot be read (any one of each group). */
export const REQUIRED: Record<FileRole, readonly (readonly string[])[]> = {
  people: [["name"]],
  organizations: [["name"]],
  connections: [["from"], ["to"]],
  needs: [["service"], ["area"]],
  nodes: [["id", "label"]],
  edges: [["from"], ["to"]],
  survey: [["respondent"], ["partner"], ["relationship"]],
  activity: [["date"], ["kind"], ["member"], ["person"]],
};

/** How a header maps onto a role's fields. */
export interface ColumnMap {
  /** canonical field → 0-based column index (first matching column wins). */
  fields: Map<string, number>;
  /** 0-based column index → header text used as the `extra` key (unique). */
  extra: Map<number, string>;
  /**
   * 0-based column index → the index of the earlier column read instead: a column whose name
   * means a field another column already gave (two "status" columns, or "org" beside
   * "organization"). It is kept in `extra`, and the importer warns about it.
   */
  shadowed: Map<number, number>;
  header: string[];
}

const LOOKUPS = new Map<FileRole, ReadonlyMap<string, string>>();

/** Normalized header name → field, for a role: the English names first, then the Spanish and French ones. */
function lookupOf(role: FileRole): ReadonlyMap<string, string> {
  let lookup = LOOKUPS.get(role);
  if (lookup !== undefined) return lookup;
  const made = new Map<string, string>();
  for (const synonyms of [COLUMNS[role], SPANISH_FRENCH[role] ?? {}]) {
    for (const [field, names] of Object.entries(synonyms)) {
      for (const n of names) if (!made.has(n)) made.set(n, field);
    }
  }
  LOOKUPS.set(role, made);
  lookup = made;
  return lookup;
}

export function mapColumns(header: string[], role: FileRole): ColumnMap {
  const lookup = lookupOf(role);
  const fields = new Map<string, number>();
  const extra = new Map<number, string>();
  const usedExtra = new Set<string>();
  /** Next suffix to try per base name, so 20,000 equal headers take linear time, not quadratic. */
  const nextSuffix = new Map<string, number>();
  const shadowed = new Map<number, number>();
  header.forEach((h, i) => {
    const field = lookup.get(normalizeHeader(h));
    if (field !== undefined) {
      const first = fields.get(field);
      if (first === undefined) {
        fields.set(field, i);
        return;
      }
      shadowed.set(i, first);
    }
    const base = h === "" ? `column ${i + 1}` : h;
    let key = base;
    if (usedExtra.has(key)) {
      let k = nextSuffix.get(base) ?? 2;
      while (usedExtra.has(`${base} (${k})`)) k++;
      key = `${base} (${k})`;
      nextSuffix.set(base, k + 1);
    }
    usedExtra.add(key);
    extra.set(i, key);
  });
  return { fields, extra, shadowed, header };
}

/** True when the header has a respondent and a partner column: the file is a partner survey. */
export function isSurveyHeader(header: string[]): boolean {
  const m = mapColumns(header, "survey");
  return m.fields.has("respondent") && m.fields.has("partner");
}

/** True when the header has kind, member and person columns: the file is an activity log. */
export function isActivityHeader(header: string[]): boolean {
  const cols = new Set(header.map(normalizeHeader));
  return cols.has("kind") && cols.has("member") && cols.has("person");
}

/** True when the header has a from/to (or source/target) pair: the file is a tie list. */
export function isTieHeader(header: string[]): boolean {
  const m = mapColumns(header, "connections");
  return m.fields.has("from") && m.fields.has("to");
}
