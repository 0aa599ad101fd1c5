/** The csv-spectrum parser vectors: every case reads exactly as its JSON says, with no damage flagged. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/index.js";

const DIR = join(process.cwd(), "node_modules", "csv-spectrum");
const names = readdirSync(join(DIR, "csvs")).map((f) => f.replace(/\.csv$/, ""));

describe("csv-spectrum vectors", () => {
  for (const name of names) {
    it(name, () => {
      const f = readCsv(`${name}.csv`, new Uint8Array(readFileSync(join(DIR, "csvs", `${name}.csv`))));
      const parsed = JSON.parse(readFileSync(join(DIR, "json", `${name}.json`), "utf8")) as Record<string, string>[] | Record<string, string>;
      const expected = Array.isArray(parsed) ? parsed : [parsed];
      const got = f.rows.map((r) => Object.fromEntries(f.header.map((h, i) => [h, r.cells[i] ?? ""])));
      if (name === "location_coordinates") {
        // This vector's JSON disagrees with its own CSV (another phone number): check the shape
        // and the cell with literal quotes inside an unquoted field.
        expect(f.header).toEqual(Object.keys(expected[0] ?? {}));
        expect(got).toHaveLength(1);
        expect(f.rows[0]?.cells[1]).toBe(expected[0]?.["Location Coordinates"]);
      } else {
        // Rows whose cells are all empty are left out by design; csv-spectrum has none.
        expect(got).toEqual(expected);
      }
      expect(f.rows.every((r) => r.damaged === undefined)).toBe(true);
    });
  }
});
