import type { TFunction } from 'i18next';

/** The preset lanes have names; a lane of another policy shows its key. */
const KNOWN = ['diamond', 'platinum', 'gold', 'gold-lobby', 'gold-teller', 'aum-5m', 'aum-2m', 'aum-200k', 'aum-100k', 'aum-50k', 'other'];

export function laneLabel(t: TFunction, key: string | null): string {
  if (key === null) return t('allocation.lanes.other');
  return KNOWN.includes(key) ? t(`allocation.lanes.${key}`) : key;
}

/** The shipped policies (migration 0012) have descriptions in each language; another policy shows the one it was stored with. */
const DESCRIBED = ['tier-capacity', 'aum-layered'];

export function policyDescription(t: TFunction, code: string, stored: string): string {
  return DESCRIBED.includes(code) ? t(`allocation.policyDescriptions.${code}`) : stored;
}
