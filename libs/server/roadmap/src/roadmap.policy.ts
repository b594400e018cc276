import { ActionItemStatus, CommitmentDirection, CommitmentStatus, Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn, type AuthUser } from '@ruta/server-core';
import { actionItemVisibleTo, type ActionItemVisibilityFacts } from './visibility/action-item-visibility.js';

export type RoadmapAction =
  | 'actionItem:read'
  | 'actionItem:see'
  | 'actionItem:propose'
  | 'actionItem:edit'
  | 'actionItem:manage'
  | 'roadmap:consolidate'
  | 'roadmap:import'
  | 'commitment:read'
  | 'commitment:see'
  | 'commitment:seeAmount'
  | 'commitment:request'
  | 'commitment:offer'
  | 'commitment:review'
  | 'commitment:withdraw'
  | 'commitment:fulfill';

/** What the rules look at: an action item (or the one being proposed) and, for commitments, the commitment. */
export interface RoadmapSubject {
  item: ActionItemVisibilityFacts;
  commitment?: { organizationId: string; direction: CommitmentDirection; status: CommitmentStatus };
}

const staff = hasRole(Role.ADMIN, Role.ANALYST);
const partnerOf = (user: AuthUser | null, organizationId: string | undefined) =>
  user?.role === Role.PARTNER && user.organizationId !== null && user.organizationId === organizationId;
const forProvince = (user: AuthUser | null, subject: RoadmapSubject) =>
  user?.role === Role.TECHNICIAN && user.provinceCode !== null && subject.item.provinceCodes.includes(user.provinceCode);

/**
 * The hoja de ruta. Every signed-in person reads items once agreed (whatever becomes of them);
 * technicians also their provinces' proposals, partners the items their organisation is linked
 * to. Technicians propose for their own province and edit those proposals while PROPOSED;
 * analysts and administrators agree, edit, merge, cancel and consolidate any.
 * Commitments: analysts request, partners offer (for their own organisation); the other side
 * accepts or declines; a partner sees only their own organisation's commitments.
 */
export const roadmapPolicy = definePolicy<RoadmapAction, RoadmapSubject>('roadmap', {
  'actionItem:read': signedIn,
  // Signed in for the API; which items, by the one visibility rule (its SQL twin filters lists).
  'actionItem:see': (user, subject) => user !== null && (!subject || actionItemVisibleTo(user, subject.item)),
  'actionItem:propose': (user, subject) => {
    if (staff(user)) return true;
    if (user?.role !== Role.TECHNICIAN) return false;
    return !subject || subject.item.leadProvinceCode === user.provinceCode;
  },
  'actionItem:edit': (user, subject) => {
    if (staff(user)) return true;
    if (user?.role !== Role.TECHNICIAN) return false;
    return !subject || (subject.item.leadProvinceCode === user.provinceCode && subject.item.status === ActionItemStatus.PROPOSED);
  },
  'actionItem:manage': staff,
  'roadmap:consolidate': staff,
  'roadmap:import': staff,
  'commitment:read': signedIn,
  'commitment:see': (user, subject) => {
    if (!user) return false;
    if (!subject?.commitment || staff(user)) return true;
    return partnerOf(user, subject.commitment.organizationId) || forProvince(user, subject);
  },
  // Amounts: CONGOPE and the partner concerned only (a technician sees who supports their item, not how much).
  'commitment:seeAmount': (user, subject) => staff(user) || partnerOf(user, subject?.commitment?.organizationId),
  'commitment:request': staff,
  'commitment:offer': (user, subject) =>
    user?.role === Role.PARTNER && (!subject?.commitment || partnerOf(user, subject.commitment.organizationId)),
  'commitment:review': (user, subject) => {
    if (!subject?.commitment) return staff(user) || user?.role === Role.PARTNER;
    return subject.commitment.direction === CommitmentDirection.REQUEST ? partnerOf(user, subject.commitment.organizationId) : staff(user);
  },
  'commitment:withdraw': (user, subject) => {
    if (!subject?.commitment) return staff(user) || user?.role === Role.PARTNER;
    return subject.commitment.direction === CommitmentDirection.REQUEST ? staff(user) : partnerOf(user, subject.commitment.organizationId);
  },
  'commitment:fulfill': (user, subject) =>
    staff(user) || (!subject?.commitment ? user?.role === Role.PARTNER : partnerOf(user, subject.commitment.organizationId)),
});
