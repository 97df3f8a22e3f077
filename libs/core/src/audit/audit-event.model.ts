import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from './json-object.scalar';
import { Paginated } from '../pagination/page';

@ObjectType('AuditEvent', { description: 'Who changed what, when, with the state before and after.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field()
  requestId: string;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  actorEmail: string | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field()
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;
}

export const AuditEventPage = Paginated(AuditEventModel, 'AuditEventPage');
