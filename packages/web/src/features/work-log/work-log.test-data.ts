/** Builders for the work log component tests, typed by the generated API types. */
import type { WorkLogDay, WorkLogWeek } from './work-log-api.ts';

export function aWorkLogDay(overrides: Partial<WorkLogDay> = {}): WorkLogDay {
  return {
    staff: { staffNo: 'S00009', name: '李瑶玉' },
    date: '2026-11-25',
    saved: false,
    updatedAt: null,
    entries: [],
    visits: [
      {
        recordId: '501',
        customer: { id: '26', customerNo: 'C000026', name: '曾婷敏' },
        channel: 'OUTLET_VISIT',
        purpose: 'SERVICE',
        occurredAt: '2026-11-25T02:30:00.000Z',
        durationMinutes: 40,
        outcome: 'COMPLETED',
        notes: '客户考虑续存三年期',
        nextStep: '到期前再确认',
      },
    ],
    editable: true,
    ...overrides,
  };
}

const zero = { PHONE: 0, SMS: 0, WECHAT: 0, EMAIL: 0, OUTLET_VISIT: 0, HOME_VISIT: 0, EVENT: 0 };

export function aWeek(): WorkLogWeek {
  const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
  const member = (staffNo: string, name: string, role: string, perDay: [number, number][], customers: number, byChannel: Partial<typeof zero>) => ({
    staff: { staffNo, name, role },
    days: days.map((date, index) => ({ date, saved: (perDay[index]?.[0] ?? 0) > 0, entries: perDay[index]?.[0] ?? 0, contacts: perDay[index]?.[1] ?? 0 })),
    contacts: perDay.reduce((sum, [, contacts]) => sum + contacts, 0),
    customers,
    byChannel: { ...zero, ...byChannel },
    entries: perDay.reduce((sum, [entries]) => sum + entries, 0),
    daysLogged: perDay.filter(([entries]) => entries > 0).length,
  });
  const staff = [
    member('S00009', '李瑶玉', 'RELATIONSHIP_MANAGER', [[3, 2], [2, 1], [0, 1]], 3, { PHONE: 3, OUTLET_VISIT: 1 }),
    member('S00011', '赵强', 'RELATIONSHIP_MANAGER', [], 0, {}),
  ];
  return {
    week: { start: days[0]!, end: days[6]! },
    staff,
    totals: { contacts: 4, customers: 3, byChannel: { ...zero, PHONE: 3, OUTLET_VISIT: 1 }, entries: 5, daysLogged: 2 },
  };
}
