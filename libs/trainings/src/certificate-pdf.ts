import PDFDocument from 'pdfkit';

export interface CertificatePdfData {
  code: string;
  holderName: string;
  organisationName: string;
  courseTitle: string;
  courseCode: string;
  issuedOn: string;
  validUntil: string;
  verifyUrl: string;
  revoked: boolean;
}

const TEXT = {
  de: {
    title: 'Schulungszertifikat',
    intro: 'Hiermit wird bestätigt, dass',
    of: 'von',
    completed: 'die Schulung erfolgreich abgeschlossen hat:',
    issued: 'Ausgestellt am',
    valid: 'Gültig bis',
    code: 'Prüfcode',
    verify: 'Echtheit prüfen:',
    revoked: 'WIDERRUFEN',
  },
  en: {
    title: 'Training certificate',
    intro: 'This is to certify that',
    of: 'of',
    completed: 'has successfully completed the training:',
    issued: 'Issued on',
    valid: 'Valid until',
    code: 'Verification code',
    verify: 'Verify at:',
    revoked: 'REVOKED',
  },
} as const;

function formatDate(date: string, locale: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A one-page A4 certificate; the standard fonts cover German umlauts (WinAnsi). */
export function renderCertificatePdf(data: CertificatePdfData, locale: 'de' | 'en'): Promise<Buffer> {
  const t = TEXT[locale];
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: `${t.title} ${data.code}`, Author: 'Partner Portal' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(28).text(t.title, { align: 'center' }).moveDown(2);
  doc.font('Helvetica').fontSize(13).text(t.intro, { align: 'center' }).moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(20).text(data.holderName, { align: 'center' });
  doc.font('Helvetica').fontSize(12).text(`${t.of} ${data.organisationName}`, { align: 'center' }).moveDown();
  doc.fontSize(13).text(t.completed, { align: 'center' }).moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(18).text(`${data.courseTitle} (${data.courseCode})`, { align: 'center' }).moveDown(2);
  doc.font('Helvetica').fontSize(12);
  doc.text(`${t.issued}: ${formatDate(data.issuedOn, locale)}`, { align: 'center' });
  doc.text(`${t.valid}: ${formatDate(data.validUntil, locale)}`, { align: 'center' }).moveDown(2);
  doc.text(`${t.code}: ${data.code}`, { align: 'center' });
  doc.text(`${t.verify} ${data.verifyUrl}`, { align: 'center' });
  if (data.revoked) doc.moveDown(2).font('Helvetica-Bold').fontSize(32).fillColor('#b00020').text(t.revoked, { align: 'center' });
  doc.end();
  return done;
}
