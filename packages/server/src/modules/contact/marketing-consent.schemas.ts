/** Shapes of the marketing consent API (§13 PIPL; docs/api.md "Contact"). */
import { z } from 'zod';
import { CONSENT_CHANNELS } from './contact-duties.rules.ts';

export const CONSENT_SOURCES = ['COUNTER', 'PHONE', 'PORTAL', 'FORM'] as const;

export const consentBody = z.strictObject({
  channel: z.enum(CONSENT_CHANNELS),
  /** false withdraws: as easy as granting (§13). */
  granted: z.boolean(),
  source: z.enum(CONSENT_SOURCES),
});
export type ConsentBody = z.infer<typeof consentBody>;

export const consentState = z.object({
  channels: z.array(
    z.object({
      channel: z.enum(CONSENT_CHANNELS),
      granted: z.boolean().describe('false also when never asked: no row means no consent'),
      source: z.enum(CONSENT_SOURCES).nullable(),
      recordedAt: z.string().nullable(),
      recordedBy: z.object({ staffNo: z.string(), name: z.string() }).nullable(),
    }),
  ),
});
export type ConsentState = z.infer<typeof consentState>;
