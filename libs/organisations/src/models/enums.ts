import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationKindEnum {
  MANUFACTURER = 'MANUFACTURER',
  PARTNER = 'PARTNER',
  SUBCONTRACTOR = 'SUBCONTRACTOR',
}

export enum OrganisationStatusEnum {
  ONBOARDING = 'ONBOARDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}

export enum UserStatusEnum {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

export enum LocaleEnum {
  de = 'de',
  en = 'en',
}

export enum RoleEnum {
  ADMIN = 'ADMIN',
  PARTNER_MANAGER = 'PARTNER_MANAGER',
  TRAINING_MANAGER = 'TRAINING_MANAGER',
  KNOWLEDGE_EDITOR = 'KNOWLEDGE_EDITOR',
  HOTLINE_AGENT = 'HOTLINE_AGENT',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  TECHNICIAN = 'TECHNICIAN',
  SUBCONTRACTOR_USER = 'SUBCONTRACTOR_USER',
}

export enum OrganisationSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  STATUS = 'STATUS',
  CITY = 'CITY',
}

export enum UserSortField {
  DISPLAY_NAME = 'DISPLAY_NAME',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(OrganisationStatusEnum, { name: 'OrganisationStatus' });
registerEnumType(UserStatusEnum, { name: 'UserStatus' });
registerEnumType(LocaleEnum, { name: 'Locale' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(OrganisationSortField, { name: 'OrganisationSortField' });
registerEnumType(UserSortField, { name: 'UserSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });
