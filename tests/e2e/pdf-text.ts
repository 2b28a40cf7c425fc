/**
 * The text and page count of a PDF, read with Mozilla's PDF.js (no system tool needed). Text is
 * NFKC-normalised (PDF fonts often map CJK characters to their compatibility forms) and its white
 * space collapsed, so a sentence broken across lines still reads as one.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(pdf: Uint8Array): Promise<{ pages: number; text: string }> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  const pages = doc.numPages;
  await task.destroy();
  return { pages, text: parts.join('').normalize('NFKC').replace(/\s+/g, ' ') };
}
