/**
 * A document as PDF: a neutral model (title, marking, sections of labelled lines and paragraphs)
 * rendered with pdfkit and an embedded DejaVu Sans, so æ, ø, å and any name a pupil may have render
 * and can be read back as text. The use cases build the model; this file only lays it out.
 *
 * Every file is PDF/A-2a, because archives ask for it (Noark 5 takes PDF/A): pdfkit writes the XMP
 * metadata with the PDF/A part, an sRGB output intent and embeds (subsets of) the TrueType fonts.
 * The «a» level means tagged: a structure tree (Document, H1, H2, H3, P) in reading order, the
 * footer marked as a pagination artifact, the language (nb-NO or nn-NO) and the title shown — what a screen
 * reader needs to read the document as headings and paragraphs.
 */
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

export type Avsnitt =
  | { type: 'tekst'; tekst: string }
  | { type: 'felt'; etikett: string; verdi: string }
  | { type: 'underoverskrift'; tekst: string };

export interface Seksjon {
  overskrift: string;
  avsnitt: Avsnitt[];
}

export interface Dokument {
  tittel: string;
  /** Printed at the top of the first page and in every page's footer, e.g. «Unntatt offentlighet …». */
  merking?: string;
  /** Lines under the title on the first page (case number, school, dates). */
  forside: { etikett: string; verdi: string }[];
  seksjoner: Seksjon[];
  /** The PDF's metadata title and subject. */
  metadata: { tittel: string; emne: string };
  /** The language it is written in, for a screen reader (a record in the målform, a letter in its own): bokmål when not said. */
  sprak?: 'nb' | 'nn';
}

// Resolved from the package's own folder: the font ships with the app, nothing is fetched.
const FONTMAPPE = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonter: { vanlig: Buffer; fet: Buffer } | undefined;
function lastFonter() {
  fonter ??= { vanlig: fs.readFileSync(path.join(FONTMAPPE, 'DejaVuSans.ttf')), fet: fs.readFileSync(path.join(FONTMAPPE, 'DejaVuSans-Bold.ttf')) };
  return fonter;
}

/** Renders the document; resolves with the PDF bytes. */
export function tilPdf(d: Dokument): Promise<Buffer> {
  const f = lastFonter();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 60, right: 60 },
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    displayTitle: true,
    info: { Title: d.metadata.tittel, Subject: d.metadata.emne, Creator: 'Skolemiljø for Teams' },
    lang: `${d.sprak ?? 'nb'}-NO`,
  });
  const biter: Buffer[] = [];
  const ferdig = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (b: Buffer) => biter.push(b));
    doc.on('end', () => resolve(Buffer.concat(biter)));
    doc.on('error', reject);
  });
  doc.registerFont('vanlig', f.vanlig);
  doc.registerFont('fet', f.fet);

  // The structure tree a screen reader follows: one Document with headings and paragraphs in reading order.
  const rot = doc.struct('Document');
  doc.addStructure(rot);
  const blokk = (type: 'H1' | 'H2' | 'H3' | 'P', tegn: () => void) => rot.add(doc.struct(type, {}, tegn));

  if (d.merking) blokk('P', () => doc.font('fet').fontSize(10).fillColor('#a4262c').text(d.merking!).moveDown(0.8));
  blokk('H1', () => doc.font('fet').fontSize(18).fillColor('black').text(d.tittel).moveDown(0.5));
  for (const l of d.forside) blokk('P', () => felt(doc, l.etikett, l.verdi));
  for (const s of d.seksjoner) {
    doc.moveDown(1);
    blokk('H2', () => doc.font('fet').fontSize(13).fillColor('black').text(s.overskrift).moveDown(0.3));
    for (const a of s.avsnitt) {
      if (a.type === 'tekst') blokk('P', () => doc.font('vanlig').fontSize(10).text(a.tekst).moveDown(0.3));
      else if (a.type === 'underoverskrift') blokk('H3', () => doc.moveDown(0.3).font('fet').fontSize(11).text(a.tekst).moveDown(0.2));
      else blokk('P', () => felt(doc, a.etikett, a.verdi));
    }
  }
  rot.end();

  // Footer on every page: the marking and "side x av y", so a single printed page still says what it is.
  const sider = doc.bufferedPageRange();
  for (let i = 0; i < sider.count; i++) {
    doc.switchToPage(sider.start + i);
    const bunn = doc.page.height - 40;
    const fot = `${d.merking ? `${d.merking} – ` : ''}side ${i + 1} av ${sider.count}`;
    doc.page.margins.bottom = 0;
    // Repeated on every page: an artifact, so a screen reader does not read it as content.
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('vanlig').fontSize(8).fillColor('#555555').text(fot, 60, bunn, { width: doc.page.width - 120, align: 'center', lineBreak: false });
    doc.endMarkedContent();
  }
  doc.end();
  return ferdig;
}

function felt(doc: PDFKit.PDFDocument, etikett: string, verdi: string): void {
  doc.font('fet').fontSize(10).fillColor('black').text(`${etikett}: `, { continued: true }).font('vanlig').text(verdi === '' ? '–' : verdi).moveDown(0.15);
}
