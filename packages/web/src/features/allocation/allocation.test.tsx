import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCustomerFile, aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { AllocationPolicy, Board, PolicyLane, Proposal, Relation } from './allocation-api.ts';
import { policyDescription } from './lane-label.ts';

const MANAGE = ['allocation.read', 'allocation.manage', 'customer.read', 'customer.read.limited', 'tier-policy.read'];
const head = () => ({ ...aSession('OUTLET_HEAD'), permissions: MANAGE });
const rm = () => ({ ...aSession('RELATIONSHIP_MANAGER'), permissions: ['allocation.read', 'customer.read', 'customer.read.limited', 'tier-policy.read'] });
const ORGS = { orgs: [{ id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET', parentId: 3 }] };
/** Org ids: outlet 4 (文三路网点) and outlet 5 under sub-branch 3. */
const HOME = { homeOutletId: 4, homeOutletParentId: 3 };
const staff = (id: number, name: string, role: string, diamond: number, gold = 0, orgId = 4) => ({
  id,
  staffNo: `S0000${id}`,
  name,
  role,
  orgId,
  total: diamond + gold,
  supportedTotal: 0,
  maintained: [
    { lane: 'diamond', customers: diamond, capacity: role === 'RELATIONSHIP_MANAGER' ? 30 : null, quota: null },
    { lane: 'gold', customers: gold, capacity: role === 'RELATIONSHIP_MANAGER' ? 200 : null, quota: null },
    { lane: 'other', customers: 0, capacity: null, quota: null },
  ],
  supported: [] as { lane: string; customers: number; capacity: number | null; quota: number | null }[],
  overCapacity: diamond > 30,
  overAdvisorCapacity: false,
});
/** A wealth advisor: no maintainer places, advisor places in the diamond lane (1 : 60). */
const advisor = (id: number, name: string, diamond: number, orgId = 4) => ({
  ...staff(id, name, 'WEALTH_ADVISOR', 0, 0, orgId),
  supportedTotal: diamond,
  supported: [
    { lane: 'diamond', customers: diamond, capacity: 60, quota: null },
    { lane: 'gold', customers: 0, capacity: null, quota: null },
    { lane: 'other', customers: 0, capacity: null, quota: null },
  ],
  overAdvisorCapacity: diamond > 60,
});

function aBoard(): Board {
  return {
    org: { id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET' },
    policy: { code: 'tier-capacity', name: '按等级配比（农行）' },
    evaluationMonth: '2026-09',
    lanes: [
      { key: 'diamond', tiers: ['PRIVATE', 'DIAMOND'], capacity: 30, advisorCapacity: 60, quota: null },
      { key: 'gold', tiers: ['GOLD'], capacity: 200, advisorCapacity: null, quota: null },
    ],
    staff: [staff(9, '李瑶玉', 'RELATIONSHIP_MANAGER', 12, 40), staff(10, '张伟', 'RELATIONSHIP_MANAGER', 31), advisor(13, '钱多', 61)],
    totals: [
      { lane: 'diamond', customers: 44, assigned: 43, withAdvisor: 40, maintainerLoad: 43, capacity: 60, advisorLoad: 61, advisorCapacity: 60 },
      { lane: 'gold', customers: 40, assigned: 40, withAdvisor: 0, maintainerLoad: 40, capacity: 400, advisorLoad: 0, advisorCapacity: null },
    ],
    unassigned: {
      total: 1,
      items: [{ customerId: '26', customerNo: 'C00000026', name: '曾婷敏', tier: 'DIAMOND', aum: '9000000.00', lane: 'diamond', maintainer: null, version: '0', ...HOME }],
    },
    leads: [
      {
        id: '1',
        customerId: '27',
        customerNo: 'C00000027',
        customerName: '王芳',
        note: '咨询理财',
        createdAt: '2026-09-30T02:00:00.000Z',
        createdBy: { staffNo: 'S00011', name: '赵敏', role: 'LOBBY_MANAGER' },
        maintainerStaffId: null,
        version: '5',
        ...HOME,
      },
    ],
  };
}

describe('allocation board', () => {
  it('shows load against capacity per staff member, unassigned customers and leads; assigns the selected ones with their versions', async () => {
    const api = fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'GET /api/allocation/board': aBoard(), 'POST /api/allocation/assignments': { changed: 2, items: [] } });
    renderApp(api, '/allocation');
    expect(await screen.findByRole('heading', { name: '管户分配' })).toBeTruthy();
    expect(screen.getByRole('meter', { name: '李瑶玉 钻石及以上 12/30' })).toBeTruthy();
    expect(screen.getByRole('meter', { name: '张伟 钻石及以上 31/30' })).toBeTruthy();
    expect(screen.getByText('超出容量')).toBeTruthy();
    // The advisor's own measure: supported customers against advisor places, never mixed with maintained ones.
    expect(screen.getByRole('meter', { name: '钱多 钻石及以上（辅助） 61/60' })).toBeTruthy();
    expect(screen.getByText('超出辅助容量')).toBeTruthy();
    // The outlet as a whole: 44 diamond customers, 1 unassigned, 43 maintained against 60 maintainer places; 4 without
    // an advisor, 61 supported against 60 advisor places. Gold has no advisor places.
    const outlet = screen.getByRole('table', { name: '文三路网点负荷与容量' });
    expect(within(outlet).getByRole('meter', { name: '文三路网点 钻石及以上 43/60' })).toBeTruthy();
    expect(within(outlet).getByRole('meter', { name: '文三路网点 钻石及以上（辅助） 61/60' })).toBeTruthy();
    expect(within(outlet).getByRole('row', { name: '钻石及以上 44 1 43 4 61' })).toBeTruthy();
    expect(within(outlet).getByRole('meter', { name: '文三路网点 金卡 40/400' })).toBeTruthy();
    expect(within(outlet).queryByRole('meter', { name: /金卡（辅助）/ })).toBeNull();
    expect(screen.getByText('¥9,000,000.00')).toBeTruthy();
    expect(screen.getByText('咨询理财')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: '选择 曾婷敏' }));
    await user.click(screen.getByRole('checkbox', { name: '选择 王芳' }));
    expect(screen.getByText('已选 2 位客户')).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: '分配给' }));
    await user.click(await screen.findByTitle('李瑶玉（客户经理）'));
    await user.click(screen.getByRole('button', { name: /^分\s?配$/ }));
    expect(await screen.findByText('已分配 2 位客户')).toBeTruthy();
    expect(api.bodiesOf('POST /api/allocation/assignments')).toEqual([
      {
        kind: 'MANUAL',
        note: '',
        items: [
          { customerId: '26', maintainerStaffId: 9, expectedVersion: '0' },
          { customerId: '27', maintainerStaffId: 9, expectedVersion: '5' },
        ],
      },
    ]);
  });

  it('on a sub-branch board offers only staff who may take every selected customer (their outlet’s, or the sub-branch head)', async () => {
    const sub = aBoard();
    sub.org = { id: 3, code: 'BR1S1', name: '西湖支行', level: 'SUB_BRANCH' };
    sub.staff = [...sub.staff, staff(11, '陈静', 'RELATIONSHIP_MANAGER', 0, 0, 5), staff(12, '周行长', 'SUB_BRANCH_HEAD', 0, 0, 3)];
    // 王芳 (the lead) is a customer of outlet 5.
    sub.leads = sub.leads.map((lead) => ({ ...lead, homeOutletId: 5 }));
    const api = fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'GET /api/allocation/board': sub, 'POST /api/allocation/assignments': { changed: 1, items: [] } });
    renderApp(api, '/allocation');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: '选择 曾婷敏' }));
    await user.click(screen.getByRole('combobox', { name: '分配给' }));
    expect(await screen.findByTitle('李瑶玉（客户经理）')).toBeTruthy();
    expect(screen.getByTitle('周行长（支行行长）')).toBeTruthy();
    expect(screen.queryByTitle('陈静（客户经理）')).toBeNull();
    await user.click(screen.getByTitle('李瑶玉（客户经理）'));
    // Adding a customer of outlet 5: only the sub-branch head may take both; the choice of 李瑶玉 is dropped.
    await user.click(screen.getByRole('checkbox', { name: '选择 王芳' }));
    expect(screen.getByRole('button', { name: /^分\s?配$/ }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('combobox', { name: '分配给' }));
    await user.click(await screen.findByTitle('周行长（支行行长）'));
    expect(screen.queryByTitle('李瑶玉（客户经理）')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^分\s?配$/ }));
    expect(await screen.findByText('已分配 1 位客户')).toBeTruthy();
    expect(api.bodiesOf('POST /api/allocation/assignments')[0]).toMatchObject({ items: [{ maintainerStaffId: 12 }, { maintainerStaffId: 12 }] });
  });

  it('says so when the selected customers have no receiver in common', async () => {
    const sub = aBoard();
    sub.staff = [...sub.staff, staff(11, '陈静', 'RELATIONSHIP_MANAGER', 0, 0, 5)];
    sub.leads = sub.leads.map((lead) => ({ ...lead, homeOutletId: 5 }));
    renderApp(fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'GET /api/allocation/board': sub }), '/allocation', 'en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Select 曾婷敏' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select 王芳' }));
    expect(screen.getByText('The selected customers belong to different outlets and nobody may take them all: assign them outlet by outlet')).toBeTruthy();
  });

  it("shows the server's conflict message when another head was first", async () => {
    const api = fakeApi({
      'GET /api/auth/me': head(),
      'GET /api/orgs': ORGS,
      'GET /api/allocation/board': aBoard(),
      'POST /api/allocation/assignments': apiError(409, 'ALLOCATION_CONFLICT', '管户关系已被他人修改（1 位客户），本次分配未生效；请刷新后重试'),
    });
    renderApp(api, '/allocation');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: '选择 曾婷敏' }));
    await user.click(screen.getByRole('combobox', { name: '分配给' }));
    await user.click(await screen.findByTitle('张伟（客户经理）'));
    await user.click(screen.getByRole('button', { name: /^分\s?配$/ }));
    expect(await screen.findByText(/管户关系已被他人修改/)).toBeTruthy();
  });

  it('offers no selection or assign button without allocation.manage', async () => {
    const api = fakeApi({ 'GET /api/auth/me': rm(), 'GET /api/orgs': ORGS, 'GET /api/allocation/board': aBoard() });
    renderApp(api, '/allocation', 'en');
    expect(await screen.findByRole('heading', { name: 'Allocation' })).toBeTruthy();
    expect(screen.getByRole('meter', { name: '李瑶玉 Diamond and above 12/30' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Assign' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows the server error with a retry', async () => {
    const api = fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'GET /api/allocation/board': apiError(404, 'ALLOCATION_ORG_NOT_FOUND', '机构不存在，或不在您的管理范围内') });
    renderApp(api, '/allocation');
    expect(await screen.findByText('机构不存在，或不在您的管理范围内')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s?试/ })).toBeTruthy();
  });

  it('shows empty states', async () => {
    const empty = { ...aBoard(), unassigned: { total: 0, items: [] }, leads: [] };
    renderApp(fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'GET /api/allocation/board': empty }), '/allocation');
    expect(await screen.findByText('没有未分配的贵宾或潜力客户')).toBeTruthy();
    expect(screen.getByText('没有待分配的线索')).toBeTruthy();
  });
});

