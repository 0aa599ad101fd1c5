/**
 * A file that is not UTF-8 and not Western European either.
 *
 * Excel's plain "CSV" is written in the Windows code page of the computer's language: Windows-1252
 * in Western Europe and the Americas, but Windows-1251 in Russia or Ukraine, 1253 in Greece, 1255
 * in Israel, 1256 in Arabic-speaking countries, 1250 in Central Europe, GBK in China, Shift_JIS in
 * Japan, EUC-KR in Korea, Big5 in Taiwan. Read as Windows-1252, such a file gives names such as
 * "Èâàí Ïåòðîâ" (Иван Петров) — consistently, so the network looked right and nothing said the
 * names were wrong.
 *
 * Read as Windows-1252, Western European words have few accented letters ("Núñez", "Hélène");
 * another alphabet's letters come out as words made mostly of accented letters ("Èâàí"), or with
 * symbols inside them ("Wroc³aw", Polish ł). When a tenth of the Windows-1252 reading's words are
 * such, the other code pages are tried in order, and the first is kept in which nearly every word
 * is written in one alphabet (see `fits`). The caller says which one it chose, or that none fitted.
 * Mac Roman (Excel on a Mac before 2016, "CSV (Macintosh)") is Western European in other bytes:
 * read as Windows-1252 its accented letters come out as signs or letters glued inside words
 * ("JosŽ Nœ–ez", "Fran\u008Dois") — a capital after a small letter, a dash or a control character
 * between letters — and it is tried first, as a Latin alphabet whose words are all well formed.
 *
 * Limits: a file of one or two short names can fit a wrong code page (the warning shows both
 * readings); Chinese GBK and Big5 are told apart only by the characters each leaves undefined (a
 * short file's name can be read in both: the warning says so); a Mac Roman file whose only accented
 * letter is í reads in Windows-1252 as an apostrophe ("Mar’a", as in O’Brien) and is not noticed.
 */

/** The code pages tried, in this order, and their names in words. */
export const LEGACY_ENCODINGS = [
  ["macintosh", "Western European (Mac Roman, from an older Mac)"],
  ["windows-1251", "Cyrillic (Windows-1251)"],
  ["windows-1253", "Greek (Windows-1253)"],
  ["windows-1255", "Hebrew (Windows-1255)"],
  ["windows-1256", "Arabic (Windows-1256)"],
  ["windows-1250", "Central European (Windows-1250)"],
  ["euc-kr", "Korean (EUC-KR)"],
  ["shift_jis", "Japanese (Shift_JIS)"],
  ["gbk", "Chinese (GBK)"],
  ["big5", "Traditional Chinese (Big5)"],
] as const;

export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number][0];

export interface LegacyReading {
  /** The code page chosen, when one fitted. */
  encoding?: LegacyEncoding;
  /** Its text (the Windows-1252 text when none fitted). */
  text: string;
  /** The first odd word of the Windows-1252 reading, its line, and (when a code page fitted) the same word read so. */
  line: number;
  seen: string;
  read?: string;
  /**
   * Other code pages that fit as well, when the file has too few words to tell (FEW_TOKENS or
   * fewer holding a non-ASCII character: one or two short names), each with the same cell read so.
   */
  alternatives?: { encoding: LegacyEncoding; read: string }[];
}

/** Up to this many tokens with a non-ASCII character, every code page that fits is listed (a few short names fit several). */
const FEW_TOKENS = 12;

/** A word: letters with their marks, and the Latin-1 symbols that stand for letters of other code pages (£ ³ ¹ ¯ ¥ ¼ ¾ ¦). */
const WORD = /[\p{L}\p{M}£¥¦¯³¹¼¾]+/gu;
const LETTER = /\p{L}/u;
const SYMBOL_IN_WORD = /[£¥¦¯³¹¼¾]/;
const NON_ASCII = /[^\x00-\x7f]/;
const C1_CONTROL = /[\u0080-\u009f]/;
const CYRILLIC_VOWELS = /[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/;

/**
 * A sign glued between two letters that no alphabet writes there ("и№О", "R“c", "ý¤p"), as random
 * bytes read in the wrong code page give; apostrophes, hyphens and the middle dot are at home there.
 */
const GLUED_SIGN = /\p{L}\p{M}*[^\p{L}\p{M}\p{N}\s\x00-\x7f\u2018\u2019\u02bc\u2010\u2011\u00b7]+\p{L}/u;

/** The script of a letter, by the families that matter here ("latin" for ASCII and Latin letters). */
function scriptOf(ch: string): string {
  if (/\p{Script=Latin}/u.test(ch)) return "latin";
  if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
  if (/\p{Script=Greek}/u.test(ch)) return "greek";
  if (/\p{Script=Hebrew}/u.test(ch)) return "hebrew";
  if (/\p{Script=Arabic}/u.test(ch)) return "arabic";
  if (/\p{Script=Hangul}/u.test(ch)) return "hangul";
  if (/[\uff61-\uff9f]/.test(ch)) return "half-width kana";
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) return "kana";
  if (/\p{Script=Han}/u.test(ch)) return "han";
  return "other";
}

