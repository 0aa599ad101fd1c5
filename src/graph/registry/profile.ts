/**
 * Coalition Map — what the data contains (`dataProfile`) and what each requirement of an
 * analysis means in words (`REQUIREMENTS`), so availability messages are derived, not written
 * per analysis.
 */
import { isMember } from "../model.js";
import { stanceCell } from "../stance.js";
import type { CoalitionGraph } from "../types.js";
import type { DataProfile, Requirement } from "./types.js";

/** Counts what the analyses need to know about the data, in one pass over nodes and ties. */
export function dataProfile(graph: CoalitionGraph): DataProfile {
  let members = 0;
  let orgsWithServices = 0;
  let withSector = 0;
  let decisionMakers = 0;
  let stances = 0;
  graph.forEachNode((_, a) => {
    if (isMember(a)) members++;
    if (a.kind === "organization" && a.services.length > 0 && a.areas.length > 0) orgsWithServices++;
    if (a.sector) withSector++;
    if (a.decisionMaker) decisionMakers++;
    if (stanceCell(a) !== undefined) stances++;
  });
  return {
    nodes: graph.order,
    members,
    orgsWithServices,
    withSector,
    decisionMakers,
    stances,
    negativeTies: graph.someEdge((_, a) => a.sign === -1),
    format: graph.getAttribute("format"),
    surveyResponses: graph.getAttribute("survey")?.length ?? 0,
  };
}

/** Each requirement: whether the data meets it, and what is missing in words (no final period). */
export const REQUIREMENTS: Record<Requirement, { met(p: DataProfile): boolean; missing: string }> = {
  nodes: { met: (p) => p.nodes > 0, missing: "Needs at least one person or organization" },
  status: { met: (p) => p.members > 0, missing: "Needs a coalition status column (core/member)" },
  orgServices: { met: (p) => p.orgsWithServices > 0, missing: "Needs organizations with services and areas served (organizations.csv)" },
  statusOrStance: { met: (p) => p.members > 0 || p.stances > 0, missing: "Needs a coalition status column (core/member) or a stance column (opposed … champion)" },
  negativeTies: { met: (p) => p.negativeTies, missing: "No negative ties in the data (a sign column or conflict/bad_history types)" },
  survey: { met: (p) => p.surveyResponses > 0, missing: "Needs a partner survey (survey.csv)" },
};