type Person = { id: number; staffNo: string; name: string; role: string; orgId: number };
const person = (id: number, name: string, role: string, orgId = 4): Person => ({ id, staffNo: `S000${id}`, name, role, orgId });
const RECEIVERS = [person(9, '李瑶玉', 'RELATIONSHIP_MANAGER'), person(10, '张伟', 'RELATIONSHIP_MANAGER'), person(11, '陈静', 'RELATIONSHIP_MANAGER', 5)];
/** Wealth advisors: 钱多 and 吴用 of outlet 4, 外网点顾问 of outlet 5; 孙悟 (leaving) is no receiver. */
const ADVISORS = [person(13, '钱多', 'WEALTH_ADVISOR'), person(15, '吴用', 'WEALTH_ADVISOR'), person(16, '外网点顾问', 'WEALTH_ADVISOR', 5)];
const LEAVING_ADVISOR = person(14, '孙悟', 'WEALTH_ADVISOR');

type AdvisorPart = Proposal['items'][number]['advisor'];
function proposalItem(customerId: string, name: string, to: Person, from: Person | null, why: string, advisor: AdvisorPart = null, reason?: Proposal['items'][number]['reason']) {
  return {
    customerId,
    customerNo: `C000000${customerId}`,
    name,
    tier: 'DIAMOND' as const,
    aum: '1500000.00',
    lane: 'diamond',
    from,
    to,
    reason: reason ?? (from ? ('OVER_CAPACITY' as const) : ('UNASSIGNED' as const)),
    why,
    advisor,
    expectedVersion: `${customerId}0`,
    ...HOME,
  };
}

