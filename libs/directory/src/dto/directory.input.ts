import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { PagedArgs, Trimmed } from '@portal/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

@InputType()
export class LocationInput {
  @Field(() => ID, { nullable: true, description: 'Manufacturer staff name the partner; partners edit their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(200)
  street: string = '';

  @Field()
  @Matches(/^[0-9A-Za-z -]{3,10}$/, { message: 'postalCode must be a postal code' })
  postalCode: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 100)
  city: string;

  @Field({ defaultValue: 'DE' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as DE' })
  country: string = 'DE';

  @Field(() => Float)
  @IsLatitude()
  latitude: number;

  @Field(() => Float)
  @IsLongitude()
  longitude: number;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(40)
  phone: string = '';

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(500)
  openingHours: string = '';
}

@InputType()
export class ServiceAreaInput {
  @Field()
  @Matches(/^[0-9]{1,5}$/, { message: 'postalPrefix must be 1 to 5 digits, e.g. 80 or 813' })
  postalPrefix: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string;
}

@ArgsType()
export class SetServiceAreasArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => [ServiceAreaInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ServiceAreaInput)
  areas: ServiceAreaInput[];
}

/** Coordinates come as a pair: one alone would silently search the whole country. */
const coordinateGiven = (o: { latitude?: number | null; longitude?: number | null }): boolean => o.latitude != null || o.longitude != null;

@ArgsType()
export class FindPartnersArgs extends PagedArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'productLineId must be a valid identifier' })
  productLineId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'serviceCategoryId must be a valid identifier' })
  serviceCategoryId?: string;

  @Field({ nullable: true, description: 'A German postal code (5 digits).' })
  @IsOptional()
  @Matches(/^[0-9]{5}$/, { message: 'postalCode must have five digits' })
  postalCode?: string;

  @Field(() => Float, { nullable: true })
  @ValidateIf(coordinateGiven)
  @IsDefined({ message: 'latitude must be given with longitude' })
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @ValidateIf(coordinateGiven)
  @IsDefined({ message: 'longitude must be given with latitude' })
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude?: number;

  @Field(() => Float, { nullable: true, defaultValue: 50, description: 'Search radius around the coordinates, at most 300 km.' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(300)
  radiusKm?: number = 50;

  @Field({ nullable: true, description: 'A place name matched against partner locations.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(2, 80)
  place?: string;
}

@ArgsType()
export class BadgeCodeArgs {
  @Field()
  @IsString()
  @MaxLength(100)
  code: string;
}
