import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const USER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'citext' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', default: 'de' })
  locale: 'de' | 'en';

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text', default: 'INVITED' })
  status: UserStatus;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@Entity('user_role')
export class UserRoleEntity {
  @Column({ name: 'user_id', type: 'uuid', primary: true })
  userId: string;

  @Column({ type: 'text', primary: true })
  role: string;
}
