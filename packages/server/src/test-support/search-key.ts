import { searchKeyFrom } from '../platform/access/search-key.ts';

/**
 * The search key of every test process and of the guibin commands tests run (vitest.config.ts
 * sets GUIBIN_SEARCH_KEY to the same value), so hashes written by an import match searches.
 */
export const TEST_SEARCH_KEY_BASE64 = 'dGVzdC1vbmx5IHNlYXJjaCBrZXksIG5ldmVyIGluIHByb2R1Y3Rpb24h';
export const testSearchKey = searchKeyFrom(Buffer.from(TEST_SEARCH_KEY_BASE64, 'base64'));