function aProposal(): Proposal {
  const [li, zhang] = RECEIVERS as [Person, Person, Person];
  const [qian] = ADVISORS as [Person, Person, Person];
  return {
    org: { id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET' },
    policy: { code: 'tier-capacity', name: '按等级配比（农行）' },
    customersConsidered: 120,
    moved: 1,
    minimumMoves: 1,
    advisorMoved: 1,
    advisorMinimumMoves: 1,
    advisorsAdded: 1,
    items: [
      proposalItem('26', '曾婷敏', li, null, '未分配的钻石及以上客户；李瑶玉该层已有 12/30 名', {
        from: null,
        to: qian,
        reason: 'ADVISOR_MISSING',
        why: '钻石及以上客户尚无财富顾问；钱多该层已辅助 3/60 名',
      }),
      proposalItem('27', '王芳', li, zhang, '张伟的钻石及以上客户超出容量；李瑶玉该层已有 13/30 名', { from: qian, to: qian, reason: 'ADVISOR_KEPT', why: '财富顾问钱多仍然有效，保留' }),
      proposalItem('28', '周杰', zhang, null, 'x'),
      proposalItem(
        '29',
        '陈红',
        zhang,
        zhang,
        '管户人张伟不变',
        { from: LEAVING_ADVISOR, to: null, reason: 'ADVISOR_LEFT', why: '财富顾问孙悟已离职、调离或交接；没有尚有容量的财富顾问，清除辅助关系' },
        'KEPT',
      ),
    ],
    unplaced: [],
    advisorUnplaced: [
      proposalItem('30', '刘洋', zhang, zhang, '管户人张伟不变', { from: null, to: null, reason: 'ADVISOR_MISSING', why: '钻石及以上客户尚无财富顾问；没有尚有容量的财富顾问，暂不配备' }, 'KEPT'),
    ],
    receivers: RECEIVERS,
    advisorReceivers: ADVISORS,
    durationMs: 12,
  };
}

describe('proposal review', () => {
  it('runs a proposal for the outlet, shows why, accepts some, edits a target and applies maintainer and advisor together in one request', async () => {
    const api = fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'POST /api/allocation/proposals': aProposal(), 'POST /api/allocation/assignments': { changed: 3, items: [] } });
    renderApp(api, '/allocation/proposal');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '生成方案' }));
    expect(await screen.findByText('未分配的钻石及以上客户；李瑶玉该层已有 12/30 名')).toBeTruthy();
    expect(screen.getByText(/变动既有管户关系 1 个（至少需 1 个）/)).toBeTruthy();
    // Advisors are counted apart, each row says why, and those nobody could take are listed.
    expect(screen.getByText('财富顾问：新增 1 位，变动既有辅助关系 1 个（至少需 1 个）')).toBeTruthy();
    expect(screen.getByText('钻石及以上客户尚无财富顾问；钱多该层已辅助 3/60 名')).toBeTruthy();
    expect(screen.getByText('财富顾问孙悟已离职、调离或交接；没有尚有容量的财富顾问，清除辅助关系')).toBeTruthy();
    expect(screen.getByText('1 位客户的财富顾问无人有剩余容量，保持不变')).toBeTruthy();
    expect(screen.getByText(/刘洋：钻石及以上客户尚无财富顾问；没有尚有容量的财富顾问，暂不配备/)).toBeTruthy();
    expect(api.bodiesOf('POST /api/allocation/proposals')).toEqual([{ orgId: 4 }]);

    await user.click(screen.getByRole('checkbox', { name: '接受 周杰' }));
    await user.click(screen.getByRole('combobox', { name: '改派 王芳' }));
    const options = await screen.findAllByTitle('张伟（客户经理）');
    // 陈静 works at another outlet: not offered for a customer of outlet 4.
    expect(screen.queryByTitle('陈静（客户经理）')).toBeNull();
    await user.click(options.at(-1)!);
    await user.click(screen.getByRole('button', { name: '应用所选（3）' }));
    expect(await screen.findByText('已分配 3 位客户')).toBeTruthy();
    expect(api.bodiesOf('POST /api/allocation/assignments')).toEqual([
      {
        kind: 'PROPOSAL',
        note: '',
        items: [
          { customerId: '26', maintainerStaffId: 9, advisorStaffId: 13, expectedVersion: '260' },
          { customerId: '27', maintainerStaffId: 10, advisorStaffId: 13, expectedVersion: '270' },
          { customerId: '29', maintainerStaffId: 10, advisorStaffId: null, expectedVersion: '290' },
        ],
      },
    ]);
  });

  it('lets the head change an advisor to another of the customer’s outlet, or to none', async () => {
    const api = fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'POST /api/allocation/proposals': aProposal(), 'POST /api/allocation/assignments': { changed: 4, items: [] } });
    renderApp(api, '/allocation/proposal', 'en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Run proposal' }));
    await user.click(await screen.findByRole('combobox', { name: 'Change advisor for 曾婷敏' }));
    // The advisor of another outlet is not offered; 吴用 of the customer's outlet is.
    expect(await screen.findByTitle('吴用（Wealth advisor）')).toBeTruthy();
    expect(screen.queryByTitle('外网点顾问（Wealth advisor）')).toBeNull();
    await user.click(screen.getByTitle('吴用（Wealth advisor）'));
    await user.click(screen.getByRole('combobox', { name: 'Change advisor for 王芳' }));
    const none = await screen.findAllByTitle('None');
    await user.click(none.at(-1)!);
    expect(screen.getAllByText('Added').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Apply selected (4)' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/allocation/assignments')).toHaveLength(1));
    const body = api.bodiesOf('POST /api/allocation/assignments')[0] as { items: unknown[] };
    expect(body.items.slice(0, 2)).toEqual([
      { customerId: '26', maintainerStaffId: 9, advisorStaffId: 15, expectedVersion: '260' },
      { customerId: '27', maintainerStaffId: 9, advisorStaffId: null, expectedVersion: '270' },
    ]);
    // 周杰 has no advisor and gets none: its item leaves the advisor as it is.
    expect(body.items[2]).toEqual({ customerId: '28', maintainerStaffId: 10, expectedVersion: '280' });
  });
});

