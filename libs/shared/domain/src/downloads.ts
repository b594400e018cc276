/**
 * Every file Ruta hands out, by format: one registry for the server (content types) and the web
 * (names shown beside links). A new download (open data, IATI, certificates) adds its formats here.
 */
export const DownloadFormat = {
  PDF: 'pdf',
  DOCX: 'docx',
  HTML: 'html',
  MD: 'md',
  CSV: 'csv',
  XLSX: 'xlsx',
  JSON: 'json',
} as const;
export type DownloadFormat = (typeof DownloadFormat)[keyof typeof DownloadFormat];

export const downloadFormats: Record<DownloadFormat, { contentType: string; label: string }> = {
  pdf: { contentType: 'application/pdf', label: 'PDF' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (DOCX)' },
  html: { contentType: 'text/html; charset=utf-8', label: 'HTML' },
  md: { contentType: 'text/markdown; charset=utf-8', label: 'Markdown' },
  csv: { contentType: 'text/csv; charset=utf-8', label: 'CSV' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (XLSX)' },
  json: { contentType: 'application/json; charset=utf-8', label: 'JSON' },
};

/** The memoria's formats, in the order they are offered. */
export const MEMORIA_FORMATS = ['pdf', 'docx', 'html', 'md'] as const satisfies readonly DownloadFormat[];
export type MemoriaFormat = (typeof MEMORIA_FORMATS)[number];

/** The roadmap list's export formats. */
export const ROADMAP_EXPORT_FORMATS = ['csv', 'xlsx'] as const satisfies readonly DownloadFormat[];
export type RoadmapExportFormat = (typeof ROADMAP_EXPORT_FORMATS)[number];

/** `"12.pdf"` → `{ name: "12", format: "pdf" }` when the format is one of `formats`; null otherwise. */
export function splitFileName<F extends DownloadFormat>(file: string, formats: readonly F[]): { name: string; format: F } | null {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return null;
  const format = file.slice(dot + 1);
  return (formats as readonly string[]).includes(format) ? { name: file.slice(0, dot), format: format as F } : null;
}
