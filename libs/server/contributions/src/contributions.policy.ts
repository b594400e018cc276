import { ConversatorioStatus, Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn, type AuthUser } from '@ruta/server-core';

export type ContributionAction =
  | 'contribution:read'
  | 'contribution:create'
  | 'contribution:edit'
  | 'contribution:endorse'
  | 'contribution:moderate'
  | 'contribution:seeHidden';

/** What the rules look at: the contribution (or the one being made) and its conversatorio. */
export interface ContributionSubject {
  provinceCode: string;
  authorId?: string;
  conversatorio: { status: ConversatorioStatus; moderatorId: string | null; provinceCodes: string[] };
}

const staff = hasRole(Role.ADMIN, Role.ANALYST);
const moderatesIt = (user: AuthUser | null, subject?: ContributionSubject) =>
  staff(user) || (user?.role === Role.MODERATOR && (subject === undefined || subject.conversatorio.moderatorId === user.id));

/**
 * Contributions. Technicians contribute for their own province, in conversatorios their province
 * takes part in; analysts and administrators for any participating province; only while open.
 * Authors edit their own while open. Analysts, administrators and the conversatorio's moderator
 * hide and restore, and see what is hidden.
 */
export const contributionsPolicy = definePolicy<ContributionAction, ContributionSubject>('contributions', {
  'contribution:read': signedIn,
  'contribution:create': (user, subject) => {
    if (!hasRole(Role.ADMIN, Role.ANALYST, Role.TECHNICIAN)(user)) return false;
    if (!subject) return true;
    const participates = subject.conversatorio.provinceCodes.includes(subject.provinceCode);
    const ownProvince = user!.role !== Role.TECHNICIAN || user!.provinceCode === subject.provinceCode;
    return participates && ownProvince && subject.conversatorio.status === ConversatorioStatus.OPEN;
  },
  'contribution:edit': (user, subject) =>
    user !== null && (!subject || (subject.authorId === user.id && subject.conversatorio.status === ConversatorioStatus.OPEN)),
  'contribution:endorse': signedIn,
  'contribution:moderate': moderatesIt,
  'contribution:seeHidden': moderatesIt,
});
