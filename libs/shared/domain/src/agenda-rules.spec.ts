import { checkAgenda } from './agenda-rules.js';
import { forumInstant } from './time-zone.js';

const day = { date: '2023-03-28', opensAt: forumInstant('2023-03-28', '08:30'), closesAt: forumInstant('2023-03-28', '12:55') };
const session = (id: string, from: string, to: string, date = '2023-03-28') => ({
  id,
  title: id,
  startsAt: forumInstant(date, from),
  endsAt: forumInstant(date, to),
});

describe('checkAgenda', () => {
  it('accepts back-to-back sessions inside the day window', () => {
    expect(checkAgenda([day], [session('a', '08:30', '09:00'), session('b', '09:00', '12:55')])).toEqual([]);
  });

  it('reports a session that overlaps another', () => {
    expect(checkAgenda([day], [session('a', '09:00', '09:31'), session('b', '09:30', '10:00')])).toEqual([
      { kind: 'OVERLAP', sessionId: 'b', otherSessionId: 'a' },
    ]);
  });

  it('reports a session that runs past the window or falls on a day without one', () => {
    expect(checkAgenda([day], [session('late', '12:30', '13:00'), session('other-day', '09:00', '09:30', '2023-03-30')])).toEqual([
      { kind: 'OUTSIDE_DAY_WINDOW', sessionId: 'late' },
      { kind: 'OUTSIDE_DAY_WINDOW', sessionId: 'other-day' },
    ]);
  });

  it('reports a session that ends before it starts', () => {
    expect(checkAgenda([day], [session('backwards', '10:00', '09:30')])).toEqual([{ kind: 'ENDS_BEFORE_START', sessionId: 'backwards' }]);
  });

  it('finds an overlap with an earlier long session, not only the one just before', () => {
    const problems = checkAgenda(
      [day],
      [session('long', '09:00', '11:00'), session('short', '09:30', '09:45'), session('third', '10:00', '10:30')],
    );
    expect(problems).toContainEqual({ kind: 'OVERLAP', sessionId: 'third', otherSessionId: 'long' });
  });
});
