import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { Allow, AppConfig, Ctx, Permission, type RequestContext } from '@portal/core';
import type { FastifyReply } from 'fastify';
import { CertificatesService } from './certificates.service';

const PDF = /^([0-9a-f-]{36})\.pdf$/;

@Controller('certificates')
export class CertificateController {
  constructor(
    private readonly certificates: CertificatesService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** GET /certificates/<id>.pdf?lang=de|en — defaults to the viewer's language. */
  @Get(':file')
  @Allow(Permission.BookingRead, Permission.TrainingManage)
  async download(
    @Ctx() ctx: RequestContext,
    @Param('file') file: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const id = PDF.exec(file)?.[1];
    if (!id) throw new NotFoundException();
    const locale = lang === 'en' || lang === 'de' ? lang : ctx.user.locale === 'en' ? 'en' : 'de';
    const { code, pdf } = await this.certificates.pdf(ctx, id, locale, this.config.publicUrl);
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${code}.pdf"`)
      .header('cache-control', 'private, no-store');
    return pdf;
  }
}