describe('handover', () => {
  it("proposes receivers for a staff member's customers and applies them as a handover", async () => {
    const api = fakeApi({
      'GET /api/auth/me': head(),
      'GET /api/orgs': ORGS,
      'GET /api/allocation/board': aBoard(),
      'POST /api/allocation/handovers': aProposal(),
      'POST /api/allocation/assignments': { changed: 4, items: [] },
    });
    renderApp(api, '/allocation/handover');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: '交出客户的员工' }));
    await user.click(await screen.findByTitle('张伟（客户经理，管户 31 位，辅助 0 位）'));
    await user.click(screen.getByRole('button', { name: '生成交接方案' }));
    expect(await screen.findByText('张伟 的客户交接')).toBeTruthy();
    expect(api.bodiesOf('POST /api/allocation/handovers')).toEqual([{ staffId: 10 }]);
    await user.click(screen.getByRole('button', { name: '应用所选（4）' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/allocation/assignments')).toHaveLength(1));
    expect(api.bodiesOf('POST /api/allocation/assignments')[0]).toMatchObject({ kind: 'HANDOVER' });
  });

  it('offers a wealth advisor as a leaver: the customers they support are re-supported or cleared, with the reason', async () => {
    const [qian, wu] = ADVISORS as [Person, Person, Person];
    const handover: Proposal = {
      ...aProposal(),
      moved: 0,
      minimumMoves: 0,
      advisorMoved: 2,
      advisorMinimumMoves: 2,
      advisorsAdded: 0,
      advisorUnplaced: [],
      items: [
        proposalItem('31', '马丽', RECEIVERS[0]!, RECEIVERS[0]!, '管户人李瑶玉不变', { from: qian, to: wu, reason: 'ADVISOR_LEFT', why: '财富顾问钱多已离职、调离或交接；吴用该层已辅助 59/60 名' }, 'KEPT'),
        proposalItem('32', '高峰', RECEIVERS[1]!, RECEIVERS[1]!, '管户人张伟不变', { from: qian, to: null, reason: 'ADVISOR_LEFT', why: '财富顾问钱多已离职、调离或交接；没有尚有容量的财富顾问，清除辅助关系' }, 'KEPT'),
      ],
    };
    const api = fakeApi({
      'GET /api/auth/me': head(),
      'GET /api/orgs': ORGS,
      'GET /api/allocation/board': aBoard(),
      'POST /api/allocation/handovers': handover,
      'POST /api/allocation/assignments': { changed: 2, items: [] },
    });
    renderApp(api, '/allocation/handover');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: '交出客户的员工' }));
    await user.click(await screen.findByTitle('钱多（财富顾问，管户 0 位，辅助 61 位）'));
    await user.click(screen.getByRole('button', { name: '生成交接方案' }));
    expect(await screen.findByText('钱多 的客户交接')).toBeTruthy();
    expect(screen.getByText('财富顾问钱多已离职、调离或交接；没有尚有容量的财富顾问，清除辅助关系')).toBeTruthy();
    expect(screen.getAllByText('原顾问离岗')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '应用所选（2）' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/allocation/assignments')).toHaveLength(1));
    expect(api.bodiesOf('POST /api/allocation/assignments')[0]).toEqual({
      kind: 'HANDOVER',
      note: '',
      items: [
        { customerId: '31', maintainerStaffId: 9, advisorStaffId: 15, expectedVersion: '310' },
        { customerId: '32', maintainerStaffId: 10, advisorStaffId: null, expectedVersion: '320' },
      ],
    });
  });
});

