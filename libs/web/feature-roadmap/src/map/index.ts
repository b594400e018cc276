export * from './province-map.js';
export { provinceShapes } from './province-shapes.js';
