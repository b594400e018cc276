import { gql, withClient, type BenchContext } from './context.ts';
import { record } from './report.ts';

/** E1: the memoria of the whole forum (every province's roadmap), against JSON of the same data. */
export async function e1({ server, token, url }: BenchContext): Promise<void> {
  const baselineStarted = performance.now();
  await withClient(url, async (client) => {
    const tables = [
      'conversatorio',
      'contribution',
      'action_item',
      'action_item_co_province',
      'commitment',
      'document',
      'agenda_session',
      'province',
      'organization',
    ];
    for (const table of tables) JSON.stringify((await client.query(`SELECT * FROM ${table}`)).rows);
  });
  const baseline = performance.now() - baselineStarted;
  const started = performance.now();
  const job = await gql<{ generateMemoria: { id: string } }>(server.baseUrl, 'mutation { generateMemoria { id } }', {}, token);
  // When each format is stored, as the analyst polling the job sees it.
  const readyAt: Record<string, number> = {};
  for (;;) {
    const { memoriaJob } = await gql<{ memoriaJob: { status: string; error: string | null; readyFormats: string[] } }>(
      server.baseUrl,
      'query ($id: ID!) { memoriaJob(id: $id) { status error readyFormats } }',
      { id: job.generateMemoria.id },
      token,
    );
    for (const format of memoriaJob.readyFormats) readyAt[format] ??= performance.now() - started;
    if (memoriaJob.status === 'FAILED') throw new Error(memoriaJob.error ?? 'memoria failed');
    if (memoriaJob.status === 'DONE') break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const total = performance.now() - started;
  const pdf = await fetch(`${server.baseUrl}/exports/memoria/borradores/${job.generateMemoria.id}.pdf`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const pages = (
    Buffer.from(await pdf.arrayBuffer())
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  console.log(`memoria: ${pages} PDF pages`);
  record({
    id: 'E1',
    metric: 'memoria, all provinces: HTML ready',
    value: readyAt.html,
    baseline,
    unit: 'ms',
    target: '≤ 1 s',
    met: readyAt.html <= 1_000,
  });
  record({
    id: 'E1',
    metric: `memoria, all provinces: PDF ready (${pages} pages)`,
    value: readyAt.pdf,
    baseline,
    unit: 'ms',
    target: '≤ 10 s',
    met: readyAt.pdf <= 10_000,
  });
  record({ id: 'E1', metric: 'memoria, all provinces: all four formats', value: total, baseline, unit: 'ms' });
}
