import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CourseFormat, SessionStatus } from '../models/training.model';

@InputType()
export class CourseInput {
  @Field()
  @Matches(/^[A-Z0-9_-]{2,40}$/, { message: 'code must be 2–40 upper-case letters, digits, dashes or underscores' })
  code: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  titleDe: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  titleEn: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  descriptionDe: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  descriptionEn: string = '';

  @Field(() => CourseFormat)
  @IsEnum(CourseFormat)
  format: CourseFormat;

  @Field(() => Int)
  @IsInt()
  @Min(15)
  @Max(10080)
  durationMinutes: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string;

  @Field(() => Int, { defaultValue: 24 })
  @IsInt()
  @Min(1)
  @Max(120)
  certificateValidityMonths: number = 24;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  prerequisiteIds: string[] = [];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  equivalentIds: string[] = [];

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@InputType()
export class SessionInput {
  @Field(() => ID)
  @IsUUID()
  courseId: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  endsAt: Date;

  @Field({ defaultValue: 'Europe/Berlin' })
  @IsTimeZone()
  timeZone: string = 'Europe/Berlin';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(500)
  venue: string = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'onlineUrl must be an https:// link' })
  onlineUrl?: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(20)
  region: string = '';

  @Field({ defaultValue: 'de' })
  @IsIn(['de', 'en'])
  language: string = 'de';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(200)
  trainer: string = '';

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  seatCapPerOrganisation?: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to the start.' })
  @IsOptional()
  @IsDate()
  bookingDeadline?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to two days before the start.' })
  @IsOptional()
  @IsDate()
  cancellationDeadline?: Date;
}

@InputType()
export class BookSeatInput {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;

  @Field(() => ID, { nullable: true, description: 'A team member; defaults to the viewer.' })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @Field({ nullable: true, description: 'Retries with the same key book once.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(8, 100)
  idempotencyKey?: string;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  @Trimmed()
  @IsString()
  @Matches(/^\d{1,18}$/, { message: 'bookingId must be a booking id' })
  bookingId: string;

  @Field()
  @IsBoolean()
  attended: boolean;
}

@InputType()
export class SessionFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string;

  @Field(() => CourseFormat, { nullable: true })
  @IsOptional()
  @IsEnum(CourseFormat)
  format?: CourseFormat;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{1,20}$/, { message: 'region must be a region code or postal prefix' })
  region?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['de', 'en'])
  language?: string;

  @Field(() => SessionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SessionStatus)
  status?: SessionStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Sessions starting at or after; defaults to now.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class SessionsArgs extends PagedArgs {
  @Field(() => SessionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionFilterInput)
  filter?: SessionFilterInput;
}

@ArgsType()
export class BookingsArgs extends PagedArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string;
}

@ArgsType()
export class BookingIdArgs {
  @Field(() => ID)
  @Trimmed()
  @IsString()
  @Matches(/^\d{1,18}$/, { message: 'id must be a booking id' })
  id: string;
}

@ArgsType()
export class UuidArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid identifier' })
  id: string;
}

@ArgsType()
export class CertificateCodeArgs {
  @Field()
  @IsString()
  @MaxLength(40)
  code: string;
}

@ArgsType()
export class UpdateCourseArgs extends UuidArgs {
  @Field(() => CourseInput)
  @ValidateNested()
  @Type(() => CourseInput)
  input: CourseInput;
}

@ArgsType()
export class UpdateSessionArgs extends UuidArgs {
  @Field(() => SessionInput)
  @ValidateNested()
  @Type(() => SessionInput)
  input: SessionInput;
}
