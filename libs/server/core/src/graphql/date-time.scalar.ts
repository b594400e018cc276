import { CustomScalar, Scalar } from '@nestjs/graphql';
import { toForumIso } from '@ruta/shared-domain';
import { Kind, type ValueNode } from 'graphql';

/**
 * ISO 8601 date-time. Output always carries the forum's offset (America/Guayaquil, `-05:00`);
 * input must name its offset, so no time is read in the server's own zone by accident.
 */
@Scalar('DateTime', () => Date)
export class DateTimeScalar implements CustomScalar<string, Date> {
  description = 'ISO 8601 date-time with offset; returned in America/Guayaquil time, e.g. 2023-03-28T09:00:00-05:00';

  serialize(value: unknown): string {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return toForumIso(date);
  }

  parseValue(value: unknown): Date {
    return this.parse(value);
  }

  parseLiteral(ast: ValueNode): Date {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be a string');
    return this.parse(ast.value);
  }

  private parse(value: unknown): Date {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
      throw new TypeError('DateTime must be ISO 8601 with an offset, e.g. 2023-03-28T09:00:00-05:00');
    }
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime is not a valid date');
    return date;
  }
}
