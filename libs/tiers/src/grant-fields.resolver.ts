import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { type GraphQLContext, requestLoader } from '@portal/core';
import type { DataSource } from 'typeorm';
import { TierGrantEventModel, TierGrantModel } from './models/grant.model';

@Resolver(() => TierGrantModel)
export class GrantFieldsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The grant itself passed the tenant check, so its history may be shown; batched per request. */
  @ResolveField(() => [TierGrantEventModel], { description: 'The append-only history, oldest first.' })
  history(@Parent() grant: TierGrantModel, @Context() gql: GraphQLContext): Promise<TierGrantEventModel[]> {
    return requestLoader(gql, 'grantHistory', async (ids) => {
      const rows = await this.dataSource.query<TierGrantEventModel[]>(
        `SELECT e.id::text AS id, e.grant_id AS "grantId", e.action, e.reason, u.display_name AS "actorName", e.occurred_at AS "occurredAt", e.before, e.after
           FROM tier_grant_event e LEFT JOIN app_user u ON u.id = e.actor_user_id WHERE e.grant_id = ANY($1) ORDER BY e.id`,
        [ids],
      );
      return ids.map((id) => rows.filter((r) => r.grantId === id));
    }).load(grant.id);
  }
}
