/**
 * Cards for the demo bank only (cli/demo-bank.ts): a real bank defines its own card types and
 * BINs (card-type.manage) and flags its issuing outlets; none are preset by the migration. The
 * demo gets one type per tier (private banking shares the diamond card), all marked `demo`, with
 * BINs from the 99xxxx range no issuer holds; the outlets with a wealth advisor (DOMAIN.md §5
 * "only outlets with a wealth manager may issue") flagged as issuing; stock at each of them; and
 * issued cards for every other VIP customer of the demo relationship manager, so that the screens
 * show cards and the others remain to apply for.
 */
import crypto from 'node:crypto';
import type pg from 'pg';
import { keyedHash, type SearchKey } from '../../platform/access/search-key.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { composeCardNumber, type CardLength } from './card-number.rules.ts';
import { expiryOf } from './card-lifecycle.rules.ts';
import { evaluationInForce } from './cards.store.ts';

const DEMO_TYPES: { code: string; name: string; tiers: string[]; bin: string; length: CardLength; stock: number }[] = [
  { code: 'DEMO-GOLD', name: '金卡（演示）', tiers: ['GOLD'], bin: '990001', length: 16, stock: 60 },
  { code: 'DEMO-PLATINUM', name: '白金卡（演示）', tiers: ['PLATINUM'], bin: '990002', length: 16, stock: 30 },
  { code: 'DEMO-DIAMOND', name: '钻石卡（演示，私人银行共用）', tiers: ['DIAMOND', 'PRIVATE'], bin: '99000301', length: 19, stock: 8 },
];
const SHORTAGE_LEVEL = 5;
const OVERSTOCK_LEVEL = 200;
const DEMO_CARDS_PER_RM = 20;

export async function seedDemoCards(pool: pg.Pool, searchKey: SearchKey, demoRmStaffNo: string | undefined): Promise<void> {
  await inTransaction(pool, async (client) => {
    const existing = await client.query(`SELECT 1 FROM card_type LIMIT 1`);
    if (existing.rows.length > 0) return;
    const typeIds = new Map<string, number>();
    for (const type of DEMO_TYPES) {
      const { rows } = await client.query(`INSERT INTO card_type (code, name, tiers, bin, length, demo) VALUES ($1, $2, $3, $4, $5, true) RETURNING id`, [
        type.code,
        type.name,
        type.tiers,
        type.bin,
        type.length,
      ]);
      typeIds.set(type.code, rows[0].id);
    }
    const outlets = await client.query<{ id: number }>(
      `INSERT INTO card_issuing_outlet (org_id, set_by)
       SELECT DISTINCT s.org_id, 'demo' FROM staff s JOIN org o ON o.id = s.org_id
        WHERE s.role = 'WEALTH_ADVISOR' AND s.status = 'ACTIVE' AND o.level = 'OUTLET'
       RETURNING org_id AS id`,
    );
    for (const outlet of outlets.rows) {
      for (const type of DEMO_TYPES) {
        // Every seventh outlet runs short of diamond cards: the alerts have something to show.
        const quantity = type.code === 'DEMO-DIAMOND' && outlet.id % 7 === 0 ? 2 : type.stock;
        await client.query(
          `INSERT INTO card_stock (outlet_id, card_type_id, quantity, shortage_level, overstock_level) VALUES ($1, $2, $3, $4, $5)`,
          [outlet.id, typeIds.get(type.code), quantity, SHORTAGE_LEVEL, OVERSTOCK_LEVEL],
        );
        await client.query(
          `INSERT INTO card_stock_movement (kind, outlet_id, card_type_id, quantity, staff_no, note) VALUES ('RECEIPT', $1, $2, $3, 'demo', 'demo stock')`,
          [outlet.id, typeIds.get(type.code), quantity],
        );
      }
    }
    if (demoRmStaffNo !== undefined) await issueDemoCards(client, searchKey, demoRmStaffNo, typeIds);
  });
}

async function issueDemoCards(client: pg.PoolClient, searchKey: SearchKey, staffNo: string, typeIds: Map<string, number>): Promise<void> {
  const evaluation = await evaluationInForce(client);
  if (!evaluation) return;
  const { rows } = await client.query<{ customer_id: string; service_tier: string; outlet_id: number }>(
    `SELECT c.id AS customer_id, e.service_tier, c.home_outlet_id AS outlet_id
       FROM customer_maintainer m JOIN staff s ON s.id = m.maintainer_staff_id JOIN customer c ON c.id = m.customer_id
       JOIN tier_evaluation e ON e.customer_id = c.id AND e.policy_id = $2 AND e.month = $3::date
       JOIN card_issuing_outlet i ON i.org_id = c.home_outlet_id
      WHERE s.staff_no = $1 AND e.service_tier <> 'STANDARD'
      ORDER BY c.customer_no LIMIT $4`,
    [staffNo, evaluation.policyId, evaluation.month, DEMO_CARDS_PER_RM * 2],
  );
  const { rows: dayRows } = await client.query(`SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date - 200, 'YYYY-MM-DD') AS day`);
  const issuedOn = dayRows[0].day as string;
  // Every other customer gets a card; the rest are left to apply for.
  for (const [index, row] of rows.entries()) {
    if (index % 2 === 1) continue;
    const type = DEMO_TYPES.find((candidate) => candidate.tiers.includes(row.service_tier))!;
    const digits = Array.from({ length: type.length - type.bin.length - 1 }, () => crypto.randomInt(10)).join('');
    const cardNo = composeCardNumber(type.bin, type.length, digits);
    const inserted = await client.query(
      `INSERT INTO card (customer_id, card_type_id, state, card_no, card_no_hash, issuing_outlet_id, issued_on, expires_on)
       VALUES ($1, $2, 'ISSUED', $3, $4, $5, $6, $7) ON CONFLICT (card_no) DO NOTHING RETURNING id`,
      [row.customer_id, typeIds.get(type.code), cardNo, keyedHash(searchKey, cardNo), row.outlet_id, issuedOn, expiryOf(issuedOn)],
    );
    const cardId = inserted.rows[0]?.id;
    if (cardId === undefined) continue;
    for (const [action, from, to] of [['apply', null, 'APPLIED'], ['approve', 'APPLIED', 'APPROVED'], ['issue', 'APPROVED', 'ISSUED']] as const) {
      await client.query(`INSERT INTO card_event (card_id, action, from_state, to_state, staff_no, org_id, reason, at) VALUES ($1, $2, $3, $4, 'demo', $5, 'demo', $6::date)`, [
        cardId,
        action,
        from,
        to,
        row.outlet_id,
        issuedOn,
      ]);
    }
  }
}
