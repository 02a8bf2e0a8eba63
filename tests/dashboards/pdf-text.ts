/** The text of a PDF, page by page, read with pdf.js (an independent reader of what Chromium printed). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
          .join('')
          .replace(/[ \t]+/g, ' '),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** A4 in PDF points, as the first page's MediaBox gives it. */
export async function pdfPageSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  try {
    const [, , width, height] = (await doc.getPage(1)).view;
    return { width: Math.round(width!), height: Math.round(height!) };
  } finally {
    await doc.destroy();
  }
}
