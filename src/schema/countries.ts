// Which ISO 3166-1 alpha-2 codes name a region, from the runtime's CLDR data (Node's full ICU), so no list is
// kept by hand: "KR" → "South Korea". Under schema because the country-code schema accepts only codes that
// name a region; lib/countries.ts builds the labels pages show on it.
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English name of a region code, or undefined when it names no region ("XX", "ZZ"). */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return undefined;
  const name = names.of(code);
  return name && name !== code ? name : undefined;
}
