// Generates libs/web/feature-roadmap/src/map/province-shapes.ts, the SVG paths of the province map,
// from the project's copy of the geoBoundaries provinces (see tools/data/README.md).
// Run it again after changing the data or the constants below: `node tools/build-province-map.mjs`.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceFile = 'tools/data/ecuador-provinces.geojson';
const targetFile = 'libs/web/feature-roadmap/src/map/province-shapes.ts';

/** The mainland is drawn this wide; every other length below is in the same viewBox units. */
const MAINLAND_WIDTH = 1000;
/** Douglas–Peucker tolerance: about one screen pixel when the mainland is drawn 1000 px wide. */
const TOLERANCE = 1;
/** Mainland islands smaller than this (about 4 km²) are dropped; Galápagos keeps all of its islands. */
const MIN_ISLAND_AREA = 10;
/** Blank border around the drawing, so that outer strokes are not clipped. */
const MARGIN = 10;
/**
 * The Galápagos inset sits in the ocean in the lower left, bottom-aligned with the mainland and
 * `gap` units clear of every mainland province's bounding box. Its top `caption` units are left
 * free for the component's "Galápagos" label.
 */
const INSET = { height: 360, gap: 20, padding: 12, caption: 36 };
const GALAPAGOS = '20';

/**
 * INEC (DPA) codes, names, and the other spellings the data uses. Features are matched by name
 * because the file's `shapeISO` codes are unreliable: Cotopaxi carries Chimborazo's `EC-H`.
 */
const provinces = [
  ['01', 'Azuay'],
  ['02', 'Bolívar'],
  ['03', 'Cañar'],
  ['04', 'Carchi'],
  ['05', 'Cotopaxi'],
  ['06', 'Chimborazo'],
  ['07', 'El Oro'],
  ['08', 'Esmeraldas'],
  ['09', 'Guayas'],
  ['10', 'Imbabura'],
  ['11', 'Loja'],
  ['12', 'Los Ríos'],
  ['13', 'Manabí'],
  ['14', 'Morona Santiago'],
  ['15', 'Napo'],
  ['16', 'Pastaza'],
  ['17', 'Pichincha'],
  ['18', 'Tungurahua'],
  ['19', 'Zamora Chinchipe'],
  ['20', 'Galápagos'],
  ['21', 'Sucumbíos'],
  ['22', 'Orellana'],
  ['23', 'Santo Domingo de los Tsáchilas', 'Sto. Domingo Tsáchilas'],
  ['24', 'Santa Elena'],
];

const normalize = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** Pairs each province with its feature; fails unless all 24 are there exactly once. */
function matchProvinces(features) {
  const codeByName = new Map(provinces.flatMap(([code, ...names]) => names.map((name) => [normalize(name), code])));
  const featureByCode = new Map();
  for (const feature of features) {
    const { shapeName } = feature.properties;
    const code = codeByName.get(normalize(shapeName));
    if (!code) throw new Error(`${sourceFile}: no INEC code for the province "${shapeName}"`);
    if (featureByCode.has(code)) throw new Error(`${sourceFile}: province ${code} (${shapeName}) appears twice`);
    featureByCode.set(code, feature);
  }
  const missing = provinces.filter(([code]) => !featureByCode.has(code)).map(([code, name]) => `${code} ${name}`);
  if (missing.length > 0) throw new Error(`${sourceFile}: provinces missing: ${missing.join(', ')}`);
  return provinces.map(([code, name]) => ({ code, name, feature: featureByCode.get(code) }));
}

/**
 * A province's polygons as rings of vertices, without GeoJSON's repeated closing position. Each
 * vertex keeps its source position as a key: neighbouring provinces share those exactly.
 */
function polygonsOf({ geometry }) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map((ring) => ring.slice(0, -1).map((position) => ({ key: position.join(), position }))));
}

