/**
 * The activity log (activity.csv): asks made and one-on-ones that took place, one row each —
 * `date,kind,member,person,outcome,notes` (the shared contract, /docs/json-schema.md "activity").
 *
 * Every row is imported, merged into an earlier identical row (same date, kind, member and
 * person; a later row's yes or no answers an earlier pending ask of the same day), or rejected with file:line:column and a reason. Names are found as ties find them (id,
 * id in another case, name); a name in no list creates that person, with a warning.
 *
 * Effects, derived at import and never written back into people.csv or connections.csv (so an
 * export stays lossless), applied once every row is read:
 *  - an ask answered `yes` makes the person a `member` when they were a prospect or had no status
 *    (an info line says so), who `joined` on the ask's date when no `joined` date is written;
 *  - a one-on-one sets `lastContact` (the latest date) on every tie between the two; when they have
 *    no tie at all, a `knows` tie of strength 1 is created, with a warning naming the row.
 */
import { monthNameDate } from "./month-dates.js";
import { sameDayAnswer } from "../graph/logged-ask.js";
import { addTie, edgeAttributes } from "../graph/model.js";
import type { ActivityRecord, ImportWarning } from "../graph/import-report.js";
import type { ActivityEntry, ActivityKind, AskOutcome, SourceRef } from "../graph/types.js";
import { calendarDate } from "../graph/utils/calendar-date.js";
import { compareIds } from "../graph/utils/compare-ids.js";
import { mergeExtra, type Row } from "./row.js";
import type { ImportState } from "./state.js";
import { oneLine, shown } from "./text.js";
import { dateFormHint, normalizeName } from "./values.js";

/** The reason a date cell in another form is not read, after a semicolon; "" when there is nothing to add. */
function dateHint(raw: string): string {
  const hint = dateFormHint(raw);
  return hint === "" ? "" : `; ${hint}`;
}

const KINDS: ReadonlyMap<string, ActivityKind> = new Map([
  ["ask", "ask"],
  ["asked", "ask"],
  ["one on one", "one-on-one"],
  ["1 1", "one-on-one"],
  ["1 on 1", "one-on-one"],
  ["one to one", "one-on-one"],
  ["1 to 1", "one-on-one"],
  ["meeting", "one-on-one"],
]);

/** The kind cell: ask or one-on-one (also 1:1, one on one, 1-on-1, meeting); undefined when unknown. */
export function readActivityKind(raw: string): ActivityKind | undefined {
  return KINDS.get(raw.trim().toLowerCase().replace(/[^a-z0-9]+/g, " ").trim());
}

const OUTCOMES: ReadonlyMap<string, AskOutcome> = new Map([
  ["", "pending"],
  ["yes", "yes"],
  ["y", "yes"],
  ["agreed", "yes"],
  ["no", "no"],
  ["n", "no"],
  ["declined", "no"],
  ["pending", "pending"],
  ["waiting", "pending"],
  ["maybe", "pending"],
  ["not yet asked", "not yet asked"],
  ["not asked", "not yet asked"],
  ["not yet", "not yet asked"],
]);

/**
 * The outcome cell of an ask (empty = pending); undefined when unknown. A cell with no letters is
 * empty only when it is blank: "1", "0", "✓" or "?" was read as "pending" (its letters removed),
 * a yes taken for a wait without a word.
 */
export function readAskOutcome(raw: string): AskOutcome | undefined {
  const words = raw.trim().toLowerCase().replace(/[^a-z]+/g, " ").trim();
  if (words === "" && raw.trim() !== "") return undefined;
  return OUTCOMES.get(words);
}

/** Years an activity can be dated in; a date outside them is a slip of the keyboard (0026, 2206, 9999), said at its cell. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

interface Logged {
  entry: ActivityEntry;
  source: SourceRef;
  /** The later row of the same day whose yes or no answered this pending ask. */
  answeredAt?: SourceRef;
}

export class ActivityLog {
  private readonly rows: Logged[] = [];
  private readonly byKey = new Map<string, Logged>();
  /** What the log changed, one line each (the import report's `info`). */
  readonly info: ImportWarning[] = [];

  constructor(private readonly st: ImportState) {}

  /** Find a name as ties do; a name in no list creates that person, with a warning. */
  private resolve(r: Row, field: "member" | "person", ref: string): string {
    const found = this.st.lookup(ref);
    if (found !== undefined) return found;
    const why = `is named in the activity log (column "${shown(r.colName(field), 40)}") but in no list`;
    return this.st.inferNode(ref, this.st.orgsOnly ? "organization" : "person", r, field, why);
  }

