import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Allow, AppConfig, ConflictError, Ctx, NotFoundError, Permission, type RequestContext, visibleOrganisationIds } from '@portal/core';
import type { FastifyReply } from 'fastify';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import { BadgesService } from './badges.service';

const TEXT = {
  de: {
    title: 'Autorisierungszertifikat',
    body: 'ist autorisierter Servicepartner von',
    tier: 'Autorisierungsstufe',
    line: 'Produktlinie',
    valid: 'Gültig',
    verify: 'Aktuellen Status prüfen:',
  },
  en: {
    title: 'Certificate of authorisation',
    body: 'is an authorised service partner of',
    tier: 'Authorisation tier',
    line: 'Product line',
    valid: 'Valid',
    verify: 'Check the current status:',
  },
} as const;

/** GET /grants/<id>/certificate.pdf?lang=de|en — for an active grant, with a QR code to the live verification page. */
@Controller('grants')
export class GrantCertificateController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly badges: BadgesService,
  ) {}

  @Get(':id/certificate.pdf')
  @Allow(Permission.GrantRead)
  async pdf(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new NotFoundException();
    const [g] = await this.dataSource.query<
      {
        partner_id: string;
        partner: string;
        city: string;
        status: string;
        tier_de: string;
        tier_en: string;
        pl_de: string;
        pl_en: string;
        valid_from: string;
        valid_until: string;
        manufacturer: string;
      }[]
    >(
      `SELECT g.partner_id, o.name AS partner, o.city, g.status, t.name_de AS tier_de, t.name_en AS tier_en, pl.name_de AS pl_de, pl.name_en AS pl_en,
              g.valid_from, g.valid_until, (SELECT name FROM organisation WHERE kind = 'MANUFACTURER' LIMIT 1) AS manufacturer
         FROM tier_grant g JOIN organisation o ON o.id = g.partner_id JOIN tier t ON t.id = g.tier_id JOIN product_line pl ON pl.id = g.product_line_id
        WHERE g.id = $1 AND ($2::uuid[] IS NULL OR g.partner_id = ANY($2))`,
      [id, visibleOrganisationIds(ctx)],
    );
    if (!g) throw new NotFoundError('TierGrant', id);
    if (g.status !== 'ACTIVE') throw new ConflictError('GRANT_NOT_ACTIVE', 'Certificates are issued for active grants only.');
    const code = await this.badges.codeFor(g.partner_id, id);
    const verifyUrl = `${this.config.publicUrl.replace(/\/$/, '')}/verify/${code}`;
    const locale = lang === 'en' || lang === 'de' ? lang : ctx.user.locale === 'en' ? 'en' : 'de';
    const t = TEXT[locale];
    const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 240 });
    const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: `${t.title} – ${g.partner}`, Author: g.manufacturer } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    const date = (d: string): string =>
      new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${d}T00:00:00Z`),
      );
    doc.font('Helvetica-Bold').fontSize(26).text(t.title, { align: 'center' }).moveDown(2);
    doc.fontSize(20).text(g.partner, { align: 'center' });
    doc.font('Helvetica').fontSize(12).text(g.city, { align: 'center' }).moveDown();
    doc.fontSize(13).text(`${t.body} ${g.manufacturer}`, { align: 'center' }).moveDown(1.5);
    doc.text(`${t.tier}: ${locale === 'en' ? g.tier_en : g.tier_de}`, { align: 'center' });
    doc.text(`${t.line}: ${locale === 'en' ? g.pl_en : g.pl_de}`, { align: 'center' });
    doc.text(`${t.valid}: ${date(g.valid_from)} – ${date(g.valid_until)}`, { align: 'center' }).moveDown(2);
    doc.image(qr, (doc.page.width - 140) / 2, doc.y, { width: 140 }).moveDown(9);
    doc.fontSize(10).text(`${t.verify} ${verifyUrl}`, 64, doc.y, { align: 'center' });
    doc.end();
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="authorisation-${id}.pdf"`)
      .header('cache-control', 'private, no-store');
    return done;
  }
}