describe('customer maintainer card', () => {
  it('shows the maintainer, advisor, credit holder and the history with from, to, why and by whom', async () => {
    const person = (id: number, name: string, role: string) => ({ id, staffNo: `S0000${id}`, name, role });
    const relation: Relation = {
      customerId: '26',
      maintainer: person(10, '张伟', 'RELATIONSHIP_MANAGER'),
      advisor: person(12, '钱多', 'WEALTH_ADVISOR'),
      credit: person(9, '李瑶玉', 'RELATIONSHIP_MANAGER'),
      since: '2026-09-30T02:00:00.000Z',
      version: '7',
      history: [
        {
          id: '7',
          changedAt: '2026-09-30T02:00:00.000Z',
          fromMaintainer: person(9, '李瑶玉', 'RELATIONSHIP_MANAGER'),
          toMaintainer: person(10, '张伟', 'RELATIONSHIP_MANAGER'),
          fromAdvisor: null,
          toAdvisor: person(12, '钱多', 'WEALTH_ADVISOR'),
          credit: person(9, '李瑶玉', 'RELATIONSHIP_MANAGER'),
          reason: 'UPGRADE_SPECIALIST',
          note: '',
          changedBy: 'S00003',
        },
      ],
    };
    const api = fakeApi({ 'GET /api/auth/me': head(), 'GET /api/customers/26': aCustomerFile(), 'GET /api/allocation/customers/26': relation });
    renderApp(api, '/customers/26');
    const card = (await screen.findByText('管户关系')).closest('.ant-card') as HTMLElement;
    await within(card).findByText('升级后由专职人员接管');
    expect(within(card).getAllByText('张伟（客户经理）').length).toBeGreaterThan(0);
    expect(within(card).getAllByText('李瑶玉（客户经理）').length).toBe(2);
    expect(within(card).getByText('S00003')).toBeTruthy();
  });
});

