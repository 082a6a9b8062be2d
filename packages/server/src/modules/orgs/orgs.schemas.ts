/** Shapes of GET /api/orgs (docs/api.md "Org tree"). */
import { z } from 'zod';
import { ORG_LEVELS } from '../../platform/access/scope.rules.ts';

export const orgUnit = z.object({ id: z.number().int(), code: z.string(), name: z.string(), level: z.enum(ORG_LEVELS) });

export const orgListResponse = z.object({
  orgs: z
    .array(orgUnit.extend({ parentId: z.number().int().nullable().describe('null for head office; the root of your list may name a parent outside it') }))
    .describe('your org and its subtree, top level first, then by code: a parent always precedes its children'),
});
