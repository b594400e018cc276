import { diffFields } from './record-history.js';

describe('diffFields', () => {
  it('sees a JSON value whose keys come back in another order as unchanged', () => {
    const stored = { progress: 10, indicators: [{ unit: 'ha', name: 'Hectáreas', target: 100, current: 5, baseline: 0 }] };
    const edited = { progress: 20, indicators: [{ name: 'Hectáreas', unit: 'ha', baseline: 0, target: 100, current: 5 }] };
    expect(diffFields(stored, edited)).toEqual({ progress: { before: 10, after: 20 } });
  });

  it('reports changed values, dates by their instant, and null against a value', () => {
    const before = { title: 'A', dueDate: null as string | null, at: new Date('2026-01-01T00:00:00Z'), codes: ['01'] };
    const after = { title: 'A', dueDate: '2026-12-31', at: new Date('2026-01-01T00:00:00Z'), codes: ['01', '02'] };
    expect(diffFields(before, after)).toEqual({
      dueDate: { before: null, after: '2026-12-31' },
      codes: { before: ['01'], after: ['01', '02'] },
    });
  });
});
