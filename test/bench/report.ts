import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One benchmark figure, printed as `metric, value, baseline, ratio` and kept for the JSON report. */
export interface Row {
  id: string;
  metric: string;
  value: number;
  baseline: number | null;
  /** value / baseline, or null without a baseline. */
  ratio: number | null;
  unit: string;
  target?: string;
  met?: boolean;
}

const rows: Row[] = [];

export function record(row: Omit<Row, 'ratio'> & { ratio?: number | null }): void {
  const ratio = row.ratio ?? (row.baseline ? row.value / row.baseline : null);
  const full = { ...row, ratio };
  rows.push(full);
  const format = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(2));
  const verdict = row.met === undefined ? '' : row.met ? '  ✓' : '  ✗';
  console.log(
    `${row.id} ${row.metric}, ${format(row.value)} ${row.unit}, ${format(row.baseline)}, ${format(ratio)}${row.target ? `  (target ${row.target})` : ''}${verdict}`,
  );
}

export async function writeReport(file: string, context: Record<string, unknown>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...context, rows }, null, 2)}\n`);
}

/** The p-th percentile (0–100) of some samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}