describe('allocation policies', () => {
  const lane = (key: string, overrides: Partial<PolicyLane> = {}): PolicyLane => ({
    key,
    tiers: null,
    minAum: null,
    maxAum: null,
    maxAge: null,
    roles: ['RELATIONSHIP_MANAGER'],
    capacity: null,
    advisorCapacity: null,
    quota: null,
    ...overrides,
  });
  const tierCapacity = (active: boolean): AllocationPolicy => ({
    code: 'tier-capacity',
    name: '按等级配比（农行）',
    description: 'Capacity by service tier',
    active,
    lanes: [
      lane('diamond', { tiers: ['PRIVATE', 'DIAMOND'], roles: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'], capacity: 30, advisorCapacity: 60 }),
      lane('gold-lobby', { tiers: ['GOLD'], minAum: '200000.00', maxAum: '500000.00', roles: ['LOBBY_MANAGER', 'RELATIONSHIP_MANAGER'], capacity: 200 }),
    ],
  });
  const aumLayered = (active: boolean): AllocationPolicy => ({
    code: 'aum-layered',
    name: '按资产分层维护（中行）',
    description: 'Layered maintenance by AUM',
    active,
    lanes: [
      lane('aum-5m', { minAum: '5000000.00', roles: ['SUB_BRANCH_HEAD', 'RELATIONSHIP_MANAGER'] }),
      lane('aum-50k', { minAum: '50000.00', maxAum: '100000.00', maxAge: 60, roles: ['TELLER', 'LOBBY_MANAGER'], quota: 10 }),
    ],
  });
  const POLICIES = { items: [tierCapacity(true), aumLayered(false)] };
  const hq = () => ({ ...aSession('HQ_WEALTH_ADMIN', { orgId: 1, org: { id: 1, code: 'HO', name: '总行', level: 'HEAD_OFFICE' } }) });
  const openPolicies = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(await screen.findByRole('button', { name: /分配策略/ }));
    return screen.findByRole('table', { name: '按等级配比（农行） 的分层' });
  };

  it('shows each policy’s lanes with tiers, roles, AUM bands as money and limits, in Chinese; no activate button without the permission', async () => {
    const api = fakeApi({ 'GET /api/auth/me': head(), 'GET /api/orgs': ORGS, 'GET /api/allocation/board': aBoard(), 'GET /api/allocation/policies': POLICIES });
    renderApp(api, '/allocation');
    const user = userEvent.setup();
    // Folded: nothing is read until the panel opens.
    await screen.findByRole('heading', { name: '管户分配' });
    expect(api.requests.some((r) => r.path === '/api/allocation/policies')).toBe(false);
    const tiers = await openPolicies(user);
    expect(within(tiers).getByRole('row', { name: '钻石及以上 私人银行、钻石 不限 不限 客户经理、网点负责人 30 60 —' })).toBeTruthy();
    expect(within(tiers).getByRole('row', { name: '金卡（20万–50万） 金卡 ¥200,000.00 – ¥500,000.00 不限 大堂经理、客户经理 200 — —' })).toBeTruthy();
    const layered = screen.getByRole('table', { name: '按资产分层维护（中行） 的分层' });
    expect(within(layered).getByRole('row', { name: '资产≥500万 不限（按资产） ≥ ¥5,000,000.00 不限 支行行长、客户经理 不限 — —' })).toBeTruthy();
    expect(within(layered).getByRole('row', { name: '资产5万–10万 不限（按资产） ¥50,000.00 – ¥100,000.00 60 岁以下 柜员、大堂经理 不限 — 10' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '按等级配比（农行）' })).getByText('生效中')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /启用/ })).toBeNull();
    // The shipped policies are described in the reader's language, not in the words they were stored with.
    expect(within(screen.getByRole('region', { name: '按等级配比（农行）' })).getByText(/^按服务等级配比：钻石客户/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '按资产分层维护（中行）' })).getByText(/^按资产分层维护，名单制配额/)).toBeTruthy();
    expect(screen.queryByText('Capacity by service tier')).toBeNull();
  });

  it('describes a policy other than the shipped ones with its stored description', () => {
    const t = ((key: string) => `translated:${key}`) as unknown as Parameters<typeof policyDescription>[0];
    expect(policyDescription(t, 'tier-capacity', 'stored')).toBe('translated:allocation.policyDescriptions.tier-capacity');
    expect(policyDescription(t, 'branch-own', '分行自定义策略')).toBe('分行自定义策略');
  });

  it('lets head office activate the inactive policy only after confirmation; the board is read again and follows it', async () => {
    const switched = aBoard();
    switched.policy = { code: 'aum-layered', name: '按资产分层维护（中行）' };
    const api = fakeApi({
      'GET /api/auth/me': hq(),
      'GET /api/orgs': ORGS,
      'GET /api/allocation/board': [json(200, aBoard()), json(200, switched)],
      'GET /api/allocation/policies': [json(200, POLICIES), json(200, { items: [aumLayered(true), tierCapacity(false)] })],
      'POST /api/allocation/policies/aum-layered/activate': { changed: true, previous: 'tier-capacity', items: [aumLayered(true), tierCapacity(false)] },
    });
    renderApp(api, '/allocation');
    const user = userEvent.setup();
    await openPolicies(user);
    // Only the policy not in force can be activated.
    expect(screen.queryByRole('button', { name: '启用 按等级配比（农行）' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '启用 按资产分层维护（中行）' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getAllByText('启用分配策略“按资产分层维护（中行）”？').length).toBeGreaterThan(0);
    expect(api.bodiesOf('POST /api/allocation/policies/aum-layered/activate')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: '启用' }));
    expect(await screen.findByText('已启用分配策略“按资产分层维护（中行）”')).toBeTruthy();
    expect(api.requests.filter((r) => r.method === 'POST' && r.path === '/api/allocation/policies/aum-layered/activate')).toHaveLength(1);
    // The board and the policies are read again: the board's lanes and capacities now come from the new policy.
    expect(await screen.findByText('分配策略：按资产分层维护（中行）；评定月份：2026-09')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: '按资产分层维护（中行）' })).getByText('生效中')).toBeTruthy());
    expect(screen.queryByRole('button', { name: '启用 按资产分层维护（中行）' })).toBeNull();
    expect(screen.getByRole('button', { name: '启用 按等级配比（农行）' })).toBeTruthy();
  });

  it('shows the server’s refusal when the switch fails', async () => {
    const api = fakeApi({
      'GET /api/auth/me': hq(),
      'GET /api/orgs': ORGS,
      'GET /api/allocation/board': aBoard(),
      'GET /api/allocation/policies': POLICIES,
      'POST /api/allocation/policies/aum-layered/activate': apiError(404, 'ALLOCATION_POLICY_NOT_FOUND', '没有此分配策略“aum-layered”'),
    });
    renderApp(api, '/allocation');
    const user = userEvent.setup();
    await openPolicies(user);
    await user.click(screen.getByRole('button', { name: '启用 按资产分层维护（中行）' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '启用' }));
    expect(await screen.findByText(/没有此分配策略/)).toBeTruthy();
  });
});
