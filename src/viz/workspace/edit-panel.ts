/**
 * The edit panel, over the map's right side: change the selected person or organization
 * (status, decision maker, lived experience, area, services), add or change a tie between the
 * selected node and another (searchable pick; type from the vocabulary, strength 1–5, sign,
 * since, notes), log an ask and a one-on-one, add a person or an organization. Every form is
 * labelled and keyboard-usable, says what is wrong in plain words, and shows user strings as
 * text only. Undo / Redo (also Ctrl+Z / Ctrl+Shift+Z, not while typing in a field).
 */
import "./workspace.css";
import type { AppContext } from "../context.js";
import type { Dataset } from "../dataset.js";
import { h, replaceChildren } from "../dom.js";
import { listen } from "../listen.js";
import { MAP_COVER_CHANGED } from "../legend.js";
import { TIE_TYPES, isNegativeType } from "../../graph/vocabulary.js";
import { sameDayAnswer } from "../../graph/logged-ask.js";
import type { ActivityEntry } from "../../graph/types.js";
import type { AskOutcome, Edit, EditStatus } from "../../workbook/index.js";
import { isIsoDate } from "../../workbook/index.js";
import type { WorkspaceController } from "./controller.js";

export interface EditPanel {
  element: HTMLElement;
  isOpen(): boolean;
  toggle(open?: boolean): void;
  dispose(): void;
}

const STATUSES: readonly { value: EditStatus; label: string }[] = [
  { value: "core", label: "core" },
  { value: "member", label: "member" },
  { value: "prospect", label: "prospect" },
  { value: "", label: "(no status)" },
];
const OUTCOMES: readonly AskOutcome[] = ["yes", "no", "pending", "not yet asked"];
/** Tie types offered: the vocabulary (not the generic "tie" of plain edge lists). */
const TYPES = Object.keys(TIE_TYPES).filter((t) => t !== "tie");

/**
 * The ask already logged on `date` from `member` to `person`, if any. The log keeps one such ask a
 * day (src/import/activity.ts merges a second row of the same day into the first): a yes or no
 * answers a pending one, but any other second ask would change nothing on the map.
 */
function loggedAsk(ds: Dataset | null, date: string, member: string, person: string): ActivityEntry | undefined {
  return (ds?.graph.getAttribute("activity") ?? []).find((e) => e.kind === "ask" && e.date === date && e.member === member && e.person === person);
}

/** What the ask form says instead of logging an ask of the same day again (see loggedAsk). */
function sameDayAsk(logged: ActivityEntry, outcome: AskOutcome, member: string, person: string): string {
  const was = logged.outcome ?? "pending";
  const already = `Already logged: ${member} asked ${person} on ${logged.date} — ${was}.`;
  if (was === outcome) return already;
  return `${already} The log keeps one ask a day between the same two people, and “${outcome}” does not answer a ${was} ask, so it would not show. If it came on another day, give that date; if that ask was just logged wrong, Undo it and log it again.`;
}

/** Today as YYYY-MM-DD (local). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** "a, b; c" → ["a", "b", "c"]. */
function splitInput(v: string): string[] {
  return v
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A labelled field: the label wraps its control. */
function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h("label", { className: "field" }, h("span", { className: "field-label" }, label), control, hint ? h("span", { className: "field-hint" }, hint) : null);
}

function select(id: string, options: readonly { value: string; label: string }[]): HTMLSelectElement {
  return h("select", { id }, ...options.map((o) => h("option", { attrs: { value: o.value } }, o.label)));
}

