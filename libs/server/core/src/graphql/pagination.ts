import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Type } from '@nestjs/common';
import { AppError, fieldError } from '../errors/app-error.js';

/** The API's one pagination shape: `{ nodes, pageInfo { endCursor hasNextPage }, totalCount }`. */
@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when read: a client that does not ask for it costs no counting statement. */
  readonly totalCount: Promise<number>;
}

/** A page of a list; `count` runs the first time `totalCount` is read, and only then. */
export function connection<T>(nodes: T[], pageInfo: PageInfo, count: () => Promise<number>): Connection<T> {
  let counted: Promise<number> | null = null;
  return {
    nodes,
    pageInfo,
    get totalCount() {
      return (counted ??= count());
    },
  };
}

/** A connection type for `T`, e.g. `@ObjectType() class ContributionConnection extends Paginated(Contribution) {}`. */
export function Paginated<T>(itemType: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class PaginatedType implements Connection<T> {
    @Field(() => [itemType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many match the filter, over all pages.' })
    totalCount: Promise<number>;
  }
  return PaginatedType;
}

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

/** A keyset cursor: the sort key and id of the last row of a page, opaque to clients. */
export function encodeCursor(sortKey: Date, id: string): string {
  return Buffer.from(JSON.stringify([sortKey.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortKey: Date; id: string } {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(sortKey);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { sortKey: date, id };
  } catch {
    throw AppError.badInput([fieldError('after', 'invalid')]);
  }
}

/** A cursor for lists sorted by something other than time: how many rows come before the next page. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset: unknown };
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > 1_000_000) throw new Error('bad cursor');
    return offset;
  } catch {
    throw AppError.badInput([fieldError('after', 'invalid')]);
  }
}