function boundsOf(points) {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/**
 * Equirectangular projection scaled by the cosine of the middle latitude, which keeps shapes true
 * this close to the equator. North is up, the top-left corner of the positions' box is (0, 0), and
 * `width` and `height` are the size of that box, in degrees of latitude.
 */
function equirectangular(positions) {
  const { minX: west, maxX: east, minY: south, maxY: north } = boundsOf(positions);
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  return { width: (east - west) * cos, height: north - south, project: ([lon, lat]) => [(lon - west) * cos, north - lat] };
}

/** Places every vertex of a province's polygons at `transform(projected position)`. */
const placed = (polygons, project, transform) =>
  polygons.map((polygon) => polygon.map((ring) => ring.map((vertex) => ({ ...vertex, xy: transform(project(vertex.position)) }))));

/** Signed area of a ring by the shoelace formula. */
function areaOf(ring) {
  let area = 0;
  ring.forEach(([x, y], i) => {
    const [nextX, nextY] = ring[(i + 1) % ring.length];
    area += x * nextY - nextX * y;
  });
  return area / 2;
}

function segmentDistance([x, y], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function douglasPeucker(points) {
  const keep = points.map((_, i) => i === 0 || i === points.length - 1);
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let distance = TOLERANCE;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i].xy, points[first].xy, points[last].xy);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies every ring while keeping neighbours seamless. Rings are cut at the vertices where the
 * set of provinces sharing a vertex changes (the ends of each shared border), and each piece is
 * simplified once, in one direction, so both provinces along a border get exactly the same line.
 * A ring with no such vertex (an island) is cut at three well-spread vertices, so it stays a polygon.
 */
function simplify(shapes) {
  const owners = new Map();
  for (const { code, rings } of shapes) {
    for (const { key } of rings.flat()) owners.set(key, (owners.get(key) ?? new Set()).add(code));
  }
  // Codes were added in the same order everywhere, so equal sets give equal strings.
  const ownersOf = (point) => [...owners.get(point.key)].join();
  const pieces = new Map();

  const simplifyPiece = (piece) => {
    const keys = piece.map((point) => point.key);
    const id = keys.join(';');
    if (keys.toReversed().join(';') < id) return simplifyPiece(piece.toReversed()).toReversed();
    if (!pieces.has(id)) pieces.set(id, douglasPeucker(piece));
    return pieces.get(id);
  };

  const simplifyRing = (ring) => {
    const at = (i) => ring[(i + ring.length) % ring.length];
    let cuts = ring.flatMap((point, i) => (ownersOf(point) !== ownersOf(at(i - 1)) || ownersOf(point) !== ownersOf(at(i + 1)) ? [i] : []));
    if (cuts.length === 0) {
      // Start from the smallest key so that any other ring with the same vertices is cut alike.
      const first = ring.reduce((best, point, i) => (point.key < ring[best].key ? i : best), 0);
      const farthestFrom = (distance) => ring.reduce((best, point, i) => (distance(point) > distance(ring[best]) ? i : best), first);
      const second = farthestFrom((point) => Math.hypot(point.xy[0] - ring[first].xy[0], point.xy[1] - ring[first].xy[1]));
      const third = farthestFrom((point) => segmentDistance(point.xy, ring[first].xy, ring[second].xy));
      cuts = [first, second, third].sort((a, b) => a - b);
    }
    return cuts.flatMap((start, j) => {
      const end = cuts[(j + 1) % cuts.length];
      const piece = end > start ? ring.slice(start, end + 1) : [...ring.slice(start), ...ring.slice(0, end + 1)];
      return simplifyPiece(piece).slice(0, -1);
    });
  };

  return shapes.map((shape) => ({ ...shape, rings: shape.rings.map(simplifyRing) }));
}

const round = (value) => Math.round(value * 10) / 10;

/** Rounds a ring to one decimal and drops the vertices that rounding makes repeat. */
function roundRing(ring, code) {
  const rounded = ring
    .map(({ xy: [x, y] }) => [round(x), round(y)])
    .filter(([x, y], i, all) => {
      const [previousX, previousY] = all.at(i - 1);
      return x !== previousX || y !== previousY;
    });
  if (rounded.length < 3) throw new Error(`Province ${code}: a ring collapsed to ${rounded.length} points; lower TOLERANCE`);
  return rounded;
}

function isInside([x, y], ring) {
  let inside = false;
  ring.forEach(([ax, ay], i) => {
    const [bx, by] = ring.at(i - 1);
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  });
  return inside;
}

/**
 * A point well inside the ring, for a label or a marker: the sampled point farthest from the
 * edges, found on a grid that is refined around the best point so far (a light "polylabel").
 */
function labelPoint(ring) {
  const edgeDistance = (point) => Math.min(...ring.map((vertex, i) => segmentDistance(point, vertex, ring.at(i - 1))));
  const bounds = boundsOf(ring);
  let best = { point: [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2], distance: -Infinity };
  let window = bounds;
  for (let pass = 0; pass < 4; pass++) {
    const steps = 16;
    const cellX = (window.maxX - window.minX) / steps;
    const cellY = (window.maxY - window.minY) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const point = [window.minX + i * cellX, window.minY + j * cellY];
        if (!isInside(point, ring)) continue;
        const distance = edgeDistance(point);
        if (distance > best.distance) best = { point, distance };
      }
    }
    const [x, y] = best.point;
    window = { minX: x - cellX, maxX: x + cellX, minY: y - cellY, maxY: y + cellY };
  }
  return best.point.map(round);
}

const pathOf = (rings) => rings.map((ring) => `M${ring[0].join(' ')}L${ring.slice(1).flat().join(' ')}Z`).join('');

