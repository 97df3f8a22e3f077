import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Allow, Ctx, Permission, Public, type RequestContext } from '@portal/core';
import type { FastifyReply } from 'fastify';
import { CalendarService } from './calendar.service';

const ICS = /^([A-Za-z0-9_-]{1,100})\.ics$/;

function send(reply: FastifyReply, body: string, filename: string): string {
  reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store');
  return body;
}

@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** One booking as an .ics file (cookie or bearer token). */
  @Get('bookings/:file')
  @Allow(Permission.BookingRead)
  async booking(@Ctx() ctx: RequestContext, @Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const id = ICS.exec(file)?.[1];
    if (!id || !/^\d{1,18}$/.test(id)) throw new NotFoundException();
    return send(reply, await this.calendar.bookingIcs(ctx, id), `training-${id}.ics`);
  }

  /** The private feed: the unguessable token in the URL is the credential, as calendar apps expect. */
  @Get('feed/:file')
  @Public()
  async feed(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const token = ICS.exec(file)?.[1];
    const body = token ? await this.calendar.feed(token) : null;
    if (body === null) throw new NotFoundException();
    return send(reply, body, 'trainings.ics');
  }
}
