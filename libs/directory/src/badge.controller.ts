import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Public } from '@portal/core';
import type { FastifyReply } from 'fastify';
import { BadgesService } from './badges.service';

@Controller('badges')
@Public()
export class BadgeController {
  constructor(private readonly badges: BadgesService) {}

  /** The embeddable image; short caching so a status change shows within minutes on partners' sites. */
  @Get(':file')
  async svg(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const code = /^(.+)\.svg$/.exec(file)?.[1];
    const svg = code ? await this.badges.svg(code) : null;
    if (!svg) throw new NotFoundException();
    reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return svg;
  }
}
