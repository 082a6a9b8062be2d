import { beforeAll, describe, expect, it } from 'vitest';
import { auditOf, useStandardBank } from '../customers/customers.test-scenario.ts';
import { isValidCardNumber } from './card-number.rules.ts';
import { cardClients, seedCards, stockOf, type CardClient, type CardTypes } from './cards.test-support.ts';
import type { StaffKey } from '../customers/customers.test-scenario.ts';

const fixture = useStandardBank();
let as: (key: StaffKey) => CardClient;
let types: CardTypes;

beforeAll(async () => {
  types = await seedCards(fixture.db.pool, fixture.bank);
  as = await cardClients(fixture.app, fixture.bank);
});

const MASKED_16 = /^\d{6}\*{6}\d{4}$/;

describe('VIP cards: the lifecycle', () => {
  it('applies, approves, issues, reports lost and reissues, with history, stock and audit', async () => {
    const { bank } = fixture;
    const customerId = String(bank.customers.A2.id);
    const out1 = bank.bank.orgId('OUT1');
    const before = await stockOf(fixture.db.pool, out1, types.gold);

    const applied = await as('RM')('POST', '/api/cards', { customerId, cardTypeId: types.gold, reason: '客户申请' });
    expect(applied.statusCode, applied.body).toBe(201);
    const cardId = applied.json().id as string;
    expect(applied.json()).toMatchObject({ state: 'APPLIED', cardNoMasked: null, allowedActions: ['approve', 'cancel'] });

    expect((await as('RM')('POST', `/api/cards/${cardId}/approve`, {})).statusCode).toBe(403);
    const approved = await as('OH')('POST', `/api/cards/${cardId}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().card.state).toBe('APPROVED');

    const issued = await as('TL')('POST', `/api/cards/${cardId}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);
    const card = issued.json().card;
    expect(issued.json()).toMatchObject({ card: { state: 'ISSUED', issuingOutlet: { id: out1 } }, replacement: null });
    expect(card.cardNoMasked).toMatch(MASKED_16);
    expect(card.cardNoMasked.startsWith('990001')).toBe(true);
    expect(Number(card.expiresOn.slice(0, 4)) - Number(card.issuedOn.slice(0, 4))).toBe(2);
    expect(await stockOf(fixture.db.pool, out1, types.gold)).toBe(before - 1);

    const lost = await as('RM')('POST', `/api/cards/${cardId}/report-lost`, { reason: '客户来电挂失' });
    expect(lost.json().card).toMatchObject({ state: 'LOST', allowedActions: ['reissue', 'exchange', 'cancel'] });
    expect((await as('RM')('POST', `/api/cards/${cardId}/report-lost`, {})).json()).toMatchObject({ code: 'CARD_ACTION_NOT_ALLOWED', details: { state: 'LOST' } });

    const reissued = await as('TL')('POST', `/api/cards/${cardId}/reissue`, {});
    expect(reissued.statusCode, reissued.body).toBe(200);
    expect(reissued.json().card.state).toBe('REISSUED');
    const replacement = reissued.json().replacement;
    expect(replacement).toMatchObject({ state: 'ISSUED', replacesCardId: cardId, cardType: { id: types.gold } });
    expect(await stockOf(fixture.db.pool, out1, types.gold)).toBe(before - 2);

    const { rows } = await fixture.db.pool.query(`SELECT card_no FROM card WHERE customer_id = $1 ORDER BY id`, [customerId]);
    const numbers = rows.map((row) => row.card_no as string);
    expect(numbers).toHaveLength(2);
    expect(numbers[0]).not.toBe(numbers[1]);
    for (const number of numbers) expect(isValidCardNumber(number)).toBe(true);

    const listed = (await as('RM')('GET', `/api/customers/${customerId}/cards`)).json();
    expect(listed.customer).toMatchObject({ customerNo: bank.customers.A2.customerNo, serviceTier: 'GOLD' });
    expect(listed.cards.map((c: { state: string }) => c.state)).toEqual(['ISSUED', 'REISSUED']);
    expect(listed.cards[1].history.map((e: { action: string; fromState: string | null; toState: string }) => [e.action, e.fromState, e.toState])).toEqual([
      ['apply', null, 'APPLIED'],
      ['approve', 'APPLIED', 'APPROVED'],
      ['issue', 'APPROVED', 'ISSUED'],
      ['report-lost', 'ISSUED', 'LOST'],
      ['reissue', 'LOST', 'REISSUED'],
    ]);
    expect(listed.cards[1].history[0]).toMatchObject({ staffNo: bank.staff.RM.staffNo, reason: '客户申请' });

    // Found by the full number (as typed, with spaces), answered masked; never in a response or the audit trail.
    const typed = numbers[1]!.replace(/(\d{4})/g, '$1 ');
    const found = await as('RM')('POST', '/api/cards/search', { cardNo: typed });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().customer.id).toBe(customerId);
    for (const response of [found, listed, reissued, issued]) {
      const body = typeof response === 'object' && 'body' in response ? (response.body as string) : JSON.stringify(response);
      for (const number of numbers) expect(body).not.toContain(number);
    }
    const events = [...(await auditOf(fixture.db.pool, bank.staff.RM)), ...(await auditOf(fixture.db.pool, bank.staff.TL))];
    expect(events.filter((e) => e.action.includes('/api/cards')).length).toBeGreaterThanOrEqual(5);
    for (const number of numbers) expect(JSON.stringify(events)).not.toContain(number);
    expect(events.find((e) => e.action === 'POST /api/cards/:cardId/issue')).toMatchObject({ result: 'ALLOWED', customer_ids: [customerId] });
  });

  it('exchanges up to the card of the new tier, and cancels with a reason', async () => {
    const { bank } = fixture;
    // A1 is private banking: the shared diamond card.
    const customerId = String(bank.customers.A1.id);
    expect((await as('RM')('POST', '/api/cards', { customerId, cardTypeId: types.gold })).json()).toMatchObject({ code: 'CARD_TIER_MISMATCH', details: { serviceTier: 'PRIVATE' } });
    const cardId = (await as('RM')('POST', '/api/cards', { customerId, cardTypeId: types.diamond })).json().id;
    expect((await as('RM')('POST', '/api/cards', { customerId, cardTypeId: types.diamond })).json().code).toBe('CARD_ALREADY_HELD');
    await as('OH')('POST', `/api/cards/${cardId}/approve`, {});
    const issued = (await as('OH')('POST', `/api/cards/${cardId}/issue`, {})).json().card;
    expect(issued.cardNoMasked).toMatch(/^\d{6}\*{9}\d{4}$/);
    expect((await as('TL')('POST', `/api/cards/${cardId}/exchange`, { cardTypeId: types.diamond })).json().code).toBe('CARD_EXCHANGE_SAME_TIER');
    expect((await as('TL')('POST', `/api/cards/${cardId}/exchange`, { cardTypeId: types.platinum })).json().code).toBe('CARD_TIER_MISMATCH');
    expect((await as('TL')('POST', `/api/cards/${cardId}/renew`, {})).json()).toMatchObject({ code: 'CARD_ACTION_NOT_ALLOWED', details: { state: 'ISSUED' } });
    expect((await as('TL')('POST', `/api/cards/${cardId}/cancel`, {})).statusCode).toBe(400);
    const cancelled = await as('TL')('POST', `/api/cards/${cardId}/cancel`, { reason: '客户销户' });
    expect(cancelled.json().card).toMatchObject({ state: 'CANCELLED', allowedActions: [] });
  });
});

