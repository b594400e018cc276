/** The forum's time zone: every time the API returns carries this zone's offset. */
export const FORUM_TIME_ZONE = 'America/Guayaquil';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: FORUM_TIME_ZONE,
  timeZoneName: 'longOffset',
});

/** The zone's UTC offset at an instant, as `-05:00`. */
export function forumOffset(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/** An instant as ISO 8601 in the forum's zone, e.g. `2023-03-28T09:00:00-05:00`. */
export function toForumIso(instant: Date): string {
  const offset = forumOffset(instant);
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(instant.getTime() + sign * (hours * 60 + minutes) * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${offset}`;
}

/** The instant of a wall-clock time in the forum's zone (`2023-03-28`, `09:00`). */
export function forumInstant(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const offset = forumOffset(guess);
  return new Date(`${date}T${time}:00${offset}`);
}
