/**
 * A folder as an organizer leaves it: a tab-separated export (.tsv) beside the CSV files, a sheet
 * still saved as .xlsx / .ods / .numbers, a file that is really a workbook renamed .csv. Nothing is
 * left out silently: a .tsv is read, a workbook beside the CSV files is named in a warning, a
 * folder of workbooks only says what to do, a renamed workbook says which program made it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError, importCoalition } from "../../src/import/index.js";
import { cli } from "../helpers/cli.js";

interface Report {
  import: { files: { file: string; delimiter: string; imported: number }[]; warnings: { file: string; message: string }[] };
}

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "coalition-other-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const XLSX = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") });
const ODS = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<x/>") }, { level: 0 });
const NUMBERS = zipSync({ "Index/Document.iwa": new Uint8Array([1, 2, 3]), "Metadata/Properties.plist": strToU8("x") });

describe("spreadsheets saved in other forms", () => {
  it("a folder's .tsv files are read; an .xlsx beside them is named in a warning (a lock file ~$ is not)", () => {
    const dir = folder({
      "people.tsv": "id\tname\np1\tAna\np2\tBen\n",
      "connections.csv": "from,to,strength\np1,p2,3\n",
      "organizations.xlsx": XLSX,
      "~$organizations.xlsx": "lock",
    });
    const run = cli([dir, "--quiet", "--json"]);
    expect(run.code, run.err).toBe(0);
    const r = JSON.parse(run.out) as Report;
    expect(r.import.files.map((f) => [f.file, f.delimiter, f.imported]).sort()).toEqual([
      ["connections.csv", ",", 1],
      ["people.tsv", "\t", 2],
    ]);
    const w = r.import.warnings.filter((x) => x.message.includes("was not read"));
    expect(w).toEqual([
      {
        file: "organizations.xlsx",
        line: 1,
        message:
          "organizations.xlsx was not read: it is an Excel workbook, and Coalition Map reads CSV files. If it holds people, organizations or ties, open it in your spreadsheet program and save each sheet as CSV (comma, semicolon or tab separated) beside the other files.",
      },
    ]);
  });

  it("a folder of workbooks only: the error names them and says what to do", () => {
    const dir = folder({ "people.ods": ODS, "ties.numbers": NUMBERS });
    const run = cli([dir, "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`holds no .csv files. It holds "people.ods", "ties.numbers": open each in your spreadsheet program and save each sheet as CSV.`);
  });

  it.each([
    ["an Excel workbook", XLSX],
    ["an OpenDocument (LibreOffice) spreadsheet", ODS],
    ["an Apple Numbers spreadsheet", NUMBERS],
    ["an older Excel workbook (.xls)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
  ])("a file renamed .csv that is really %s says so", (kind, bytes) => {
    let message = "";
    try {
      importCoalition([{ name: "people.csv", bytes }]);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      message = (e as Error).message;
    }
    expect(message).toBe(`people.csv is not a CSV file: it looks like ${kind}. Open it in your spreadsheet program and save each sheet with "Save as… CSV".`);
  });
});
