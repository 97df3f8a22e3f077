import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CourseFormat } from '../models/training.model';
import { NeedStatus } from '../models/need.model';
import { SessionInput } from './training.input';

@InputType()
export class TrainingNeedInput {
  @Field(() => ID, { nullable: true, description: 'A course from the catalogue, or …' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @Field({ nullable: true, description: '… a free topic.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(3, 200)
  topic?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(500)
  people: number;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  preferredFrom: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  preferredTo: string;

  @Field({ defaultValue: '' })
  @Matches(/^[0-9A-Za-z-]{0,20}$/, { message: 'region must be a region code or postal prefix' })
  region: string = '';

  @Field(() => CourseFormat, { nullable: true })
  @IsOptional()
  @IsEnum(CourseFormat)
  format?: CourseFormat;
}

@ArgsType()
export class TrainingNeedsArgs {
  @Field(() => NeedStatus, { nullable: true })
  @IsOptional()
  @IsEnum(NeedStatus)
  status?: NeedStatus;
}

@ArgsType()
export class PlanSessionArgs {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  needIds: string[];

  @Field(() => SessionInput)
  @ValidateNested()
  @Type(() => SessionInput)
  session: SessionInput;

  @Field(() => Int, { defaultValue: 7, description: 'Days in which only the partners whose needs it answers may book.' })
  @IsInt()
  @Min(0)
  @Max(60)
  priorityDays: number = 7;
}
