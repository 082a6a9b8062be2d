import { describe, expect, it } from 'vitest';
import { testSearchKey } from '../../test-support/search-key.ts';
import { useStandardBank } from '../customers/customers.test-scenario.ts';
import { isValidCardNumber } from './card-number.rules.ts';
import { seedDemoCards } from './card-demo.ts';

const fixture = useStandardBank();

describe('demo cards', () => {
  it('seeds demo types, issuing outlets with a wealth advisor, stock, and cards for every other VIP customer of the RM — once', async () => {
    const { db, bank } = fixture;
    await seedDemoCards(db.pool, testSearchKey, bank.staff.RM.staffNo);
    await seedDemoCards(db.pool, testSearchKey, bank.staff.RM.staffNo);
    const types = await db.pool.query(`SELECT code, demo, tiers FROM card_type ORDER BY id`);
    expect(types.rows).toEqual([
      { code: 'DEMO-GOLD', demo: true, tiers: ['GOLD'] },
      { code: 'DEMO-PLATINUM', demo: true, tiers: ['PLATINUM'] },
      { code: 'DEMO-DIAMOND', demo: true, tiers: ['DIAMOND', 'PRIVATE'] },
    ]);
    // Only OUT1 has a wealth advisor in the standard bank.
    const outlets = await db.pool.query(`SELECT org_id FROM card_issuing_outlet`);
    expect(outlets.rows.map((row) => row.org_id)).toEqual([bank.bank.orgId('OUT1')]);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM card_stock`)).rows[0].n).toBe(3);
    // The RM's VIP customers are A1 (private) and A2 (gold): the first gets the shared diamond card.
    const cards = await db.pool.query(`SELECT customer_id::text, state, card_no FROM card`);
    expect(cards.rows).toHaveLength(1);
    expect(cards.rows[0]).toMatchObject({ customer_id: String(bank.customers.A1.id), state: 'ISSUED' });
    expect(cards.rows[0].card_no).toHaveLength(19);
    expect(isValidCardNumber(cards.rows[0].card_no)).toBe(true);
  });
});
