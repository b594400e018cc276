import type { MemoriaBlock, MemoriaSection } from '../memoria.model.js';

export function section(id: string, title: string, blocks: MemoriaBlock[], children: MemoriaSection[] = []): MemoriaSection {
  return { id, title, blocks, children };
}
