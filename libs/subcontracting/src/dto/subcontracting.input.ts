import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { DelegationStatus } from '../models/subcontracting.model';

@InputType()
export class RegisterSubcontractorInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(200)
  street: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(20)
  postalCode: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(100)
  city: string = '';

  @Field({ description: 'Handelsregisternummer; a subcontractor already registered by another partner is linked by it.' })
  @Trimmed()
  @IsString()
  @Length(3, 60, { message: 'tradeRegisterNumber must be between 3 and 60 characters' })
  tradeRegisterNumber: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(200)
  contactName: string = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  contactEmail?: string | null;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(60)
  contactPhone: string = '';
}

@ArgsType()
export class RegisterSubcontractorArgs {
  @Field(() => RegisterSubcontractorInput)
  @ValidateNested()
  @Type(() => RegisterSubcontractorInput)
  input: RegisterSubcontractorInput;
}

@ArgsType()
export class RelationshipIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class EndRelationshipArgs extends RelationshipIdArgs {
  @Field()
  @Trimmed()
  @IsString()
  @Length(3, 1000, { message: 'reason must be between 3 and 1000 characters' })
  reason: string;
}

@ArgsType()
export class InviteSubcontractorUserArgs {
  @Field(() => ID)
  @IsUUID()
  relationshipId: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  displayName: string;

  @Field({ defaultValue: 'de' })
  @IsIn(['de', 'en'])
  locale: string = 'de';
}

@InputType()
export class RequestDelegationInput {
  @Field(() => ID)
  @IsUUID()
  relationshipId: string;

  @Field(() => ID)
  @IsUUID()
  productLineId: string;

  @Field(() => ID)
  @IsUUID()
  serviceCategoryId: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  validFrom: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  validUntil: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  justification: string = '';
}

@ArgsType()
export class RequestDelegationArgs {
  @Field(() => RequestDelegationInput)
  @ValidateNested()
  @Type(() => RequestDelegationInput)
  input: RequestDelegationInput;
}

export enum DelegationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
  LIFT_SUSPENSION = 'LIFT_SUSPENSION',
  REVOKE = 'REVOKE',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(DelegationDecision, {
  name: 'DelegationDecision',
  description: 'WITHDRAW is the requesting partner’s; the others are the manufacturer’s (partner managers, admins).',
});

@ArgsType()
export class DecideDelegationArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => DelegationDecision)
  @IsEnum(DelegationDecision)
  decision: DelegationDecision;

  @Field({ defaultValue: '', description: 'Required for reject, suspend and revoke.' })
  @Trimmed()
  @IsString()
  @MaxLength(1000)
  reason: string = '';

  @Field(() => LocalDateScalar, { nullable: true, description: 'Approve only: narrow the period.' })
  @IsOptional()
  @IsLocalDate()
  validFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  validUntil?: string;
}

@ArgsType()
export class DelegationsArgs extends PagedArgs {
  @Field(() => DelegationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DelegationStatus)
  status?: DelegationStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  subcontractorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string;
}

@ArgsType()
export class SubcontractorEntitlementArgs {
  @Field(() => ID, { nullable: true, description: "Defaults to the viewer's own subcontractor company." })
  @IsOptional()
  @IsUUID()
  subcontractorId?: string;

  @Field(() => ID)
  @IsUUID()
  productLineId: string;

  @Field(() => ID)
  @IsUUID()
  serviceCategoryId: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  at?: string;
}
