// Figures the i18n tests run every formatter over: the boundaries of each unit of magnitude in English
// (K/M/B/T) and in Korean and Chinese (만/억/조, 万/亿/万亿), where rounding carries a figure into the next
// unit, and a fixed pseudo-random spread over every magnitude the data can hold.

const EDGES = [
  0, 0.5, 1, 12.345, 940, 999.4, 999.5, 1000, 1234, 5432, 9999, 10_000, 12_500, 99_995, 1e5, 123_456, 999_499, 999_500, 1e6,
  9_999_000, 49.7e6, 99_994_999, 99_995_000, 1e8, 630e6, 999.996e6, 1e9, 1.35e9, 1.234e9, 5.6e9, 27.68e9, 66e9, 87.82e9,
  123.456e9, 999.4e9, 999.96e9, 1e12, 5.5e12, 8.2e12, 1e15, 1e16,
];

/** A fixed spread: 3 significant figures or more at every power of ten from 1 to 10^14. */
function spread(n: number): number[] {
  let seed = 19;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => Math.round(next() * 10 ** (1 + Math.floor(next() * 14)) * 100) / 100);
}

export const AMOUNTS = [...EDGES, ...spread(300)];

/** Shares, changes and ratios as the data holds them: one decimal, some negative. */
export const PERCENTS = [0, 0.3, 2.9, 3.75, 28, 42, 99.95, 100, 222, -2.9, -0.04, -100];

const UNIT_WORDS: [RegExp, number][] = [
  [/万亿|조|T/, 1e12],
  [/B/, 1e9],
  [/亿|억/, 1e8],
  [/M/, 1e6],
  [/万|만/, 1e4],
  [/K/, 1e3],
];

/** The amount a written figure states: "276.8억 위안" → 27.68e9, "CN¥27.68B" → 27.68e9, "5,430 달러" → 5430. */
export function readAmount(text: string): number {
  const found = /[\d,]+(?:\.\d+)?/.exec(text)!;
  const digits = found[0].replaceAll(',', '');
  const rest = text.slice(found.index + found[0].length);
  const unit = UNIT_WORDS.find(([re]) => re.test(rest));
  // Scale in integers: 276.8 × 10^8 read as 2768 × 10^7, so the comparison is exact.
  const decimals = digits.split('.')[1]?.length ?? 0;
  return (Number(digits.replace('.', '')) * (unit?.[1] ?? 1)) / 10 ** decimals;
}
