import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { type GraphQLContext, requestLoader } from '@portal/core';
import { NetworkPartnerModel } from '@portal/tiers';
import type { DataSource } from 'typeorm';
import { PARTNERS_AT_RISK_SQL } from './compliance-sql';

/** Adds training compliance to the tiers domain's network view; one batched query per request. */
@Resolver(() => NetworkPartnerModel)
export class NetworkRiskResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => Boolean, { description: "A live grant's tier requirements are not met (see tierCompliance)." })
  atRisk(@Parent() partner: NetworkPartnerModel, @Context() gql: GraphQLContext): Promise<boolean> {
    return requestLoader(gql, 'partnersAtRisk', async (ids) => {
      const rows = await this.dataSource.query<{ id: string }[]>(PARTNERS_AT_RISK_SQL, [ids]);
      const atRisk = new Set(rows.map((r) => r.id));
      return ids.map((id) => atRisk.has(id));
    }).load(partner.id);
  }
}