/**
 * A Latin word that reads as another alphabet's letters: a symbol inside it, mostly accented letters
 * (three or more), or an accented capital after a small letter ("JosŽ", "BŠckerei": Mac Roman's é
 * and ä; no Western European word is written so).
 */
function oddLatin(word: string): boolean {
  if (SYMBOL_IN_WORD.test(word)) return LETTER.test(word);
  let letters = 0;
  let accented = 0;
  let lowerBefore = false;
  /** An accented capital after another letter: odd when a small letter follows ("GŽrard", "MŸller"). */
  let capitalInside = false;
  for (const ch of word) {
    if (!LETTER.test(ch)) continue;
    const upper = ch !== ch.toLowerCase();
    const lower = !upper && ch !== ch.toUpperCase();
    if (capitalInside && lower) return true;
    capitalInside = false;
    if (NON_ASCII.test(ch)) {
      accented++;
      if (upper && lowerBefore) return true;
      capitalInside = upper && letters > 0;
    }
    letters++;
    lowerBefore ||= lower;
  }
  return letters >= 3 && accented * 2 > letters;
}

/**
 * True when a word read in a code page is one alphabet's word: letters of one script (Japanese
 * mixes kanji and kana; Chinese is kanji alone), no word starting with a combining mark, no small
 * letter followed by a capital in Cyrillic, Greek or accented Latin (random bytes switch case at
 * random), and in Latin not mostly accented letters unless `latinAccents` (Central European: Żółć).
 */
function wellFormed(word: string, latinAccents: boolean): boolean {
  if (SYMBOL_IN_WORD.test(word) || /^\p{M}/u.test(word)) return false;
  let script: string | undefined;
  let lowerBefore = false;
  let kana = false;
  for (const ch of word) {
    if (!LETTER.test(ch)) continue;
    const s = scriptOf(ch);
    if (s === "half-width kana" || s === "other") return false;
    const family = s === "kana" || s === "han" ? "cjk" : s;
    if (s === "kana") kana = true;
    if (script === undefined) script = family;
    else if (script !== family) return false;
    if (s === "cyrillic" || s === "greek" || (s === "latin" && latinAccents)) {
      const lower = ch !== ch.toUpperCase();
      if (!lower && lowerBefore && (s !== "latin" || NON_ASCII.test(ch))) return false;
      lowerBefore ||= lower;
    }
  }
  if (script === "latin") return latinAccents || !oddLatin(word);
  return script !== "cjk" || kana || /^[\p{Script=Han}\p{M}]*$/u.test(word);
}

/** The most tokens judged: enough to tell an alphabet, and a large file is not read twice over. */
const MAX_TOKENS = 4000;

/** True for the characters between tokens: spaces (and line breaks), the delimiters, quote marks. */
function breaksToken(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3b || c === 0x22 || c === 0xa0 || c === 0x0c || c === 0x0b;
}

/**
 * The tokens of a text (between spaces, delimiters and quote marks) holding a non-ASCII character,
 * with their positions: the first MAX_TOKENS of them (found by searching for the non-ASCII
 * characters, not by walking every token of the file).
 */
