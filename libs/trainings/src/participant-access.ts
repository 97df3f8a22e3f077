import { Permission, type RequestContext } from '@portal/core';

/**
 * Changing another person's booking or enrolment (inside the organisations the caller sees): partner admins act for
 * their team, manufacturer staff for anyone; everyone else only for themselves.
 */
export function assertMayActFor(ctx: RequestContext, participantId: string): void {
  if (participantId !== ctx.user.userId && !ctx.isManufacturer) ctx.require(Permission.BookingCreateForTeam);
}