const geojson = JSON.parse(await readFile(path.join(root, sourceFile), 'utf8'));
const matched = matchProvinces(geojson.features).map(({ code, name, feature }) => ({ code, name, polygons: polygonsOf(feature) }));
const mainlandProvinces = matched.filter(({ code }) => code !== GALAPAGOS);
const galapagos = matched.find(({ code }) => code === GALAPAGOS);
const positionsOf = (provinces) => provinces.flatMap(({ polygons }) => polygons.flat(2).map(({ position }) => position));

// The mainland first: its scale sets the unit of every other length.
const mainland = equirectangular(positionsOf(mainlandProvinces));
const mainlandScale = MAINLAND_WIDTH / mainland.width;
const mainlandHeight = mainland.height * mainlandScale;
const placedPolygons = new Map(
  mainlandProvinces.map(({ code, polygons }) => [
    code,
    placed(polygons, mainland.project, ([x, y]) => [x * mainlandScale, y * mainlandScale]),
  ]),
);

// Then the inset, bottom-aligned and as far right as the mainland provinces beside it allow.
const insetTop = mainlandHeight - INSET.height;
const insetRight =
  Math.min(
    ...[...placedPolygons.values()]
      .map((polygons) => boundsOf(polygons.flat(2).map(({ xy }) => xy)))
      .filter((bounds) => bounds.maxY > insetTop)
      .map((bounds) => bounds.minX),
  ) - INSET.gap;
const islands = equirectangular(positionsOf([galapagos]));
const islandsScale = (INSET.height - INSET.caption - 2 * INSET.padding) / islands.height;
const insetWidth = Math.ceil(islands.width * islandsScale + 2 * INSET.padding);
const inset = { x: Math.floor(insetRight - insetWidth), y: Math.floor(insetTop), width: insetWidth, height: INSET.height };
placedPolygons.set(
  GALAPAGOS,
  placed(galapagos.polygons, islands.project, ([x, y]) => [
    inset.x + INSET.padding + x * islandsScale,
    inset.y + INSET.caption + INSET.padding + y * islandsScale,
  ]),
);

// Shift everything so that the viewBox, margin included, starts at (0, 0).
const offsetX = MARGIN - Math.min(0, inset.x);
const offsetY = MARGIN;
const viewBox = [0, 0, Math.ceil(MAINLAND_WIDTH + offsetX + MARGIN), Math.ceil(mainlandHeight + offsetY + MARGIN)];
const galapagosInset = { ...inset, x: inset.x + offsetX, y: inset.y + offsetY };

const shapes = simplify(
  matched.map(({ code, name }) => {
    const polygons = placedPolygons.get(code);
    const areas = polygons.map(([outer]) => Math.abs(areaOf(outer.map(({ xy }) => xy))));
    const largest = Math.max(...areas);
    const kept = polygons.filter((_, i) => code === GALAPAGOS || areas[i] === largest || areas[i] >= MIN_ISLAND_AREA);
    const rings = kept.flat().map((ring) => ring.map(({ key, xy: [x, y] }) => ({ key, xy: [x + offsetX, y + offsetY] })));
    return { code, name, rings };
  }),
).map(({ code, name, rings }) => {
  const rounded = rings.map((ring) => roundRing(ring, code));
  const largest = rounded.reduce((best, ring) => (Math.abs(areaOf(ring)) > Math.abs(areaOf(best)) ? ring : best));
  const [labelX, labelY] = labelPoint(largest);
  return { code, name, d: pathOf(rounded), labelX, labelY };
});

const source = `// Generated by tools/build-province-map.mjs from ${sourceFile}. Do not edit: run the script.
// Boundaries: © OpenStreetMap contributors (ODbL), via geoBoundaries (Runfola et al., 2020); see tools/data/README.md.
// This simplified derivative, with INEC codes added, is available under the ODbL 1.0 as well.

/** The SVG viewBox of the map: the mainland about ${MAINLAND_WIDTH} units wide, and the Galápagos inset. */
export const mapViewBox = '${viewBox.join(' ')}';

/** Galápagos is drawn at its own scale inside this rectangle; its top ${INSET.caption} units are left for a caption. */
export const galapagosInset = ${JSON.stringify(galapagosInset)};

/** The 24 provinces by INEC code: their outline as SVG path data, and a point inside for a label. */
export const provinceShapes: ReadonlyArray<{ code: string; name: string; d: string; labelX: number; labelY: number }> = ${JSON.stringify(shapes)};
`;
const target = path.join(root, targetFile);
const formatted = await prettier.format(source, { ...(await prettier.resolveConfig(target)), filepath: target });
await writeFile(target, formatted);
const points = shapes.reduce((sum, { d }) => sum + d.match(/[\d.]+/g).length / 2, 0);
console.log(`${targetFile}: ${shapes.length} provinces, ${points} points, ${Buffer.byteLength(formatted)} bytes`);
