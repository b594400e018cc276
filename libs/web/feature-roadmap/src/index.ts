export * from './action-item-view.js';
export * from './commitments-inbox.js';
export * from './consolidation-workspace.js';
export * from './map/index.js';
export * from './propose-action-item.js';
export * from './roadmap-dashboard.js';
export * from './roadmap-list.js';
