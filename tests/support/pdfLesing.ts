/** Reading a produced PDF back as a reader and an archive would: its text, and what makes it PDF/A and tagged. */
import { strict as assert } from 'node:assert';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';

/** The text per page and all of it, whitespace collapsed (pdf.js may break a line anywhere). */
export async function tekstI(pdf: Buffer): Promise<{ sider: string[]; alt: string }> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  const sider = text.map((s) => s.replace(/\s+/g, ' '));
  return { sider, alt: sider.join(' ') };
}

interface Struktur {
  role?: string;
  children?: Struktur[];
}

/**
 * Asserts that the file declares PDF/A-2a and is what that promises: XMP metadata with the PDF/A part
 * and conformance, an output intent with an ICC profile, every font embedded (a FontFile2 per font
 * descriptor), marked as tagged with a structure tree of headings and paragraphs, in the language said (bokmål by default).
 */
export async function sjekkPdfA(pdf: Buffer, sprak: 'nb-NO' | 'nn-NO' = 'nb-NO'): Promise<void> {
  const raa = pdf.toString('latin1');
  const meta = await getMeta(new Uint8Array(pdf));
  const xmp = meta.metadata as unknown as Map<string, string> | undefined;
  assert.equal(xmp?.get('pdfaid:part'), '2', 'XMP names PDF/A part 2');
  assert.equal(xmp?.get('pdfaid:conformance'), 'A', 'XMP names conformance level A (accessible)');
  assert.match(raa, /<pdfaid:part>2<\/pdfaid:part>/, 'the XMP stream is readable in the raw file');
  assert.match(raa, /\/OutputIntents \[\d+ 0 R\]/, 'an output intent');
  assert.match(raa, /\/S \/GTS_PDFA1[\s\S]*?\/DestOutputProfile \d+ 0 R/, 'the output intent carries an ICC profile');
  const beskrivelser = raa.match(/\/Type \/FontDescriptor/g)?.length ?? 0;
  assert.ok(beskrivelser > 0, 'fonts are described');
  assert.equal(raa.match(/\/FontFile2 \d+ 0 R/g)?.length, beskrivelser, 'every font is embedded');
  assert.ok(!/\/BaseFont \/(Helvetica|Times|Courier)/.test(raa), 'no standard (unembedded) font');
  assert.equal((meta.info as Record<string, unknown>).Language, sprak);

  const doc = await getDocumentProxy(new Uint8Array(pdf));
  assert.equal((await doc.getMarkInfo())?.Marked, true, 'marked as tagged');
  const tre = (await (await doc.getPage(1)).getStructTree()) as Struktur;
  const roller = new Set<string>();
  const samle = (s: Struktur) => {
    if (s.role) roller.add(s.role);
    (s.children ?? []).forEach(samle);
  };
  samle(tre);
  for (const r of ['Document', 'H1', 'H2', 'P']) assert.ok(roller.has(r), `structure has ${r}`);
}