describe('VIP cards: refusals', () => {
  it('issues only at issuing outlets', async () => {
    const { bank } = fixture;
    const customerId = String(bank.customers.B2.id);
    const cardId = (await as('RM3')('POST', '/api/cards', { customerId, cardTypeId: types.gold })).json().id;
    expect((await as('SBH')('POST', `/api/cards/${cardId}/approve`, {})).statusCode).toBe(200);
    const refused = await as('RM3')('POST', `/api/cards/${cardId}/issue`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CARD_OUTLET_NOT_ISSUING');
    const events = await auditOf(fixture.db.pool, bank.staff.RM3);
    expect(events.at(-1)).toMatchObject({ action: 'POST /api/cards/:cardId/issue', result: 'DENIED', details: { reason: 'CARD_OUTLET_NOT_ISSUING' } });
  });

  it('refuses a card of another tier', async () => {
    const response = await as('RM2')('POST', '/api/cards', { customerId: String(fixture.bank.customers.A3.id), cardTypeId: types.gold });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CARD_TIER_MISMATCH', details: { serviceTier: 'PLATINUM', cardTiers: ['GOLD'] } });
    expect((await auditOf(fixture.db.pool, fixture.bank.staff.RM2)).at(-1)).toMatchObject({
      action: 'POST /api/cards',
      result: 'DENIED',
      customer_ids: [String(fixture.bank.customers.A3.id)],
      details: { reason: 'CARD_TIER_MISMATCH' },
    });
    // A standard customer holds no VIP card.
    expect((await as('RM2')('POST', '/api/cards', { customerId: String(fixture.bank.customers.A4.id), cardTypeId: types.gold })).json().code).toBe('CARD_TIER_MISMATCH');
  });

  it('refuses roles without the permission', async () => {
    const customerId = String(fixture.bank.customers.A3.id);
    expect((await as('WA')('POST', '/api/cards', { customerId, cardTypeId: types.platinum })).statusCode).toBe(403);
    expect((await as('AU')('GET', `/api/customers/${customerId}/cards`)).statusCode).toBe(403);
    expect((await as('LM')('POST', '/api/cards/search', { customerNo: fixture.bank.customers.A3.customerNo })).statusCode).toBe(403);
    expect((await as('RM')('POST', '/api/card-types', { code: 'X', name: 'x', tiers: ['GOLD'], bin: '990009', length: 16 })).statusCode).toBe(403);
    expect((await as('RM')('POST', '/api/card-stock/receipts', { outletId: fixture.bank.bank.orgId('OUT1'), cardTypeId: types.gold, quantity: 1 })).statusCode).toBe(403);
  });

  it("does not find another outlet's customer or card: 404", async () => {
    const { bank } = fixture;
    const customerId = String(bank.customers.A3.id);
    const cardId = (await as('RM2')('POST', '/api/cards', { customerId, cardTypeId: types.platinum })).json().id;
    for (const response of [
      await as('RM4')('GET', `/api/customers/${customerId}/cards`),
      await as('RM4')('POST', '/api/cards/search', { customerNo: bank.customers.A3.customerNo }),
      await as('RM4')('POST', '/api/cards', { customerId, cardTypeId: types.platinum }),
      await as('RM')('POST', '/api/cards', { customerId, cardTypeId: types.platinum }),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('CUSTOMER_NOT_FOUND');
    }
    for (const [key, action] of [['RM4', 'cancel'], ['RM3', 'cancel'], ['RM', 'report-lost']] as const) {
      const response = await as(key)('POST', `/api/cards/${cardId}/${action}`, { reason: 'x' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'CARD_NOT_FOUND', details: { cardId } });
    }
  });

  it('validates card numbers on input', async () => {
    for (const cardNo of ['9900011234567890', '99000112345678', 'abcd']) {
      const response = await as('RM')('POST', '/api/cards/search', { cardNo });
      expect(response.statusCode, cardNo).toBe(400);
      expect(response.json().code).toBe('REQUEST_INVALID');
    }
    expect((await as('RM')('POST', '/api/cards/search', { cardNo: '4111111111111111' })).json().code).toBe('CUSTOMER_NOT_FOUND');
  });
});

describe('VIP cards: stock', () => {
  it('receives, transfers within the scope, alerts by level, never below zero', async () => {
    const { bank, db } = fixture;
    const out1 = bank.bank.orgId('OUT1');
    const out2 = bank.bank.orgId('OUT2');
    await db.pool.query(`INSERT INTO card_issuing_outlet (org_id, set_by) VALUES ($1, 'test') ON CONFLICT DO NOTHING`, [out2]);
    const start = await stockOf(db.pool, out1, types.platinum);
    const received = await as('OH')('POST', '/api/card-stock/receipts', { outletId: out1, cardTypeId: types.platinum, quantity: 5 });
    expect(received.statusCode, received.body).toBe(200);
    expect(await stockOf(db.pool, out1, types.platinum)).toBe(start + 5);
    // The outlet head's scope is the outlet: the other outlet is not found.
    expect((await as('OH')('POST', '/api/card-stock/transfers', { fromOutletId: out1, toOutletId: out2, cardTypeId: types.platinum, quantity: 1 })).json()).toMatchObject({
      code: 'CARD_OUTLET_NOT_FOUND',
      details: { field: 'toOutletId' },
    });
    const tooMany = await as('BA')('POST', '/api/card-stock/transfers', { fromOutletId: out1, toOutletId: out2, cardTypeId: types.platinum, quantity: start + 6 });
    expect(tooMany.json().code).toBe('CARD_STOCK_INSUFFICIENT');
    const moved = await as('BA')('POST', '/api/card-stock/transfers', { fromOutletId: out1, toOutletId: out2, cardTypeId: types.platinum, quantity: start + 4 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await stockOf(db.pool, out1, types.platinum)).toBe(1);
    expect(await stockOf(db.pool, out2, types.platinum)).toBe(start + 4);

    const levels = await as('OH')('PUT', '/api/card-stock/levels', { outletId: out1, cardTypeId: types.platinum, shortageLevel: 2, overstockLevel: 50 });
    expect(levels.statusCode, levels.body).toBe(200);
    expect((await as('OH')('PUT', '/api/card-stock/levels', { outletId: out1, cardTypeId: types.platinum, shortageLevel: 50, overstockLevel: 50 })).statusCode).toBe(400);
    await as('BA')('PUT', '/api/card-stock/levels', { outletId: out2, cardTypeId: types.platinum, shortageLevel: null, overstockLevel: 3 });
    const alerts = (await as('BA')('GET', '/api/card-stock/alerts')).json().items;
    expect(alerts.map((row: { outlet: { id: number }; alert: string }) => [row.outlet.id, row.alert])).toEqual(
      expect.arrayContaining([[out1, 'SHORTAGE'], [out2, 'OVERSTOCK']]),
    );
    // The outlet head sees their own outlet's stock only.
    const own = (await as('OH')('GET', '/api/card-stock')).json().items;
    expect(new Set(own.map((row: { outlet: { id: number } }) => row.outlet.id))).toEqual(new Set([out1]));
  });

  it('N concurrent issues with N−k blanks in stock: exactly N−k succeed, the rest get CARD_STOCK_EMPTY', async () => {
    const { bank, db } = fixture;
    const { aCustomer } = await import('../customers/customers.test-bank.ts');
    const out1 = bank.bank.orgId('OUT1');
    const N = 8;
    const inStock = 5;
    const run = await db.pool.query(`SELECT id, policy_id, month FROM tier_evaluation_run WHERE policy_id = $1 ORDER BY month DESC, id DESC LIMIT 1`, [bank.policyId]);
    const cardIds: string[] = [];
    for (let i = 0; i < N; i += 1) {
      const customer = await aCustomer().at('OUT1').named(`并发${i}`).withAccount({ product: 'DEPOSIT', balance: '90000.00' }).insert(bank.bank);
      await db.pool.query(
        `INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier, previous_service_tier, service_tier, substandard_months, status)
         VALUES ($1, $2, $3, $4, 9000000, 'GOLD', 'GOLD', 'GOLD', 0, 'QUALIFIED')`,
        [run.rows[0].policy_id, run.rows[0].month, customer.id, run.rows[0].id],
      );
      const { rows } = await db.pool.query(`INSERT INTO card (customer_id, card_type_id, state) VALUES ($1, $2, 'APPROVED') RETURNING id::text`, [customer.id, types.gold]);
      cardIds.push(rows[0].id);
    }
    await db.pool.query(`UPDATE card_stock SET quantity = $3 WHERE outlet_id = $1 AND card_type_id = $2`, [out1, types.gold, inStock]);

    const responses = await Promise.all(cardIds.map((id) => as('TL')('POST', `/api/cards/${id}/issue`, {})));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(inStock);
    const refused = responses.filter((response) => response.statusCode !== 200);
    expect(refused).toHaveLength(N - inStock);
    for (const response of refused) expect(response.json()).toMatchObject({ code: 'CARD_STOCK_EMPTY' });
    expect(await stockOf(db.pool, out1, types.gold)).toBe(0);
    const issued = await db.pool.query(`SELECT count(*)::int AS n FROM card WHERE id = ANY($1::bigint[]) AND state = 'ISSUED'`, [cardIds]);
    expect(issued.rows[0].n).toBe(inStock);
    const movements = await db.pool.query(`SELECT count(*)::int AS n FROM card_stock_movement WHERE kind = 'ISSUE' AND card_id = ANY($1::bigint[])`, [cardIds]);
    expect(movements.rows[0].n).toBe(inStock);
  });

  it('keeps the CHECK constraint behind the conditional update', async () => {
    const out1 = fixture.bank.bank.orgId('OUT1');
    await expect(fixture.db.pool.query(`UPDATE card_stock SET quantity = -1 WHERE outlet_id = $1`, [out1])).rejects.toThrow(/check constraint/);
  });
});

describe('VIP cards: card types and issuing outlets', () => {
  it('lets HQ define card types and flag issuing outlets', async () => {
    const created = await as('HQ')('POST', '/api/card-types', { code: 'TEST-GOLD-19', name: '金卡19位', tiers: ['GOLD'], bin: '990009', length: 19 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'TEST-GOLD-19', length: 19, active: true, demo: false });
    expect((await as('HQ')('POST', '/api/card-types', { code: 'TEST-GOLD-19', name: 'x', tiers: ['GOLD'], bin: '990009', length: 16 })).json().code).toBe('CARD_TYPE_CODE_TAKEN');
    for (const body of [
      { code: 'A', name: 'x', tiers: ['STANDARD'], bin: '990009', length: 16 },
      { code: 'A', name: 'x', tiers: ['GOLD'], bin: '99000', length: 16 },
      { code: 'A', name: 'x', tiers: ['GOLD'], bin: '990009', length: 18 },
      { code: 'A', name: 'x', tiers: [], bin: '990009', length: 16 },
    ]) {
      expect((await as('HQ')('POST', '/api/card-types', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    const updated = await as('HQ')('PUT', `/api/card-types/${created.json().id}`, { code: 'TEST-GOLD-19', name: '金卡19位', tiers: ['GOLD'], bin: '990009', length: 19, active: false });
    expect(updated.json().active).toBe(false);
    const out3 = fixture.bank.bank.orgId('OUT3');
    const flagged = await as('HQ')('PUT', `/api/card-issuing-outlets/${out3}`, { issuing: true });
    expect(flagged.statusCode, flagged.body).toBe(200);
    expect(flagged.json().items.map((row: { orgId: number }) => row.orgId)).toContain(out3);
    expect((await as('HQ')('PUT', `/api/card-issuing-outlets/${fixture.bank.bank.orgId('SB1')}`, { issuing: true })).json().code).toBe('CARD_OUTLET_NOT_FOUND');
    expect((await as('HQ')('PUT', `/api/card-issuing-outlets/${out3}`, { issuing: false })).statusCode).toBe(200);
    expect((await as('RM')('GET', '/api/card-types')).json().items.length).toBeGreaterThanOrEqual(4);
  });
});
