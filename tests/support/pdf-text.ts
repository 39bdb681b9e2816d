import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF, in reading order, one string per page with single spaces:
 * read with PDF.js (npm), so the print tests need no PDF tool from the system.
 */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: pdf, useSystemFonts: false });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    pages.push(text);
  }
  await task.destroy();
  return pages;
}
