/** A day's window and the sessions that must fit in it. */
export interface AgendaDayWindow {
  date: string;
  opensAt: Date;
  closesAt: Date;
}

export interface ScheduledSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

export type AgendaProblem =
  | { kind: 'ENDS_BEFORE_START'; sessionId: string }
  | { kind: 'OUTSIDE_DAY_WINDOW'; sessionId: string }
  | { kind: 'OVERLAP'; sessionId: string; otherSessionId: string };

/**
 * Checks the rules every agenda obeys: each session ends after it starts, lies inside one day's
 * window, and overlaps no other session. Returns the problems found, none for a valid agenda.
 */
export function checkAgenda(days: AgendaDayWindow[], sessions: ScheduledSession[]): AgendaProblem[] {
  const problems: AgendaProblem[] = [];
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const session of sorted) {
    if (session.endsAt.getTime() <= session.startsAt.getTime()) {
      problems.push({ kind: 'ENDS_BEFORE_START', sessionId: session.id });
      continue;
    }
    const fits = days.some((day) => session.startsAt >= day.opensAt && session.endsAt <= day.closesAt);
    if (!fits) problems.push({ kind: 'OUTSIDE_DAY_WINDOW', sessionId: session.id });
  }
  for (let i = 1; i < sorted.length; i += 1) {
    for (let j = i - 1; j >= 0; j -= 1) {
      if (sorted[j].endsAt.getTime() > sorted[i].startsAt.getTime()) {
        problems.push({ kind: 'OVERLAP', sessionId: sorted[i].id, otherSessionId: sorted[j].id });
      }
    }
  }
  return problems;
}
