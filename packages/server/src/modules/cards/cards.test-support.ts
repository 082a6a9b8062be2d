/**
 * What the card route tests share on top of the standard bank (customers.test-scenario.ts): card
 * types for each tier, OUT1 flagged as the issuing outlet with blanks in stock, and a client that
 * speaks to the card routes as a logged-in staff member.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { loggedIn } from '../identity/identity.routes.test-support.ts';
import type { Scenario, StaffKey } from '../customers/customers.test-scenario.ts';

export interface CardTypes {
  gold: number;
  platinum: number;
  diamond: number;
}

/** Test BINs: no real issuer's. */
export async function seedCards(pool: pg.Pool, bank: Scenario, stock = 10): Promise<CardTypes> {
  const insert = async (code: string, tiers: string[], bin: string, length: number) =>
    (await pool.query(`INSERT INTO card_type (code, name, tiers, bin, length) VALUES ($1, $1, $2, $3, $4) RETURNING id`, [code, tiers, bin, length])).rows[0].id as number;
  const types = {
    gold: await insert('TEST-GOLD', ['GOLD'], '990001', 16),
    platinum: await insert('TEST-PLATINUM', ['PLATINUM'], '990002', 16),
    diamond: await insert('TEST-DIAMOND', ['DIAMOND', 'PRIVATE'], '99000301', 19),
  };
  const out1 = bank.bank.orgId('OUT1');
  await pool.query(`INSERT INTO card_issuing_outlet (org_id, set_by) VALUES ($1, 'test')`, [out1]);
  for (const id of Object.values(types)) {
    await pool.query(`INSERT INTO card_stock (outlet_id, card_type_id, quantity) VALUES ($1, $2, $3)`, [out1, id, stock]);
  }
  return types;
}

export type CardClient = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => Promise<LightMyRequestResponse>;

export async function cardClients(app: FastifyInstance, bank: Scenario): Promise<(key: StaffKey) => CardClient> {
  const clients = new Map<StaffKey, CardClient>();
  for (const key of Object.keys(bank.staff) as StaffKey[]) {
    const { token, csrfToken } = await loggedIn(app, bank.staff[key].staffNo);
    clients.set(key, (method, url, payload) =>
      app.inject({
        method,
        url,
        headers: { cookie: `guibin_session=${token}`, 'x-csrf-token': csrfToken, 'accept-language': 'en' },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      }),
    );
  }
  return (key) => clients.get(key)!;
}

export async function stockOf(pool: pg.Pool, outletId: number, cardTypeId: number): Promise<number> {
  const { rows } = await pool.query(`SELECT quantity FROM card_stock WHERE outlet_id = $1 AND card_type_id = $2`, [outletId, cardTypeId]);
  return rows[0]?.quantity ?? 0;
}
