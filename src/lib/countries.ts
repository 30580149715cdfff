// Country names for ISO 3166-1 alpha-2 codes, from the runtime's CLDR data (Node's full ICU), so no list is
// kept by hand: "KR" → "South Korea". Pages show names where there is room and codes in dense tables.
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English name of a region code, or undefined when it names no region ("XX", "ZZ"). */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return undefined;
  const name = names.of(code);
  return name && name !== code ? name : undefined;
}

/** The name to show for a code: its English name, or the code itself if it names no region. */
export function countryLabel(code: string): string {
  return countryName(code) ?? code;
}
