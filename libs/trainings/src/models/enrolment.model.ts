import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CourseEnrolment', { description: 'A person enrolled in an e-learning course.' })
export class EnrolmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field()
  courseCode: string;

  @Field()
  courseTitleDe: string;

  @Field()
  courseTitleEn: string;

  @Field(() => ID)
  participantId: string;

  @Field()
  participantName: string;

  @Field({ description: 'ENROLLED, COMPLETED or WITHDRAWN' })
  status: string;

  @Field(() => GraphQLISODateTime)
  enrolledAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;
}
