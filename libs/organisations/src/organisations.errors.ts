import { BadInputError, ConflictError, UnauthenticatedError } from '@portal/core';

export const invalidCredentials = (): UnauthenticatedError =>
  new UnauthenticatedError('INVALID_CREDENTIALS', 'E-mail or password is wrong.');

export const wrongCurrentPassword = (): BadInputError =>
  BadInputError.field('currentPassword', 'WRONG_PASSWORD', 'The current password is wrong.');

export const emailTaken = (email: string): ConflictError =>
  new ConflictError('EMAIL_TAKEN', `A user with the e-mail ${email} already exists.`, { field: 'email' });

export const organisationNameTaken = (name: string): ConflictError =>
  new ConflictError('ORGANISATION_NAME_TAKEN', `An organisation named ${name} already exists.`, { field: 'name' });

export const invitationInvalid = (): BadInputError =>
  new BadInputError('INVITATION_INVALID', 'This invitation link is invalid, used or expired. Ask for a new invitation.');

export const rolesNotForOrganisation = (roles: string[], kind: string): BadInputError =>
  BadInputError.field(
    'roles',
    'ROLE_NOT_ALLOWED',
    `The roles ${roles.join(', ')} cannot be given to a user of a ${kind.toLowerCase()} organisation.`,
  );

export const organisationEnded = (): ConflictError =>
  new ConflictError('ORGANISATION_ENDED', 'The partnership of this organisation has ended.');