  /** One row of activity.csv. */
  read(r: Row): void {
    const st = this.st;
    const dateRaw = r.get("date");
    if (dateRaw === "") return st.reject(r, "date", `the date is empty; write the day it happened as YYYY-MM-DD (e.g. 2026-10-02). Row skipped.`);
    // A date with its month's name (4 March 2026) has one reading; a month and year alone is not a day.
    const named = monthNameDate(dateRaw);
    const date = calendarDate(named !== undefined && named.length === 10 ? named : dateRaw);
    if (date === null) {
      // Written the right way but no such day (2026-02-30, 2026-13-01): say so, not that the form is wrong.
      const why = /^\d{4}-\d{2}-\d{2}$/.test(dateRaw)
        ? `"${shown(dateRaw)}" is written YYYY-MM-DD but there is no such day (check the month and the day). Row skipped.`
        : `"${shown(dateRaw)}" is not a date written YYYY-MM-DD (e.g. 2026-10-02)${dateHint(dateRaw)}. Row skipped.`;
      return st.reject(r, "date", why);
    }
    const year = Number(date.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      st.warn(r, "date", `the date ${date} is ${year < FIRST_YEAR ? "long past" : "far in the future"}; check its year. It was kept as written${year > LAST_YEAR ? ", so a one-on-one on it counts as the latest contact" : ""}.`);
    }
    const kindRaw = r.get("kind");
    if (kindRaw === "") return st.reject(r, "kind", `the kind is empty; write "ask" or "one-on-one". Row skipped.`);
    const kind = readActivityKind(kindRaw);
    if (kind === undefined) return st.reject(r, "kind", `kind "${shown(kindRaw)}" is neither "ask" nor "one-on-one" (also read: 1:1, one on one, 1-on-1, meeting). Row skipped.`);
    const memberRef = r.get("member");
    const personRef = r.get("person");
    const who = kind === "ask" ? "who made the ask" : "who took part";
    if (memberRef === "") return st.reject(r, "member", `the member cell is empty; name the coalition member ${who}. Row skipped.`);
    if (personRef === "") return st.reject(r, "person", `the person cell is empty; name ${kind === "ask" ? "whom the ask was made to" : "the person met"}. Row skipped.`);
    const outcomeRaw = r.get("outcome");
    let outcome: AskOutcome | undefined;
    if (kind === "ask") {
      outcome = readAskOutcome(outcomeRaw);
      if (outcome === undefined) return st.reject(r, "outcome", `outcome "${shown(outcomeRaw)}" is not one of yes, no, pending, not yet asked (empty means pending). Row skipped.`);
    }
    const found = [st.lookup(memberRef), st.lookup(personRef)];
    const sameRef = memberRef.toLowerCase() === personRef.toLowerCase() || normalizeName(memberRef) === normalizeName(personRef);
    if (found[0] !== undefined ? found[0] === found[1] : found[1] === undefined && sameRef) {
      return st.reject(r, "person", `"${shown(personRef)}" is both the member and the person; ${kind === "ask" ? "an ask" : "a one-on-one"} needs two different people. Row skipped.`);
    }
    st.checkOverflow(r);
    const what = kind === "ask" ? "the ask" : "the one-on-one";
    if (found[0] !== undefined) st.checkRefForm(r, "member", memberRef, found[0], what);
    if (found[1] !== undefined) st.checkRefForm(r, "person", personRef, found[1], what);
    if (kind === "one-on-one" && outcomeRaw !== "") st.warn(r, "outcome", `a one-on-one has no outcome; "${shown(outcomeRaw)}" was ignored (put it in the notes).`);
    const member = found[0] ?? this.resolve(r, "member", memberRef);
    const person = found[1] ?? st.lookup(personRef) ?? this.resolve(r, "person", personRef);

    const source = { file: r.file.csv.name, line: r.line };
    const entry: ActivityEntry = { date, kind, member, person, source };
    if (outcome !== undefined) entry.outcome = outcome;
    const notes = r.get("notes");
    if (notes !== "") entry.notes = notes;
    const extra = r.extra();
    if (Object.keys(extra).length > 0) entry.extra = extra;

    const key = `${date}\u0000${kind}\u0000${member}\u0000${person}`;
    const earlier = this.byKey.get(key);
    if (earlier !== undefined) {
      const conflicts: string[] = [];
      const e = earlier.entry;
      // The answer to an ask logged earlier the same day (pending, then yes): the later row answers it.
      const answer = kind === "ask" ? sameDayAnswer(e.outcome, entry.outcome) : undefined;
      const answered = answer === undefined ? "" : `; its answer, ${answer}, replaces ${e.outcome ?? "pending"}`;
      if (answer !== undefined) {
        e.outcome = answer;
        earlier.answeredAt = source;
      }
      else if (outcomeRaw !== "" && e.outcome !== entry.outcome) conflicts.push(r.colName("outcome"));
      if (entry.notes !== undefined) {
        if (e.notes === undefined) e.notes = entry.notes;
        else if (e.notes !== entry.notes) conflicts.push(r.colName("notes"));
      }
      if (entry.extra !== undefined) {
        const merged = mergeExtra(e.extra ?? {}, entry.extra, conflicts);
        if (Object.keys(merged).length > 0) e.extra = merged;
      }
      st.merged(r, earlier.source, `${kind} ${date}: ${this.label(member)} – ${this.label(person)}${answered}`, conflicts);
      return;
    }
    const logged = { entry, source };
    this.byKey.set(key, logged);
    this.rows.push(logged);
    r.file.report.imported++;
  }

