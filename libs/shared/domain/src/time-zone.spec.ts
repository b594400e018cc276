import { forumInstant, forumOffset, toForumIso } from './time-zone.js';

describe('forum time zone (America/Guayaquil)', () => {
  it('reads a wall-clock time in Ecuador as the right instant', () => {
    expect(forumInstant('2023-03-28', '09:00').toISOString()).toBe('2023-03-28T14:00:00.000Z');
  });

  it('writes an instant with the -05:00 offset', () => {
    expect(toForumIso(new Date('2023-03-29T17:10:00Z'))).toBe('2023-03-29T12:10:00-05:00');
    expect(forumOffset(new Date('2023-07-01T00:00:00Z'))).toBe('-05:00');
  });

  it('keeps the calendar date of Ecuador near midnight UTC', () => {
    expect(toForumIso(new Date('2023-03-29T03:30:00Z'))).toBe('2023-03-28T22:30:00-05:00');
  });
});
