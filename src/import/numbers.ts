/**
 * Number cells, read the way the file's own locale writes them.
 *
 * A comma-separated file comes from a locale whose decimal mark is "." (1,000.5); a
 * semicolon-separated file from one whose decimal mark is "," (1.000,5), which is why Excel
 * chose ";" for it. A tab-separated file says nothing about the locale.
 *
 * "2,5" and "2.5" can only be decimals. "1,000" and "2.500" can be a decimal or a thousands
 * grouping: they are read as the file's locale says (as a decimal when it says nothing), and
 * flagged as ambiguous so the importer warns about them. "1,000,000" and "1.000,5" are
 * unambiguous groupings.
 */

export interface NumberReading {
  /** The value, NaN when the cell is not a number. */
  value: number;
  /** Set when the text could also mean something else: the other reading, in words. */
  ambiguous?: string;
}

const NAN: NumberReading = { value: Number.NaN };

/** The decimal mark a file's delimiter implies ("" when it implies none). */
export function decimalMarkOf(delimiter: string): "." | "," | "" {
  if (delimiter === ",") return ".";
  if (delimiter === ";") return ",";
  return "";
}

function grouped(body: string, thousands: string, decimal: string): number {
  const t = thousands === "." ? "\\." : thousands;
  const d = decimal === "." ? "\\." : decimal;
  const m = new RegExp(`^(\\d{1,3}(?:${t}\\d{3})+)(?:${d}(\\d+))?$`).exec(body);
  if (m === null) return Number.NaN;
  return Number(`${(m[1] ?? "").split(thousands).join("")}.${m[2] ?? "0"}`);
}

const DIGITS = /^\d+$/;

/** `n`, negated when the cell had a minus sign. */
function signed(negative: boolean, n: number): number {
  return negative ? -n : n;
}

/** Read a number cell of a file separated by `delimiter`. */
export function readNumber(raw: string, delimiter: string): NumberReading {
  const v = raw.trim().replace(/^\+/, "").replace(/^−/, "-");
  const negative = v.startsWith("-");
  const body = negative ? v.slice(1) : v;
  if (DIGITS.test(body)) return { value: signed(negative, Number(body)) };
  const single = /^(\d*)([.,])(\d*)$/.exec(body);
  if (single !== null) {
    const [, int = "", mark = ".", frac = ""] = single;
    if (int === "" && frac === "") return NAN;
    const asDecimal = Number(`${int === "" ? "0" : int}.${frac === "" ? "0" : frac}`);
    const groupShaped = frac.length === 3 && int.length >= 1 && int.length <= 3 && !int.startsWith("0");
    if (!groupShaped) return { value: signed(negative, asDecimal) };
    const asThousands = Number(`${int}${frac}`);
    const decimal = decimalMarkOf(delimiter);
    const readAsThousands = decimal !== "" && mark !== decimal;
    const value = signed(negative, readAsThousands ? asThousands : asDecimal);
    const other = signed(negative, readAsThousands ? asDecimal : asThousands);
    return { value, ambiguous: `it could also mean ${other}` };
  }
  for (const [t, d] of [[",", "."], [".", ","]] as const) {
    const n = grouped(body, t, d);
    if (!Number.isNaN(n)) return { value: signed(negative, n) };
  }
  return NAN;
}
