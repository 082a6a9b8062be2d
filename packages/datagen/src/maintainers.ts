// maintainers.csv: the maintainer relations a bank carries over from its previous system
// (DOMAIN.md §6). Every customer the generator makes gold or richer (target wealth ≥ 10万, the
// gold threshold of the default policy) gets a maintainer among the staff of their home outlet:
// diamond and above (≥ 100万) the outlet head, who maintains diamond customers (§1); the others
// an RM of the outlet. Platinum and above (≥ 50万) also get the outlet's wealth advisor as support.
// Staff are dealt round-robin per outlet — no random draw, so the other files stay as they were.

import type { FileSink } from './writer.ts';

export const MAINTAINERS_HEADER = 'customer_no,maintainer_staff_no,advisor_staff_no';

/** Wealth classes of customers.ts: 2 = 10万–50万 (gold), 3 = 50万–100万, 4 = 100万–600万, 5 = above. */
const GOLD = 2;
const PLATINUM = 3;
const DIAMOND = 4;

export interface OutletStaff {
  head: string;
  relationshipManagers: string[];
  advisors: string[];
}

/** Staff numbers of each outlet, by outlet code. */
export type OutletRoster = Map<string, OutletStaff>;

export class MaintainerDealer {
  private readonly dealt = new Map<string, { manager: number; advisor: number }>();

  constructor(
    private readonly roster: OutletRoster,
    private readonly sink: FileSink,
  ) {
    sink.text(`${MAINTAINERS_HEADER}\n`);
  }

  /** Writes the customer's relation, if their wealth class earns one. */
  add(customerNo: string, outlet: string, wealthClass: number): void {
    if (wealthClass < GOLD) return;
    const staff = this.roster.get(outlet);
    if (!staff) throw new Error(`no staff roster for outlet ${outlet}`);
    const turn = this.dealt.get(outlet) ?? { manager: 0, advisor: 0 };
    this.dealt.set(outlet, turn);
    const maintainer = wealthClass >= DIAMOND ? staff.head : staff.relationshipManagers[turn.manager++ % staff.relationshipManagers.length]!;
    const advisor = wealthClass >= PLATINUM && staff.advisors.length > 0 ? staff.advisors[turn.advisor++ % staff.advisors.length]! : '';
    this.sink.text(`${customerNo},${maintainer},${advisor}\n`);
  }

  close(): void {
    this.sink.close();
  }
}