function* tokensOf(text: string): Generator<{ token: string; index: number }> {
  const find = /[^\x00-\x7f]/g;
  for (let n = 0; n < MAX_TOKENS; n++) {
    const m = find.exec(text);
    if (m === null) return;
    let start = m.index;
    while (start > 0 && !breaksToken(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !breaksToken(text.charCodeAt(end))) end++;
    yield { token: text.slice(start, end), index: start };
    find.lastIndex = end;
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

/** The cells of a text's line (1-based), split at any of the delimiters; a quote mark is not special here (only for a message). */
function cellsOfLine(text: string, line: number): string[] {
  return (text.split(/\r\n|\r|\n/)[line - 1] ?? "").split(/[,;\t]/);
}

/** A token of the Windows-1252 reading that reads as another alphabet's bytes: a sign glued between letters, or an odd word. */
function oddToken(token: string): boolean {
  // A byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D: Mac Roman's Å ç è ê ù): never text in it.
  if (GLUED_SIGN.test(token) || C1_CONTROL.test(token)) return true;
  // Accented letters and signs with no plain letter or digit among them ("Ñî·«", "ÖÜ½Ü": a two-character
  // Chinese name in GBK); a Western word has plain letters beside its accents.
  if (!/[A-Za-z0-9]/.test(token) && LETTER.test(token) && [...token.matchAll(/[^\x00-\x7f]/g)].length >= 2) return true;
  for (const m of token.matchAll(WORD)) if (oddLatin(m[0])) return true;
  return false;
}

/** The Windows-1252 reading's odd tokens: how many, of how many tokens with a non-ASCII character, and the first. */
function oddTokens(text: string): { odd: number; tokens: number; first?: number } {
  let odd = 0;
  let tokens = 0;
  let first: number | undefined;
  for (const { token, index } of tokensOf(text)) {
    tokens++;
    if (!oddToken(token)) continue;
    odd++;
    first ??= index;
  }
  return first === undefined ? { odd, tokens } : { odd, tokens, first };
}

/** A code page's reading of the bytes, or undefined when they are not text in it (or the runtime lacks it). */
function decodeAs(encoding: LegacyEncoding, bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // C1 controls, replacement characters and private-use characters (GB18030 maps its unassigned codes there) are not text.
    return /[\u0080-\u009f\ufffd\ue000-\uf8ff]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * True when nearly every word of a code page's reading is well formed (one in twenty may not be: a
 * stray symbol), no sign is glued between letters, Cyrillic has its vowels (a quarter of its
 * letters at least: Greek or Hebrew bytes read as Cyrillic are strings of consonants), and Cyrillic
 * or Greek has a capital starting a word somewhere (Hebrew or Arabic bytes read as Greek are all
 * small letters; names are written with capitals). Words mostly of accented Latin letters are
 * Central European's own (Żółć) and allowed in it; the code pages of other alphabets come first.
 */
function fits(text: string, encoding: LegacyEncoding): boolean {
  if (encoding === "macintosh") return fitsWestern(text);
  let words = 0;
  let bad = 0;
  let cyrillic = 0;
  let vowels = 0;
  let capital = false;
  const bicameral = encoding === "windows-1251" || encoding === "windows-1253";
  const latin = encoding === "windows-1250";
  for (const { token } of tokensOf(text)) {
    if (GLUED_SIGN.test(token)) return false;
    for (const m of token.matchAll(WORD)) {
      const word = m[0];
      if (!NON_ASCII.test(word)) continue;
      words++;
      // Korean is written in Hangul: a word of Chinese characters alone read in EUC-KR is another code page's bytes.
      if (!wellFormed(word, latin) || (encoding === "euc-kr" && /\p{Script=Han}/u.test(word))) bad++;
      if (bicameral && !capital) capital = /^\p{Lu}/u.test(word) && scriptOf(word.charAt(0)) !== "latin";
      if (encoding !== "windows-1251") continue;
      for (const ch of word) {
        if (scriptOf(ch) !== "cyrillic") continue;
        cyrillic++;
        if (CYRILLIC_VOWELS.test(ch)) vowels++;
      }
    }
  }
  return words > 0 && bad * 20 <= words && vowels * 4 >= cyrillic && (capital || !bicameral);
}

/** The letters of Western European names: ASCII, Latin-1's letters, Œ œ Ÿ. */
const WESTERN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0178]/;
/** What may lead or end a token without being part of its word: punctuation (“ ” – — … ¿ «), not a symbol (≥ £ √). */
const EDGE = /^\p{P}+|\p{P}+$/gu;

/**
 * True when a Mac Roman reading is Western European text: in nearly every token holding a non-ASCII
 * character (19 in 20), once the signs at its ends are set aside (“quoted”, – a dash), only
 * Western letters, ASCII and an apostrophe; no capital right after a small letter unless both are
 * ASCII (McDonald, but not "cafÈ", "éR"); not mostly accented letters. The other code pages' bytes
 * read as Mac Roman give its symbols (√ ∂ ≈ ª π ˜) inside words, or strings of accented letters.
 */
function fitsWestern(text: string): boolean {
  let tokens = 0;
  let bad = 0;
  for (const { token } of tokensOf(text)) {
    tokens++;
    const core = token.replace(EDGE, "");
    if (!NON_ASCII.test(core)) continue;
    if (!westernWord(core)) bad++;
  }
  return tokens > 0 && bad * 20 <= tokens;
}

function westernWord(core: string): boolean {
  let lowerBefore = false;
  let accentedBefore = false;
  let letters = 0;
  let accented = 0;
  for (const ch of core) {
    const ascii = !NON_ASCII.test(ch);
    if (!ascii && ch !== "\u2019" && !WESTERN_LETTER.test(ch)) return false;
    if (!LETTER.test(ch)) {
      lowerBefore = accentedBefore = false;
      continue;
    }
    letters++;
    if (!ascii) accented++;
    const upper = ch !== ch.toLowerCase();
    if (upper && lowerBefore && (!ascii || accentedBefore)) return false;
    lowerBefore = !upper && ch !== ch.toUpperCase();
    accentedBefore = !ascii;
  }
  // A word of one accented letter is a French, Spanish or Italian one (à, é, ó, è), or nothing Western.
  if (letters === 1 && accented === 1) return /^[àáèéòóùú]$/.test(core);
  return letters <= 1 || accented * 2 <= letters;
}

/**
 * The reading of a file that is not UTF-8, given its Windows-1252 reading: undefined when that
 * reads as Western European text; otherwise the first code page that fits, or none (then the
 * Windows-1252 text, to be warned about).
 */
export function legacyReading(bytes: Uint8Array, cp1252Text: string): LegacyReading | undefined {
  const { odd, tokens, first } = oddTokens(cp1252Text);
  if (first === undefined || odd * 10 < tokens) return undefined;
  const line = lineAt(cp1252Text, first);
  const cells = cellsOfLine(cp1252Text, line);
  const cell = Math.max(0, cells.findIndex((c) => oddTokens(c).odd > 0));
  const cut = (c: string | undefined) => (c ?? "").trim().slice(0, 40);
  const seen = cut(cells[cell]);
  // A file of some words tells its code page: the first that fits. One of a few short names may fit
  // several: all are listed, and the one whose reading has the fewest signs among its letters is kept
  // ("杨帆" in GBK, not "Со·«" in Cyrillic), the first in the list when they have as many.
  const fitting: { encoding: LegacyEncoding; text: string; read: string; signs: number }[] = [];
  for (const [encoding] of LEGACY_ENCODINGS) {
    const text = decodeAs(encoding, bytes);
    if (text === undefined || !fits(text, encoding)) continue;
    const read = cut(cellsOfLine(text, line)[cell]);
    if (tokens > FEW_TOKENS) return { encoding, text, line, seen, read };
    fitting.push({ encoding, text, read, signs: signsIn(text) });
  }
  const best = fitting.reduce<(typeof fitting)[number] | undefined>((b, f) => (b === undefined || f.signs < b.signs ? f : b), undefined);
  if (best === undefined) return { text: cp1252Text, line, seen };
  const found: LegacyReading = { encoding: best.encoding, text: best.text, line, seen, read: best.read };
  const alternatives = fitting.filter((f) => f !== best).map(({ encoding, read }) => ({ encoding, read }));
  return alternatives.length === 0 ? found : { ...found, alternatives };
}

/** How many characters that are neither ASCII nor letters (nor their marks) the tokens holding a non-ASCII character have: signs (° · « ½ ¬). */
function signsIn(text: string): number {
  let n = 0;
  for (const { token } of tokensOf(text)) for (const ch of token) if (NON_ASCII.test(ch) && !/[\p{L}\p{M}]/u.test(ch)) n++;
  return n;
}

/** A code page's name in words. */
export function legacyName(encoding: LegacyEncoding): string {
  return LEGACY_ENCODINGS.find(([e]) => e === encoding)?.[1] ?? encoding;
}
