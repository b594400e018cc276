export * from './account-menu.js';
export * from './account-view.js';
export * from './set-password-view.js';
export * from './sign-in-form.js';
export * from './use-sign-out.js';
export * from './notifications/notification-bell.js';
export * from './notifications/notifications-view.js';
