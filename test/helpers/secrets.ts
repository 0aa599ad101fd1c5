/**
 * Test helper: what a redacted copy of the sample must never contain — every person's name and
 * id, every note (people, organizations, ties), every e-mail and phone — and `secretsIn(text)`,
 * the ones a text contains (those of at least 4 characters, so "Al" is not found inside "Also").
 */
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "./sample.js";

export function sampleSecrets(): Set<string> {
  const { graph } = importCoalition(sampleFiles());
  const secrets = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.notes) secrets.add(a.notes);
    for (const v of Object.values(a.extra)) if (/@|\d{3}-\d{4}/.test(v)) secrets.add(v);
    if (a.kind === "person") {
      secrets.add(a.label);
      secrets.add(id);
    }
  });
  graph.forEachEdge((_e, a) => void (a.notes && secrets.add(a.notes)));
  return secrets;
}

/** The secrets of the sample that `text` contains (empty: none). */
export function secretsIn(text: string, secrets: Set<string> = sampleSecrets()): string[] {
  const found = [...secrets].filter((s) => s.length >= 4 && text.includes(s));
  if (/@example\.org|555-01\d\d/.test(text)) found.push("an e-mail or phone of the sample");
  return found;
}
