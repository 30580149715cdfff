/** A site path under the configured base ("/deals/" → "/atlas/deals/" when deployed under /atlas). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
