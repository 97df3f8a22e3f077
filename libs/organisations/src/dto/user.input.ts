import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocaleEnum, RoleEnum, SortDirection, UserSortField, UserStatusEnum } from '../models/enums';

@InputType()
export class InviteUserInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the inviter's own organisation." })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  displayName: string;

  @Field(() => [RoleEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ArrayUnique()
  @IsEnum(RoleEnum, { each: true })
  roles: RoleEnum[];

  @Field(() => LocaleEnum, { defaultValue: LocaleEnum.de })
  @IsEnum(LocaleEnum)
  locale: LocaleEnum = LocaleEnum.de;
}

@InputType()
export class UserFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => UserStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(UserStatusEnum)
  status?: UserStatusEnum;

  @Field({ nullable: true, description: 'Matches name or e-mail.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class UserSortInput {
  @Field(() => UserSortField, { defaultValue: UserSortField.DISPLAY_NAME })
  @IsEnum(UserSortField)
  field: UserSortField = UserSortField.DISPLAY_NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class UsersArgs extends PagedArgs {
  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilterInput)
  filter?: UserFilterInput;

  @Field(() => UserSortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserSortInput)
  sort?: UserSortInput;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid identifier' })
  id: string;
}

@ArgsType()
export class TokenArgs {
  @Field()
  @IsString()
  @Length(20, 100)
  token: string;
}
