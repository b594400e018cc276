import { isCongopeRole, mayBelongToOrganization, moderatesSessions, Role, scopeOfRole } from './roles.js';

describe('the rules tying a role to a person’s scope', () => {
  it.each([
    [Role.TECHNICIAN, 'province'],
    [Role.PARTNER, 'organization'],
    [Role.ADMIN, null],
    [Role.ANALYST, null],
    [Role.MODERATOR, null],
  ])('gives a %s the scope %s', (role, scope) => {
    expect(scopeOfRole(role)).toBe(scope);
  });

  it('counts administrators and analysts as CONGOPE’s people, and only moderators as moderating sessions', () => {
    expect(Object.values(Role).filter(isCongopeRole)).toEqual([Role.ADMIN, Role.ANALYST]);
    expect(Object.values(Role).filter(moderatesSessions)).toEqual([Role.MODERATOR]);
  });

  it('keeps partners out of prefecturas and CONGOPE, and lets anyone else belong to them', () => {
    expect(mayBelongToOrganization(Role.PARTNER, 'COOPERATION_AGENCY')).toBe(true);
    expect(mayBelongToOrganization(Role.PARTNER, 'GAD_PROVINCIAL')).toBe(false);
    expect(mayBelongToOrganization(Role.PARTNER, 'CONGOPE')).toBe(false);
    expect(mayBelongToOrganization(Role.ANALYST, 'CONGOPE')).toBe(true);
  });
});
