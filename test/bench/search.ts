import type pg from 'pg';
import { HEADLINE } from '../../libs/server/core/src/search/text-match.ts';
import { CONTRIBUTION_SEARCH } from '../../libs/server/contributions/src/search-statements.ts';
import { growSearchableRows } from './generate.ts';
import { withClient, type BenchContext } from './context.ts';
import { percentile, record } from './report.ts';

/**
 * Q1: accent-insensitive Spanish search, top 20 of the searchable rows (the server's own statement,
 * snippets included), against an unaccent ILIKE scan.
 */
export async function q1({ url }: BenchContext): Promise<void> {
  const rows = await growSearchableRows(url);
  console.log(`searchable rows: ${rows}`);
  const terms = [
    'cooperacion',
    'paramos',
    'energia',
    'educacion',
    'migracion',
    'climatico',
    'produccion',
    'agroecologia',
    'innovacion',
    'tecnologia',
  ];
  const scan = `SELECT c.id FROM contribution c
                 WHERE unaccent(lower(c.body)) ILIKE '%' || unaccent(lower($1)) || '%' AND c.hidden_at IS NULL
                 ORDER BY c.created_at DESC, c.id LIMIT 20`;
  const time = async (client: pg.Client, text: string, rounds: number) => {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const term of terms) {
        const started = performance.now();
        await client.query(text, text === CONTRIBUTION_SEARCH ? [term, 20, HEADLINE] : [term]);
        samples.push(performance.now() - started);
      }
    }
    return samples;
  };
  await withClient(url, async (client) => {
    await time(client, CONTRIBUTION_SEARCH, 1);
    const indexed = await time(client, CONTRIBUTION_SEARCH, 20);
    const baseline = await time(client, scan, 3);
    const p99 = percentile(indexed, 99);
    const baseP99 = percentile(baseline, 99);
    record({ id: 'Q1', metric: 'search p50', value: percentile(indexed, 50), baseline: percentile(baseline, 50), unit: 'ms' });
    record({
      id: 'Q1',
      metric: 'search p99',
      value: p99,
      baseline: baseP99,
      unit: 'ms',
      target: 'p99 ≤ 10 ms and ≥ 20× faster than the scan',
      met: p99 <= 10 && baseP99 / p99 >= 20,
    });
  });
}
