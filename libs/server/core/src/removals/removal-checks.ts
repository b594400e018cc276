import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ErrorKey } from '../errors/app-error.js';

/**
 * The kinds of record another feature may keep pointing at, and what identifies them. Features
 * add kinds by declaration merging, as with `DomainEventMap`:
 *
 *   declare module '@ruta/server-core' { interface RemovableMap { agendaSession: string } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RemovableMap {}

/** A check answers the error key that refuses the removal of these records, or null to let it go. */
export type RemovalCheck = (manager: EntityManager, ids: readonly string[]) => Promise<ErrorKey | null>;

/**
 * Who may refuse a removal. A feature lower in the layers (the programme) removes its records
 * only once the features built on it (questions, documents) have said whether they keep something
 * there — without the programme reading their tables. Checks run in the removal's transaction.
 */
@Injectable()
export class RemovalChecks {
  private readonly checks = new Map<keyof RemovableMap, Array<{ owner: string; check: RemovalCheck }>>();

  /** `owner` names the feature, for ordering and logs. */
  register(kind: keyof RemovableMap, owner: string, check: RemovalCheck): void {
    this.checks.set(
      kind,
      [...(this.checks.get(kind) ?? []), { owner, check }].sort((a, b) => a.owner.localeCompare(b.owner)),
    );
  }

  /** The error keys refusing the removal (empty: it may go ahead). */
  async refusals(kind: keyof RemovableMap, manager: EntityManager, ids: readonly string[]): Promise<ErrorKey[]> {
    if (ids.length === 0) return [];
    const keys: ErrorKey[] = [];
    for (const { check } of this.checks.get(kind) ?? []) {
      const key = await check(manager, ids);
      if (key) keys.push(key);
    }
    return keys;
  }
}

@Global()
@Module({ providers: [RemovalChecks], exports: [RemovalChecks] })
export class RemovalChecksModule {}