  private label(id: string): string {
    return this.st.graph.getNodeAttribute(id, "label") || id;
  }

  private note(source: SourceRef, message: string): void {
    this.info.push({ file: source.file, line: source.line, message: oneLine(`${shown(source.file)}:${source.line}: ${message}`) });
  }

  /** The rows by date, then file and line (the order effects are applied and records listed). */
  private byDate(): Logged[] {
    return this.rows.slice().sort((p, q) => compareIds(p.entry.date, q.entry.date) || compareIds(p.source.file, q.source.file) || p.source.line - q.source.line);
  }

  /** Apply the log's effects to the graph (once every row is read) and store it on the graph. */
  apply(): void {
    const g = this.st.graph;
    for (const { entry: e, source, answeredAt } of this.byDate()) {
      if (e.kind === "ask") {
        const status = g.getNodeAttribute(e.person, "status");
        if (e.outcome === "yes" && (status === "prospect" || status === "none")) {
          g.setNodeAttribute(e.person, "status", "member");
          // They joined on the ask's date (unless people.csv says when): a comparison with an earlier date does not count them.
          if (g.getNodeAttribute(e.person, "joined") === undefined) g.setNodeAttribute(e.person, "joined", e.date);
          this.note(answeredAt ?? source, `${shown(this.label(e.person))} said yes to ${shown(this.label(e.member))}'s ask on ${e.date}: now counted as a member (was ${status === "none" ? "without a status" : "a prospect"}).`);
        }
        continue;
      }
      const ties = [...new Set([...g.edges(e.member, e.person), ...g.edges(e.person, e.member)])];
      if (ties.length === 0) {
        const attrs = edgeAttributes({ type: "knows", strength: 1, sign: 1, directed: false, extra: {}, source, lastContact: e.date });
        const key = addTie(g, e.member, e.person, attrs);
        this.st.ties.set("knows", false, 1, e.member, e.person, key);
        this.st.warnings.push({
          file: source.file,
          line: source.line,
          message: oneLine(
            `${shown(source.file)}:${source.line}: ${shown(this.label(e.member))} and ${shown(this.label(e.person))} met one-on-one on ${e.date} but have no tie in the connections; a "knows" tie of strength 1 was added. Add it to connections.csv with its real strength.`,
          ),
        });
        continue;
      }
      for (const t of ties) {
        const last = g.getEdgeAttribute(t, "lastContact");
        if (last === undefined || last < e.date) g.setEdgeAttribute(t, "lastContact", e.date);
      }
    }
    g.setAttribute("activity", this.rows.map((l) => l.entry));
  }

  /** The imported rows with their names, by date then file line (the import report's `activity`). */
  records(): ActivityRecord[] {
    return this.byDate().map(({ entry: e, source }) => ({
      date: e.date,
      kind: e.kind,
      member: e.member,
      memberLabel: this.label(e.member),
      person: e.person,
      personLabel: this.label(e.person),
      ...(e.outcome !== undefined ? { outcome: e.outcome } : {}),
      ...(e.notes !== undefined ? { notes: e.notes } : {}),
      source: { file: source.file, line: source.line },
    }));
  }
}
