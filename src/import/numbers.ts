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
 *
 * Digits of every script are read (Unicode's decimal digits, general category Nd: Arabic-Indic
 * ٣, Persian and Urdu ۳, Devanagari ३, full-width ３…) when the whole number is written in one
 * script; the Arabic decimal separator ٫ is a decimal point and the Arabic thousands separator ٬
 * a grouping. A number mixing two scripts' digits (1٣) is not read, and says why. Scientific
 * notation (1e-05, 2.5E+3) is read as written.
 */

export interface NumberReading {
  /** The value, NaN when the cell is not a number. */
  value: number;
  /** Set when the text could also mean something else: the other reading, in words. */
  ambiguous?: string;
  /** Set when the text is not a number for a reason worth saying (the value is then NaN), in words. */
  problem?: string;
}

const NAN: NumberReading = { value: Number.NaN };

/**
 * The dashes that stand for a minus sign when they lead a number or make a sign cell: the minus
 * sign − (U+2212), the hyphens ‐ ‑ (U+2010, U+2011), the figure, en and em dashes ‒ – — (which
 * word processors and some spreadsheets put for a typed "-"), the small and full-width hyphen-minus.
 */
const MINUS_LIKE = /^[\u2010-\u2014\u2212\ufe63\uff0d]/;

/** `text` with a leading dash that stands for a minus sign written "-". */
export function asciiMinus(text: string): string {
  return text.replace(MINUS_LIKE, "-");
}

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
const SCIENTIFIC = /^(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/;

/** `n`, negated when the cell had a minus sign. */
function signed(negative: boolean, n: number): number {
  return negative ? -n : n;
}

/** Any decimal digit (of any script). */
const DECIMAL_DIGIT = /\p{Nd}/u;
const ARABIC_DECIMAL = "\u066B"; // ٫
const ARABIC_THOUSANDS = "\u066C"; // ٬
/** Full-width signs and marks typed with full-width digits (Chinese, Japanese, Korean input). */
const FULL_WIDTH_MARKS: ReadonlyMap<string, string> = new Map([
  ["\uFF0B", "+"],
  ["\uFF0D", "-"],
  ["\uFF0E", "."],
  ["\uFF0C", ","],
]);

/** The scripts whose digits organizers are most likely to type, by the code point of their zero. */
const SCRIPT_OF_ZERO: ReadonlyMap<number, string> = new Map([
  [0x30, "Western"],
  [0x660, "Arabic-Indic"],
  [0x6f0, "Persian/Urdu"],
  [0x7c0, "N'Ko"],
  [0x966, "Devanagari"],
  [0x9e6, "Bengali"],
  [0xa66, "Gurmukhi"],
  [0xae6, "Gujarati"],
  [0xb66, "Odia"],
  [0xbe6, "Tamil"],
  [0xc66, "Telugu"],
  [0xce6, "Kannada"],
  [0xd66, "Malayalam"],
  [0xe50, "Thai"],
  [0xed0, "Lao"],
  [0xf20, "Tibetan"],
  [0x1040, "Myanmar"],
  [0x17e0, "Khmer"],
  [0x1810, "Mongolian"],
  [0xff10, "full-width"],
]);

/**
 * The code point of the zero of a decimal digit's script. Unicode encodes the decimal digits of
 * each script as a run of ten code points, 0 to 9 in order (a stability guarantee; a few scripts,
 * such as the mathematical digits, have several runs side by side), so the zero is found by going
 * back to the start of the digits' run, then forward by whole tens.
 */
function zeroOf(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return 0x30;
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return start + Math.floor((cp - start) / 10) * 10;
}

/** A script's digits in words, for a message: "٣ (Arabic-Indic)". */
function digitInWords(digit: string, zero: number): string {
  const script = SCRIPT_OF_ZERO.get(zero);
  return script === undefined ? digit : `${digit} (${script})`;
}

/**
 * `body` with its digits (of any one script) written 0–9, full-width marks as their ASCII
 * forms, and the Arabic separators ٫ ٬ as "." and "," (`arabicMarks` then says so); or, when the
 * digits come from two scripts, the problem in words.
 */
function westernDigits(body: string): { text: string; arabicMarks: boolean } | string {
  let text = "";
  let arabicMarks = false;
  let first: { digit: string; zero: number } | undefined;
  for (const ch of body) {
    const cp = ch.codePointAt(0) ?? 0;
    if (DECIMAL_DIGIT.test(ch)) {
      const zero = zeroOf(cp);
      if (first === undefined) first = { digit: ch, zero };
      else if (zero !== first.zero) {
        return `it mixes the digits of two writing systems, ${digitInWords(first.digit, first.zero)} and ${digitInWords(ch, zero)}; write the whole number in one of them`;
      }
      text += String(cp - zero);
    } else if (ch === ARABIC_DECIMAL || ch === ARABIC_THOUSANDS) {
      arabicMarks = true;
      text += ch === ARABIC_DECIMAL ? "." : ",";
    } else text += FULL_WIDTH_MARKS.get(ch) ?? ch;
  }
  return { text, arabicMarks };
}

/**
 * A number written with the Arabic separators (already turned into "." and ","): ٫ is always the
 * decimal point and ٬ always a grouping, so nothing is ambiguous; ASCII marks beside them are.
 */
function arabicNumber(text: string): number {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return grouped(text, ",", ".");
}

/** Read a number cell of a file separated by `delimiter`. */
export function readNumber(raw: string, delimiter: string): NumberReading {
  const v = raw.trim();
  // Digits 0–9 first (every rule below reads only those: a cell with other digits is NaN there).
  const ascii = readWesternNumber(v, delimiter);
  if (!Number.isNaN(ascii.value) || !/[^\x00-\x7f]/.test(v)) return ascii;
  const folded = westernDigits(v);
  if (typeof folded === "string") return { value: Number.NaN, problem: folded };
  if (/[eE]/.test(folded.text)) return NAN; // scientific notation only as programs write it, in digits 0–9
  if (folded.arabicMarks) {
    if (/[.,\uFF0C\uFF0E]/.test(v)) return NAN; // "." or "," beside ٫ or ٬: which one is the decimal point?
    const av = asciiMinus(folded.text.replace(/^\+/, ""));
    const negative = av.startsWith("-");
    return { value: signed(negative, arabicNumber(negative ? av.slice(1) : av)) };
  }
  return readWesternNumber(folded.text, delimiter);
}

/** A trimmed number cell written with the digits 0–9, by the rules of the module comment. */
function readWesternNumber(text: string, delimiter: string): NumberReading {
  const v = asciiMinus(text.replace(/^\+/, ""));
  const negative = v.startsWith("-");
  const body = negative ? v.slice(1) : v;
  if (DIGITS.test(body)) return { value: signed(negative, Number(body)) };
  // Scientific notation, as Python, R and igraph write small and large numbers: 1e-05, 2.5E+3.
  if (SCIENTIFIC.test(body)) return { value: signed(negative, Number(body)) };
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
