import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@portal/core';
import { CourseFormat } from './training.model';

export enum NeedStatus {
  OPEN = 'OPEN',
  PLANNED = 'PLANNED',
  CLOSED = 'CLOSED',
}
registerEnumType(NeedStatus, { name: 'TrainingNeedStatus' });

@ObjectType('TrainingNeed', { description: "A partner's stated demand for training." })
export class TrainingNeedModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => ID, { nullable: true })
  courseId: string | null;

  @Field(() => String, { nullable: true })
  courseCode: string | null;

  @Field(() => String, { nullable: true })
  topic: string | null;

  @Field(() => Int)
  people: number;

  @Field(() => LocalDateScalar)
  preferredFrom: string;

  @Field(() => LocalDateScalar)
  preferredTo: string;

  @Field()
  region: string;

  @Field(() => CourseFormat, { nullable: true })
  format: CourseFormat | null;

  @Field(() => NeedStatus)
  status: NeedStatus;

  @Field(() => ID, { nullable: true })
  sessionId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('TrainingNeedGroup', { description: 'Open needs summed up by course or topic, region and month.' })
export class TrainingNeedGroupModel {
  @Field(() => ID, { nullable: true })
  courseId: string | null;

  @Field(() => String, { nullable: true })
  courseCode: string | null;

  @Field(() => String, { nullable: true })
  topic: string | null;

  @Field()
  region: string;

  @Field({ description: 'YYYY-MM of the preferred start.' })
  month: string;

  @Field(() => Int)
  people: number;

  @Field(() => Int)
  partners: number;

  @Field(() => [ID])
  needIds: string[];
}
