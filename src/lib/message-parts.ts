// A message with an element inside it ("The {link} filters…", " — part of {parent}"): the page fills the
// placeholder with PART, then puts the element between the text before and after it, wherever the language
// places it.
export const PART = '\u0000';

/** The text before and after PART in a filled message. */
export function aroundPart(filled: string): [before: string, after: string] {
  const [before = '', after = ''] = filled.split(PART);
  return [before, after];
}
