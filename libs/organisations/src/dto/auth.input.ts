import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Trimmed, OmitOrSet } from '@portal/core';
import { IsEnum, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { LocaleEnum } from '../models/enums';

@InputType()
export class LoginInput {
  @Field()
  @Trimmed()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @Field(() => LocaleEnum, { nullable: true })
  @OmitOrSet()
  @IsEnum(LocaleEnum)
  locale?: LocaleEnum;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 100)
  token: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
