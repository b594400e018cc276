import type { Operation } from './operation.js';

/** Notifications: everyone signed in has their own (the service scopes every read and write to the person). */
export const notificationsRows: Record<string, Operation> = {
  notifications: { allowed: 'SIGNED_IN', document: '{ notifications(first: 5, unreadOnly: true) { totalCount nodes { id } } }' },
  unreadNotificationCount: { allowed: 'SIGNED_IN', document: '{ unreadNotificationCount }' },
  markNotificationsRead: { allowed: 'SIGNED_IN', document: 'mutation { markNotificationsRead }' },
};
