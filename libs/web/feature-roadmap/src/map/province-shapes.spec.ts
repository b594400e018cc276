import { statSync } from 'node:fs';
import { galapagosInset, mapViewBox, provinceShapes } from './province-shapes.js';

const names: Record<string, string> = {
  '01': 'Azuay',
  '02': 'Bolívar',
  '03': 'Cañar',
  '04': 'Carchi',
  '05': 'Cotopaxi',
  '06': 'Chimborazo',
  '07': 'El Oro',
  '08': 'Esmeraldas',
  '09': 'Guayas',
  '10': 'Imbabura',
  '11': 'Loja',
  '12': 'Los Ríos',
  '13': 'Manabí',
  '14': 'Morona Santiago',
  '15': 'Napo',
  '16': 'Pastaza',
  '17': 'Pichincha',
  '18': 'Tungurahua',
  '19': 'Zamora Chinchipe',
  '20': 'Galápagos',
  '21': 'Sucumbíos',
  '22': 'Orellana',
  '23': 'Santo Domingo de los Tsáchilas',
  '24': 'Santa Elena',
};

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Bounding box of a path made of absolute coordinates only (M, L and Z), as the generator writes them. */
function boxOf(d: string): Box {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

const [viewX, viewY, viewWidth, viewHeight] = mapViewBox.split(' ').map(Number);
const view: Box = { minX: viewX, minY: viewY, maxX: viewX + viewWidth, maxY: viewY + viewHeight };
const inset: Box = {
  minX: galapagosInset.x,
  minY: galapagosInset.y,
  maxX: galapagosInset.x + galapagosInset.width,
  maxY: galapagosInset.y + galapagosInset.height,
};
const contains = (outer: Box, inner: Box) =>
  inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY && inner.maxY <= outer.maxY;
const overlaps = (a: Box, b: Box) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

describe('provinceShapes', () => {
  it('has the 24 provinces once each, by INEC code and name', () => {
    expect(provinceShapes).toHaveLength(24);
    expect(Object.fromEntries(provinceShapes.map(({ code, name }) => [code, name]))).toEqual(names);
  });

  it.each(provinceShapes.map((shape) => [shape.code, shape] as const))(
    'draws province %s inside the viewBox',
    (code, { d, labelX, labelY }) => {
      expect(d).toMatch(/^(M[\d. ]+L[\d. ]+Z)+$/);
      const box = boxOf(d);
      expect(contains(view, box)).toBe(true);
      expect(contains(box, { minX: labelX, minY: labelY, maxX: labelX, maxY: labelY })).toBe(true);
      if (code === '20') expect(contains(inset, box)).toBe(true);
      else expect(overlaps(inset, box)).toBe(false);
    },
  );

  it('keeps the Galápagos inset inside the viewBox', () => {
    expect(contains(view, inset)).toBe(true);
  });

  it('stays a small module', () => {
    expect(statSync(new URL('./province-shapes.ts', import.meta.url)).size).toBeLessThan(60_000);
  });
});
