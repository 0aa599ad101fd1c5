/**
 * A run of decimal digits without its leading zeros, keeping the last digit: `007` → `7`,
 * `000` → `0`, `10` → `10`. Two runs name the same number exactly when their results are equal, and
 * the results compare as numbers by length, then as text — with no limit of size (Number loses
 * digits past 2^53). Used for ids a spreadsheet wrote without their zeros (import/state.ts) and for
 * the numbers inside round labels (compare-round-labels.ts). Only zeros before a digit are removed,
 * so text that is not all digits is not a number to this function (`0a` stays `0a`).
 */
export function digitsWithoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "");
}