/** Keys that should reach the page, not the field being typed in. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function createEditPanel(ctx: AppContext, ws: WorkspaceController): EditPanel {
  const cleanups: (() => void)[] = [];
  /** Pick lists: every node's unique display name → id (a repeated name gets its id in brackets). */
  let names = new Map<string, string>();
  let displayName = new Map<string, string>();
  const everyone = h("datalist", { id: "edit-everyone" });
  const orgList = h("datalist", { id: "edit-orgs" });

  const rebuildLists = (ds: Dataset | null) => {
    names = new Map();
    displayName = new Map();
    if (!ds) return;
    const count = new Map<string, number>();
    ds.graph.forEachNode((_n, a) => count.set(a.label, (count.get(a.label) ?? 0) + 1));
    ds.graph.forEachNode((n, a) => {
      const shown = (count.get(a.label) ?? 0) > 1 ? `${a.label} (${n})` : a.label;
      names.set(shown, n);
      displayName.set(n, shown);
    });
    const sorted = [...names.keys()].sort((a, b) => a.localeCompare(b));
    // One option per person, appended through a fragment: spread as arguments, 100,000 of them
    // would overflow the stack.
    const options = (values: string[]): DocumentFragment => {
      const fragment = document.createDocumentFragment();
      for (const v of values) fragment.append(h("option", { attrs: { value: v } }));
      return fragment;
    };
    everyone.replaceChildren(options(sorted));
    orgList.replaceChildren(options(sorted.filter((v) => ds.graph.getNodeAttribute(names.get(v) ?? "", "kind") === "organization")));
  };

  /** A searchable pick of a person or organization. */
  const pick = (id: string, list = "edit-everyone") => h("input", { type: "text", id, attrs: { list, autocomplete: "off", spellcheck: "false" } });
  /** The id a pick names, or an error message. */
  const picked = (input: HTMLInputElement, what: string): string | { error: string } => {
    const v = input.value.trim();
    if (v === "") return { error: `Choose ${what}.` };
    const id = names.get(v) ?? [...names.entries()].find(([k]) => k.toLowerCase() === v.toLowerCase())?.[1];
    return id ?? { error: `“${v}” is not in this coalition: choose ${what} from the list.` };
  };

  /**
   * A form that makes an edit: `build` returns the edit or what is wrong. Once it is made, `done`
   * says what was recorded (the form keeps its names for the next one: without a word, a second
   * click would log the same ask twice); the words go at the next change in the form.
   */
  const form = (id: string, title: string, body: HTMLElement[], submit: string, build: () => Edit | string, after?: () => void, open = false, done?: (edit: Edit) => string): HTMLElement => {
    const error = h("p", { className: "form-error", id: `${id}-error`, attrs: { role: "alert" } }, "");
    const said = h("p", { className: "form-done", id: `${id}-done`, attrs: { role: "status" } }, "");
    const button = h("button", { type: "submit", className: "primary", id: `${id}-submit` }, submit);
    const el = h("form", { id, attrs: { "aria-describedby": `${id}-error`, novalidate: "" } }, ...body, error, said, h("div", { className: "form-actions" }, button));
    el.addEventListener("input", () => (said.textContent = ""));
    el.addEventListener("submit", (e) => {
      e.preventDefault();
      said.textContent = "";
      const edit = build();
      if (typeof edit === "string") {
        error.textContent = edit;
        return;
      }
      error.textContent = "";
      button.disabled = true;
      void ws.apply(edit).then((err) => {
        button.disabled = false;
        if (err) error.textContent = err;
        else {
          const words = done?.(edit) ?? "";
          after?.();
          said.textContent = words;
        }
      });
    });
    const details = h("details", { className: "edit-section", id: `${id}-section` }, h("summary", {}, title), el);
    details.open = open;
    return details;
  };

  // ---- the selected node ------------------------------------------------------------------
  const nodeSection = h("section", { className: "edit-node", id: "edit-node", attrs: { "aria-label": "The selected person or organization" } });
  const nodeError = h("p", { className: "form-error", id: "edit-node-error", attrs: { role: "alert" } }, "");
  const change = (edit: Edit) => {
    nodeError.textContent = "";
    void ws.apply(edit).then((err) => {
      if (err) nodeError.textContent = err;
    });
  };
  const renderNode = () => {
    const ds = ctx.dataset();
    const id = ctx.store.state.selected;
    if (!ds || !id || !ds.graph.hasNode(id)) {
      replaceChildren(nodeSection, h("p", { className: "muted" }, "Select someone on the map to change their status, area or ties."));
      return;
    }
    const a = ds.graph.getNodeAttributes(id);
    const status = select("edit-status", STATUSES);
    status.value = a.status === "none" ? "" : a.status;
    // The day of the change: made a member, they get it as `joined` (src/workbook/edits.ts).
    status.addEventListener("change", () => change({ kind: "setStatus", node: id, status: status.value as EditStatus, date: today() }));
    const rows: HTMLElement[] = [h("h3", { className: "edit-title" }, a.label), field("Status", status)];
    if (a.kind === "person") {
      const dm = h("input", { type: "checkbox", id: "edit-decision-maker" });
      dm.checked = a.decisionMaker === true;
      dm.addEventListener("change", () => change({ kind: "setDecisionMaker", node: id, value: dm.checked }));
      const lived = h("input", { type: "checkbox", id: "edit-lived" });
      lived.checked = a.livedExperience === true;
      lived.addEventListener("change", () => change({ kind: "setLivedExperience", node: id, value: lived.checked }));
      const area = h("input", { type: "text", id: "edit-area", attrs: { autocomplete: "off" } });
      area.value = a.areas[0] ?? "";
      area.addEventListener("change", () => change({ kind: "setArea", node: id, areas: area.value.trim() === "" ? [] : [area.value.trim()] }));
      rows.push(h("label", { className: "check" }, dm, "Decision maker"), h("label", { className: "check" }, lived, "Lived experience"), field("Area", area));
    } else {
      const areas = h("input", { type: "text", id: "edit-areas", attrs: { autocomplete: "off" } });
      areas.value = a.areas.join("; ");
      areas.addEventListener("change", () => change({ kind: "setArea", node: id, areas: splitInput(areas.value) }));
      const services = h("input", { type: "text", id: "edit-services", attrs: { autocomplete: "off" } });
      services.value = a.services.join("; ");
      services.addEventListener("change", () => change({ kind: "setServices", node: id, services: splitInput(services.value) }));
      rows.push(field("Areas served", areas, "separate with ;"), field("Services", services, "separate with ;"));
    }
    replaceChildren(nodeSection, ...rows, nodeError);
  };

  // ---- a tie with the selected node --------------------------------------------------------
  const tieOther = pick("edit-tie-other");
  const tieType = select("edit-tie-type", TYPES.map((t) => ({ value: t, label: t.replace(/_/g, " ") })));
  const tieStrength = select("edit-tie-strength", [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}${n === 1 ? " (acquaintance)" : n === 5 ? " (very close)" : ""}` })));
  tieStrength.value = "3";
  const tieSign = select("edit-tie-sign", [
    { value: "1", label: "positive (+)" },
    { value: "-1", label: "negative (−)" },
  ]);
  const tieSince = h("input", { type: "text", id: "edit-tie-since", attrs: { autocomplete: "off", inputmode: "numeric" } });
  const tieNotes = h("input", { type: "text", id: "edit-tie-notes", attrs: { autocomplete: "off" } });
  /** Which tie: one they already have (changed in place, its type too) or a new one. */
  const tieWhich = h("select", { id: "edit-tie-which" });
  const removeTie = h("button", { type: "button", id: "edit-tie-remove", className: "danger" }, "Remove this tie");
  removeTie.hidden = true;
  /** The ties between the selected node and the other one, in the order of the map's data. */
  let pairTies: { from: string; to: string; type: string; key: string }[] = [];
  const chosenTie = (): { from: string; to: string; type: string } | null => {
    const t = tieWhich.value === "" ? undefined : pairTies[Number(tieWhich.value)];
    return t ? { from: t.from, to: t.to, type: t.type } : null;
  };
  const fillFrom = () => {
    const ds = ctx.dataset();
    const t = tieWhich.value === "" ? undefined : pairTies[Number(tieWhich.value)];
    removeTie.hidden = t === undefined;
    const submit = document.getElementById("edit-tie-form-submit");
    if (submit) submit.textContent = t ? "Save the tie" : "Add the tie";
    if (!t || !ds || !ds.graph.hasEdge(t.key)) return;
    const e = ds.graph.getEdgeAttributes(t.key);
    tieType.value = TYPES.includes(e.type) ? e.type : tieType.value;
    tieStrength.value = String(Math.min(5, Math.max(1, Math.round(e.strength))));
    tieSign.value = String(e.sign);
    tieSince.value = e.since ?? "";
    tieNotes.value = e.notes ?? "";
  };
  /** The pair changed: list their ties; the first one is chosen (change it), or a new one. */
  const reflectTie = () => {
    const ds = ctx.dataset();
    const self = ctx.store.state.selected;
    const other = tieOther.value.trim() === "" ? null : picked(tieOther, "");
    pairTies = [];
    if (ds && self && typeof other === "string" && ds.graph.hasNode(self) && other !== self) {
      for (const key of new Set([...ds.graph.edges(self, other), ...ds.graph.edges(other, self)])) {
        const [from, to] = ds.graph.extremities(key);
        pairTies.push({ from, to, type: ds.graph.getEdgeAttribute(key, "type"), key });
      }
    }
    replaceChildren(
      tieWhich,
      ...pairTies.map((t, i) => h("option", { attrs: { value: String(i) } }, `their “${t.type.replace(/_/g, " ")}” tie`)),
      // "They have none" only once someone is chosen in "With" (before, there is no "they").
      h("option", { attrs: { value: "" } }, pairTies.length || typeof other !== "string" ? "a new tie" : "a new tie (they have none)"),
    );
    tieWhich.value = pairTies.length ? "0" : "";
    fillFrom();
  };
  tieOther.addEventListener("change", reflectTie);
  tieWhich.addEventListener("change", fillFrom);
  tieType.addEventListener("change", () => {
    if (isNegativeType(tieType.value)) tieSign.value = "-1";
  });
  removeTie.addEventListener("click", () => {
    const t = chosenTie();
    if (!t) return;
    void ws.apply({ kind: "removeTie", tie: t }).then((err) => {
      const el = document.getElementById("edit-tie-form-error");
      if (el) el.textContent = err ?? "";
      const said = document.getElementById("edit-tie-form-done");
      const label = (n: string) => ctx.dataset()?.graph.getNodeAttribute(n, "label") ?? n;
      if (said) said.textContent = err ? "" : `Removed the “${t.type.replace(/_/g, " ")}” tie between ${label(t.from)} and ${label(t.to)}.`;
      reflectTie();
    });
  });
  /** What the tie form does: from the selected one — or, with nobody selected, to select someone first. */
  const tieHint = h("p", { className: "muted", id: "edit-tie-hint" }, "");
  const tieFields = h(
    "fieldset",
    { className: "edit-fields", id: "edit-tie-fields", attrs: { "aria-describedby": "edit-tie-hint" } },
    field("With", tieOther, "type to search"),
    field("Tie", tieWhich),
    field("Type", tieType),
    field("Strength", tieStrength),
    field("Sign", tieSign),
    field("Since", tieSince, "a year, or a date"),
    field("Notes", tieNotes),
    removeTie,
  );
  const tieForm = form(
    "edit-tie-form",
    "Add or change a tie",
    [tieHint, tieFields],
    "Add the tie",
    () => {
      const self = ctx.store.state.selected;
      if (!self) return "Select someone on the map first: the tie goes from them.";
      const other = picked(tieOther, "who the tie is with");
      if (typeof other !== "string") return other.error;
      if (other === self) return "A tie needs two different people or organizations.";
      const fields = { strength: Number(tieStrength.value), sign: tieSign.value === "-1" ? (-1 as const) : (1 as const), since: tieSince.value.trim(), notes: tieNotes.value.trim() };
      const t = chosenTie();
      if (t) return { kind: "changeTie", tie: t, type: tieType.value, ...fields };
      return { kind: "addTie", from: self, to: other, type: tieType.value, ...fields, since: fields.since || null, notes: fields.notes || null };
    },
    reflectTie,
    true,
    (edit) => {
      // Like the other forms, say what was recorded (the form turns into "Save the tie" for it).
      const label = (n: string) => ctx.dataset()?.graph.getNodeAttribute(n, "label") ?? (displayName.get(n) || n);
      const words = (type: string, strength: number | undefined, sign: number | undefined) => `“${type.replace(/_/g, " ")}”, strength ${strength ?? "?"}${sign === -1 ? ", negative" : ""}`;
      if (edit.kind === "addTie") return `Added a tie between ${label(edit.from)} and ${label(edit.to)}: ${words(edit.type, edit.strength, edit.sign)}.`;
      if (edit.kind === "changeTie") return `Saved the tie between ${label(edit.tie.from)} and ${label(edit.tie.to)}: ${words(edit.type ?? edit.tie.type, edit.strength, edit.sign)}.`;
      return "";
    },
  );

  /**
   * The tie form follows the selection, as the section above does: with nobody selected its
   * fields and button are disabled and it says to select someone first (the tie goes from them).
   */
  const reflectTieAvailability = () => {
    const ds = ctx.dataset();
    const id = ctx.store.state.selected;
    const self = ds && id && ds.graph.hasNode(id) ? id : null;
    tieFields.disabled = self === null;
    const submit = tieForm.querySelector<HTMLButtonElement>("#edit-tie-form-submit");
    if (submit) submit.disabled = self === null;
    tieHint.textContent =
      self === null || !ds
        ? "Select someone on the map first: the tie goes from them to the person or organization you choose here."
        : `From ${ds.graph.getNodeAttribute(self, "label") || self} to the person or organization you choose.`;
    if (self === null) {
      const error = tieForm.querySelector("#edit-tie-form-error");
      if (error) error.textContent = "";
    }
  };

  // ---- log an ask / a one-on-one -------------------------------------------------------------
  const askPerson = pick("edit-ask-person");
  const askMember = pick("edit-ask-member");
  const askDate = h("input", { type: "date", id: "edit-ask-date" });
  askDate.value = today();
  const askOutcome = select("edit-ask-outcome", OUTCOMES.map((o) => ({ value: o, label: o })));
  askOutcome.value = "pending";
  const askNotes = h("input", { type: "text", id: "edit-ask-notes", attrs: { autocomplete: "off" } });
  const dateError = (v: string) => (v === "" ? "Give the date." : isIsoDate(v) ? null : `“${v}” is not a date (year-month-day).`);
  const askForm = form(
    "edit-ask-form",
    "Log an ask",
    [field("Who was asked", askPerson), field("Who asked", askMember), field("Date", askDate), field("Outcome", askOutcome), field("Notes", askNotes)],
    "Log the ask",
    () => {
      const person = picked(askPerson, "who was asked");
      if (typeof person !== "string") return person.error;
      const member = picked(askMember, "who made the ask");
      if (typeof member !== "string") return member.error;
      const bad = dateError(askDate.value);
      if (bad) return bad;
      const same = loggedAsk(ctx.dataset(), askDate.value, member, person);
      if (same && sameDayAnswer(same.outcome, askOutcome.value as AskOutcome) === undefined) return sameDayAsk(same, askOutcome.value as AskOutcome, askMember.value.trim(), askPerson.value.trim());
      return { kind: "logAsk", date: askDate.value, member, person, outcome: askOutcome.value as AskOutcome, notes: askNotes.value };
    },
    () => (askNotes.value = ""),
    false,
    (edit) => (edit.kind === "logAsk" ? `Logged: ${askMember.value.trim()} asked ${askPerson.value.trim()} on ${edit.date} — ${edit.outcome}.` : ""),
  );
  const meetMember = pick("edit-meet-member");
  const meetPerson = pick("edit-meet-person");
  const meetDate = h("input", { type: "date", id: "edit-meet-date" });
  meetDate.value = today();
  const meetNotes = h("input", { type: "text", id: "edit-meet-notes", attrs: { autocomplete: "off" } });
  /**
   * Two people with no tie who meet get a "knows" tie of strength 1 (src/import/activity.ts, as
   * the README says): the form says so as soon as both are chosen, and again once it is logged.
   */
  const meetNote = h("p", { className: "form-note", id: "edit-meet-note", attrs: { "aria-live": "polite" } }, "");
  /** The two chosen, when both name someone and they have no tie at all (either way, any type). */
  const untiedPair = (): { member: string; person: string } | null => {
    const ds = ctx.dataset();
    if (!ds || meetMember.value.trim() === "" || meetPerson.value.trim() === "") return null;
    const member = picked(meetMember, "");
    const person = picked(meetPerson, "");
    if (typeof member !== "string" || typeof person !== "string" || member === person) return null;
    if (!ds.graph.hasNode(member) || !ds.graph.hasNode(person)) return null;
    return ds.graph.edges(member, person).length + ds.graph.edges(person, member).length === 0 ? { member, person } : null;
  };
  const reflectMeet = () => {
    const pair = untiedPair();
    meetNote.textContent =
      pair === null
        ? ""
        : `${meetMember.value.trim()} and ${meetPerson.value.trim()} have no tie on the map: logging this one-on-one adds a “knows” tie between them, of strength 1 (acquaintance). You can change it afterwards under “Add or change a tie”.`;
  };
  for (const input of [meetMember, meetPerson]) {
    input.addEventListener("input", reflectMeet);
    input.addEventListener("change", reflectMeet);
  }
  /** Whether the one-on-one being logged adds a tie (read when it is submitted, before the map changes). */
  let meetAddsTie = false;
  const meetForm = form(
    "edit-meet-form",
    "Log a one-on-one",
    [field("Member", meetMember), field("Met with", meetPerson), field("Date", meetDate), field("Notes", meetNotes), meetNote],
    "Log the one-on-one",
    () => {
      const member = picked(meetMember, "the member who met");
      if (typeof member !== "string") return member.error;
      const person = picked(meetPerson, "who they met");
      if (typeof person !== "string") return person.error;
      const bad = dateError(meetDate.value);
      if (bad) return bad;
      meetAddsTie = untiedPair() !== null;
      return { kind: "logOneOnOne", date: meetDate.value, member, person, notes: meetNotes.value };
    },
    () => {
      meetNotes.value = "";
      reflectMeet();
    },
    false,
    (edit) =>
      edit.kind === "logOneOnOne"
        ? `Logged: ${meetMember.value.trim()} met ${meetPerson.value.trim()} on ${edit.date}.${meetAddsTie ? " They had no tie: a “knows” tie of strength 1 now joins them on the map." : ""}`
        : "",
  );

  // ---- add a person / an organization --------------------------------------------------------
  const pName = h("input", { type: "text", id: "edit-person-name", attrs: { autocomplete: "off" } });
  const pOrg = pick("edit-person-org", "edit-orgs");
  const pRole = h("input", { type: "text", id: "edit-person-role", attrs: { autocomplete: "off" } });
  const pStatus = select("edit-person-status", STATUSES);
  pStatus.value = "prospect";
  const pArea = h("input", { type: "text", id: "edit-person-area", attrs: { autocomplete: "off" } });
  const pDm = h("input", { type: "checkbox", id: "edit-person-dm" });
  const pLived = h("input", { type: "checkbox", id: "edit-person-lived" });
  const personForm = form(
    "edit-person-form",
    "Add a person",
    [field("Name", pName), field("Organization", pOrg, "optional"), field("Role", pRole), field("Status", pStatus), field("Area", pArea), h("label", { className: "check" }, pDm, "Decision maker"), h("label", { className: "check" }, pLived, "Lived experience")],
    "Add the person",
    () => {
      const name = pName.value.trim();
      if (name === "") return "Give the person's name.";
      let organization: string | undefined;
      if (pOrg.value.trim() !== "") {
        const o = picked(pOrg, "an organization");
        if (typeof o !== "string") return o.error;
        organization = o;
      }
      return {
        kind: "addPerson",
        name,
        ...(organization ? { organization } : {}),
        role: pRole.value,
        status: pStatus.value as EditStatus,
        area: pArea.value,
        decisionMaker: pDm.checked,
        livedExperience: pLived.checked,
        date: today(),
      };
    },
    () => {
      for (const el of [pName, pOrg, pRole, pArea]) el.value = "";
      pDm.checked = pLived.checked = false;
    },
    false,
    (edit) => (edit.kind === "addPerson" ? `Added ${edit.name}${edit.status ? ` (${edit.status})` : " (outside the coalition)"}.` : ""),
  );
  const oName = h("input", { type: "text", id: "edit-org-name", attrs: { autocomplete: "off" } });
  const oSector = h("input", { type: "text", id: "edit-org-sector", attrs: { autocomplete: "off" } });
  const oServices = h("input", { type: "text", id: "edit-org-services", attrs: { autocomplete: "off" } });
  const oAreas = h("input", { type: "text", id: "edit-org-areas", attrs: { autocomplete: "off" } });
  const oStatus = select("edit-org-status", STATUSES);
  oStatus.value = "prospect";
  const orgForm = form(
    "edit-org-form",
    "Add an organization",
    [field("Name", oName), field("Sector", oSector), field("Services", oServices, "separate with ;"), field("Areas served", oAreas, "separate with ;"), field("Status", oStatus)],
    "Add the organization",
    () => {
      const name = oName.value.trim();
      if (name === "") return "Give the organization's name.";
      return { kind: "addOrganization", name, sector: oSector.value, services: splitInput(oServices.value), areas: splitInput(oAreas.value), status: oStatus.value as EditStatus, date: today() };
    },
    () => {
      for (const el of [oName, oSector, oServices, oAreas]) el.value = "";
    },
    false,
    (edit) => (edit.kind === "addOrganization" ? `Added ${edit.name}.` : ""),
  );

  // ---- the panel -----------------------------------------------------------------------------
  const undoBtn = h("button", { type: "button", id: "edit-undo" }, "Undo");
  const redoBtn = h("button", { type: "button", id: "edit-redo" }, "Redo");
  undoBtn.addEventListener("click", () => void ws.undo());
  redoBtn.addEventListener("click", () => void ws.redo());
  const closeBtn = h("button", { type: "button", id: "edit-close", className: "icon", attrs: { "aria-label": "Close the edit panel" } }, "×");
  const element = h(
    "aside",
    { className: "edit-panel", id: "edit-panel", attrs: { "aria-label": "Edit the map", "data-label-obstacle": "" } },
    h("div", { className: "edit-head" }, h("h2", {}, "Edit the map"), undoBtn, redoBtn, closeBtn),
    everyone,
    orgList,
    nodeSection,
    tieForm,
    askForm,
    meetForm,
    personForm,
    orgForm,
  );
  element.hidden = true;
  closeBtn.addEventListener("click", () => panel.toggle(false));
  // Escape in the panel leaves it as it is: it does not clear the map's selection (escape-clears.ts
  // listens on the document), which would take away the one being edited.
  element.addEventListener("keydown", (e) => {
    if (e.key === "Escape") e.stopPropagation();
  });

  const reflectHistory = () => {
    undoBtn.disabled = !ws.canUndo();
    redoBtn.disabled = !ws.canRedo();
    undoBtn.title = ws.canUndo() ? `Undo: ${ws.undoLabel()}` : "Nothing to undo";
    redoBtn.title = ws.canRedo() ? `Redo: ${ws.redoLabel()}` : "Nothing to redo";
  };
  cleanups.push(ws.subscribe(reflectHistory));

  /** Fill the pickers that name "the selected one" when they are empty or named the previous one. */
  let lastSelected: string | null = null;
  const followSelection = () => {
    const id = ctx.store.state.selected;
    const prevName = lastSelected ? (displayName.get(lastSelected) ?? "") : "";
    const nextName = id ? (displayName.get(id) ?? "") : "";
    for (const input of [askPerson, meetPerson]) if (input.value === "" || input.value === prevName) input.value = nextName;
    lastSelected = id;
    reflectTie();
  };

  let shownDataset: number | null = null;
  cleanups.push(
    ctx.store.subscribe((s, prev) => {
      if (s.dataset !== shownDataset) {
        shownDataset = s.dataset;
        // The pick lists name everyone: built when the panel is open (or opens) — 0.5 s of the
        // main thread at 50,000 people, for a panel most loads never open.
        rebuildLists(element.hidden ? null : ctx.dataset());
        renderNode();
        reflectTieAvailability();
        if (!element.hidden) {
          followSelection();
          reflectMeet();
        }
        reflectHistory();
      } else if (s.selected !== prev.selected) {
        renderNode();
        reflectTieAvailability();
        if (!element.hidden) followSelection();
      }
    }),
    listen(document, "keydown", (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target) || document.querySelector("dialog[open]")) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        void ws.undo();
      } else if ((key === "z" && e.shiftKey) || key === "y") {
        e.preventDefault();
        void ws.redo();
      }
    }),
  );
  renderNode();
  reflectTieAvailability();
  reflectHistory();

  const panel: EditPanel = {
    element,
    isOpen: () => !element.hidden,
    toggle(open) {
      const wasHidden = element.hidden;
      // Closed while the keyboard was in it (its × button): focus goes back to the
      // Workspace menu's button, whose "Edit the map" opened it — not to the page's start.
      const hadFocus = element.contains(document.activeElement);
      element.hidden = !(open ?? element.hidden);
      if (element.hidden && !wasHidden && hadFocus) document.getElementById("workspace-toggle")?.focus();
      // Open, the panel covers the map's right side: the map is framed left of it (or the one being edited moved out from under it); closed, on the whole width again.
      if (element.hidden !== wasHidden) {
        document.dispatchEvent(new Event(MAP_COVER_CHANGED)); // the legend folds or unfolds for the room left
        ctx.map.clearAreaChanged(ctx.store.state.selected);
      }
      if (!element.hidden) {
        rebuildLists(ctx.dataset());
        renderNode();
        reflectTieAvailability();
        followSelection();
        reflectMeet();
        element.querySelector<HTMLElement>("select, input, summary")?.focus();
      }
    },
    dispose() {
      for (const c of cleanups) c();
    },
  };
  return panel;
}
