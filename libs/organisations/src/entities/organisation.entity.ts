import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationKind } from '@portal/core';

export const ORGANISATION_STATUSES = ['ONBOARDING', 'ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  @Column({ type: 'text', default: '' })
  street: string;

  @Column({ name: 'postal_code', type: 'text', default: '' })
  postalCode: string;

  @Column({ type: 'text', default: '' })
  city: string;

  @Column({ type: 'text' })
  country: string;

  @Column({ type: 'text', default: 'ONBOARDING' })
  status: OrganisationStatus;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
