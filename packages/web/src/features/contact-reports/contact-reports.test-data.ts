/** Builders for the communication report component tests, typed by the generated API types. */
import { aSession } from '../../test-support/builders.ts';
import type { fakeApi } from '../../test-support/fake-api.ts';
import type { Report } from './contact-reports-api.ts';

export { aSession };

export function aReport(overrides: Partial<Report> = {}): Report {
  return {
    id: '9',
    customer: { id: '26', customerNo: 'C000026', name: '曾婷敏', outletCode: 'BR1S1O1', outletName: '文三路网点' },
    author: { staffNo: 'S00009', name: '李瑶玉' },
    contactRecord: null,
    opportunityId: null,
    metOn: '2026-11-25',
    keyPoints: '客户关注养老规划',
    needs: '希望稳健增值',
    nextActions: '下周三上门介绍养老产品',
    status: 'DRAFT',
    version: 1,
    submittedAt: null,
    review: null,
    history: [{ from: null, to: 'DRAFT', by: { staffNo: 'S00009', name: '李瑶玉' }, ratings: null, comment: '', at: '2026-11-25T02:00:00.000Z' }],
    actions: ['EDIT', 'SUBMIT'],
    createdAt: '2026-11-25T02:00:00.000Z',
    updatedAt: '2026-11-25T02:00:00.000Z',
    ...overrides,
  };
}

/**
 * The fake API answers by path; the report lists differ only by `kind` in the query, so the list
 * requests are routed as "GET /api/contact/reports~inbox" (and ~mine, ~reviewed).
 */
export function withListKinds(api: ReturnType<typeof fakeApi>): ReturnType<typeof fakeApi> {
  return {
    ...api,
    fetch: (request: Request) => {
      const url = new URL(request.url);
      const kind = url.searchParams.get('kind');
      if (url.pathname !== '/api/contact/reports' || request.method !== 'GET' || !kind) return api.fetch(request);
      url.pathname = `${url.pathname}~${kind}`;
      return api.fetch(new Request(url, request));
    },
  };
}
