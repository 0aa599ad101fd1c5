/**
 * Whether a value read from a workspace file (.coalition.json, or the browser's storage) is an
 * Edit with the fields its kind needs, of the right types. A damaged or hand-edited file's edits
 * were accepted with only their `kind` checked: replayed, an edit without its fields stopped the
 * map with a programmer's message ("Cannot read properties of undefined (reading 'filter')"), an
 * unknown kind was dropped without a word, and a status such as "boss" was written into people.csv.
 */
import type { Edit } from "./types.js";

type Fields = Record<string, unknown>;

const str = (v: unknown): boolean => typeof v === "string";
const optStr = (v: unknown): boolean => v === undefined || typeof v === "string";
const optBool = (v: unknown): boolean => v === undefined || typeof v === "boolean";
const strList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");
const status = (v: unknown): boolean => v === "core" || v === "member" || v === "prospect" || v === "";
const optStatus = (v: unknown): boolean => v === undefined || status(v);
const outcome = (v: unknown): boolean => v === "yes" || v === "no" || v === "pending" || v === "not yet asked";
const tieRef = (v: unknown): boolean => typeof v === "object" && v !== null && str((v as Fields).from) && str((v as Fields).to) && str((v as Fields).type);

/** The fields a tie edit may set (absent = unchanged; null clears since and notes). */
function tieFields(e: Fields): boolean {
  const strength = e.strength;
  return (
    // null: what JSON makes of a NaN strength (kept as before; applying the edit says what is wrong with it).
    (strength === undefined || strength === null || typeof strength === "number") &&
    (e.sign === undefined || e.sign === 1 || e.sign === -1) &&
    (e.since === undefined || e.since === null || typeof e.since === "string") &&
    (e.notes === undefined || e.notes === null || typeof e.notes === "string")
  );
}

const SHAPES: Readonly<Record<Edit["kind"], (e: Fields) => boolean>> = {
  addPerson: (e) => str(e.name) && optStr(e.organization) && optStr(e.role) && optStatus(e.status) && optStr(e.area) && optBool(e.decisionMaker) && optBool(e.livedExperience) && optStr(e.notes) && optStr(e.date),
  addOrganization: (e) => str(e.name) && optStr(e.sector) && (e.services === undefined || strList(e.services)) && (e.areas === undefined || strList(e.areas)) && optStatus(e.status) && optStr(e.notes) && optStr(e.date),
  addTie: (e) => str(e.from) && str(e.to) && str(e.type) && tieFields(e),
  changeTie: (e) => tieRef(e.tie) && optStr(e.type) && tieFields(e),
  removeTie: (e) => tieRef(e.tie),
  setStatus: (e) => str(e.node) && status(e.status) && optStr(e.date),
  setDecisionMaker: (e) => str(e.node) && typeof e.value === "boolean",
  setLivedExperience: (e) => str(e.node) && typeof e.value === "boolean",
  setArea: (e) => str(e.node) && strList(e.areas),
  setServices: (e) => str(e.node) && strList(e.services),
  logAsk: (e) => str(e.date) && str(e.member) && str(e.person) && outcome(e.outcome) && optStr(e.notes),
  logOneOnOne: (e) => str(e.date) && str(e.member) && str(e.person) && optStr(e.notes),
};

/** True when `v` is an edit of a known kind with the fields that kind needs. */
export function isEditShape(v: unknown): v is Edit {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const kind = (v as Fields).kind;
  if (typeof kind !== "string" || !Object.hasOwn(SHAPES, kind)) return false;
  const shape = SHAPES[kind as Edit["kind"]];
  return shape(v as Fields);
}
