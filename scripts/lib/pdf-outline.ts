// PDF bookmarks (the outline a viewer shows beside the pages), written with pdf-lib's low-level objects:
// pdf-lib has no outline API, and Chromium's own outline (from headings) covers one printed page, not a
// merged report.
import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  title: string;
  /** Page index, from 0. */
  page: number;
  children?: OutlineItem[];
  /** Children shown without a click (the default). */
  open?: boolean;
}

/** Adds the outline to the document and opens it with the outline shown. Objects are made in order: same input, same bytes. */
export function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (!items.length) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();

  /** Writes a list of siblings under parent; returns its first and last entry and how many entries it shows open. */
  const write = (list: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; visible: number } => {
    const refs = list.map(() => ctx.nextRef());
    let visible = 0;
    list.forEach((item, i) => {
      const target = pages[item.page];
      if (!target) throw new Error(`outline entry "${item.title}" points at page ${item.page + 1} of ${pages.length}`);
      const dict = ctx.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: [target.ref, 'Fit'] });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      visible++;
      if (item.children?.length) {
        const sub = write(item.children, refs[i]!);
        const open = item.open ?? true;
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        // Count: entries shown under this one when open; negative when closed (PDF 32000-1, 12.3.3).
        dict.set(PDFName.of('Count'), PDFNumber.of(open ? sub.visible : -sub.visible));
        if (open) visible += sub.visible;
      }
      ctx.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, visible };
  };

  const top = write(items, rootRef);
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.visible }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
