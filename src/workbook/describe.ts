/** An edit in words, for the undo and redo buttons and the list of changes ("Undo: Maria Lopez is now a member"). */
import type { Edit } from "./types.js";

const STATUS_WORDS: Readonly<Record<string, string>> = { core: "core", member: "a member", prospect: "a prospect", "": "no status" };

/** `name(id)` gives a node's name (the id when unknown). */
export function describeEdit(edit: Edit, name: (id: string) => string): string {
  const tie = (from: string, to: string, type: string) => `${name(from)} – ${name(to)} (${type.replace(/_/g, " ")})`;
  switch (edit.kind) {
    case "addPerson":
      return `add ${edit.name}`;
    case "addOrganization":
      return `add ${edit.name}`;
    case "addTie":
      return `add the tie ${tie(edit.from, edit.to, edit.type)}`;
    case "changeTie":
      return `change the tie ${tie(edit.tie.from, edit.tie.to, edit.tie.type)}`;
    case "removeTie":
      return `remove the tie ${tie(edit.tie.from, edit.tie.to, edit.tie.type)}`;
    case "setStatus":
      return `${name(edit.node)} is ${STATUS_WORDS[edit.status] ?? edit.status}`;
    case "setDecisionMaker":
      return `${name(edit.node)} ${edit.value ? "is" : "is not"} a decision maker`;
    case "setLivedExperience":
      return `${name(edit.node)} ${edit.value ? "has" : "has no"} lived experience`;
    case "setArea":
      return `${name(edit.node)}'s area: ${edit.areas.join(", ") || "none"}`;
    case "setServices":
      return `${name(edit.node)}'s services: ${edit.services.join(", ") || "none"}`;
    case "logAsk":
      return `ask of ${name(edit.person)} by ${name(edit.member)} (${edit.outcome})`;
    case "logOneOnOne":
      return `one-on-one of ${name(edit.member)} with ${name(edit.person)}`;
  }
}
