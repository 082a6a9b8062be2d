/**
 * The error catalogue: for every error code, its HTTP status and its message in each language
 * (docs/errors.md). Modules raise DomainError(code, message, details) and know no HTTP; the
 * message a module writes is for logs and the command line, the caller gets the catalogue's, in
 * the language of Accept-Language. Specifics stay in `details` (a template may show some of them;
 * message-template.ts describes the syntax and why no sensitive value is ever shown).
 *
 * A test lists every code raised in the server and fails when one is missing here.
 * Messages of 5xx codes are shown to callers as they are: they must not describe internals.
 */
import type { Locale } from './locale.ts';
import { renderTemplate } from './message-template.ts';

export interface ErrorCatalogueEntry {
  status: number;
  'zh-CN': string;
  en: string;
}

// Configuration problems are the operator's to fix; a caller only learns that the server cannot serve.
const SERVER_MISCONFIGURED = {
  status: 500,
  'zh-CN': '服务器配置有误，暂时无法处理请求，请联系系统管理员',
  en: 'the server is misconfigured and cannot serve the request; contact the system administrator',
} as const;

export const ERROR_CATALOGUE = {
  // Requests the platform refuses before any module runs.
  REQUEST_INVALID: {
    status: 400,
    'zh-CN': '请求内容不符合接口要求[（{issues|count} 处问题）]',
    en: 'the request does not match its schema[ ({issues|count} problem(s))]',
  },
  REQUEST_BODY_MALFORMED: { status: 400, 'zh-CN': '请求体为空或不是有效的 JSON', en: 'the request body is empty or is not valid JSON' },
  REQUEST_BODY_TOO_LARGE: {
    status: 413,
    'zh-CN': '请求体过大[（上限 {limitBytes} 字节）]',
    en: 'the request body is too large[ (at most {limitBytes} bytes)]',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    'zh-CN': '不支持该请求内容类型（Content-Type）[，请使用 {expected}]',
    en: 'the Content-Type of the request is not supported[; use {expected}]',
  },
  BAD_REQUEST: { status: 400, 'zh-CN': '请求格式有误', en: 'the request is malformed' },
  NOT_FOUND: { status: 404, 'zh-CN': '没有此接口[：{method} {path}]', en: 'no such route[: {method} {path}]' },
  INTERNAL: { status: 500, 'zh-CN': '服务器内部错误，请稍后重试', en: 'internal error; try again later' },

  // Identity and sessions (docs/sessions.md).
  LOGIN_FAILED: { status: 401, 'zh-CN': '工号或密码错误', en: 'staff number or password is wrong' },
  ACCOUNT_LOCKED: {
    status: 423,
    'zh-CN': '账户已锁定[，请于北京时间 {lockedUntil|time} 后再试]',
    en: 'the account is locked[ until {lockedUntil|time} China Standard Time]',
  },
  UNAUTHENTICATED: { status: 401, 'zh-CN': '请先登录（会话不存在或已过期）', en: 'please log in: there is no valid session' },
  CSRF_TOKEN_INVALID: {
    status: 403,
    'zh-CN': '缺少 X-CSRF-Token 请求头或与会话不符，请刷新页面后重试',
    en: 'the X-CSRF-Token header is missing or does not match the session; reload the page and retry',
  },
  FORBIDDEN: { status: 403, 'zh-CN': '您的角色无权执行此操作[（{permission}）]', en: 'your role may not do this[ ({permission})]' },
  RATE_LIMITED: {
    status: 429,
    'zh-CN': '尝试次数过多[，请 {retryAfterMs|seconds} 秒后重试]',
    en: 'too many attempts[; retry in {retryAfterMs|seconds} s]',
  },
  PASSWORD_REJECTED: { status: 422, 'zh-CN': '密码不符合要求[：{violations}]', en: 'the password was refused[: {violations}]' },
  STAFF_NOT_FOUND: { status: 404, 'zh-CN': '找不到该员工[（工号 {staffNo}）]', en: 'no such staff member[ (staff number {staffNo})]' },
  FIRST_ADMIN_CONFLICT: {
    status: 409,
    'zh-CN': '首个管理员的工号已被其他角色的员工占用',
    en: "the first administrator's staff number is held by a staff member with another role",
  },

  // Organisation and customers.
  SEARCH_TOO_BROAD: {
    status: 400,
    'zh-CN': '匹配的客户太多，无法按该列排序[（上限 {limit} 位）]，请先增加筛选条件',
    en: 'too many customers match to sort by that column[ (at most {limit})]; narrow the search first',
  },
  IMPORT_RUN_NOT_FOUND: { status: 404, 'zh-CN': '找不到该导入批次[（{id}）]', en: 'no such import run[ ({id})]' },
  ORG_NOT_FOUND: { status: 404, 'zh-CN': '找不到该机构[（{orgCode}）]', en: 'no such organisation[ ({orgCode})]' },
  // Out of scope and absent read alike: the answer must not tell that a customer exists elsewhere.
  CUSTOMER_NOT_FOUND: {
    status: 404,
    'zh-CN': '客户不存在，或不在您的查看范围内[（客户号 {customerNo}）]',
    en: 'no such customer in your scope[ (customer number {customerNo})]',
  },
  // Saved filters (docs/customer-api.md "Saved filters"): another's filter is not found, like a missing one.
  // VIP cards (docs/api.md "VIP cards"; DOMAIN.md §5). A card of a customer outside the scope is not found.
  CARD_NOT_FOUND: { status: 404, 'zh-CN': '贵宾卡不存在，或不在您的查看范围内[（{cardId}）]', en: 'no such card in your scope[ ({cardId})]' },
  CARD_TYPE_NOT_FOUND: { status: 404, 'zh-CN': '找不到该卡种，或该卡种已停用[（{cardTypeId}）]', en: 'no such card type, or it is inactive[ ({cardTypeId})]' },
  CARD_TYPE_CODE_TAKEN: { status: 409, 'zh-CN': '卡种代码已被使用[：{code}]', en: 'another card type has this code[: {code}]' },
  CARD_ACTION_NOT_ALLOWED: {
    status: 409,
    'zh-CN': '该卡当前状态不允许此操作[（状态 {state}，操作 {action}）]',
    en: "the card's state does not allow this action[ (state {state}, action {action})]",
  },
  CARD_OUTLET_NOT_ISSUING: { status: 409, 'zh-CN': '您所在网点不是发卡网点，不能发卡、补卡、换卡或续卡', en: 'your outlet is not an issuing outlet: it cannot issue, reissue, exchange or renew cards' },
  CARD_TIER_MISMATCH: {
    status: 409,
    'zh-CN': '卡种与客户的服务等级不符[（客户等级 {serviceTier}）]，等级变化请换卡',
    en: "the card type does not serve the customer's service tier[ ({serviceTier})]; exchange the card when the tier changes",
  },
  CARD_EXCHANGE_SAME_TIER: { status: 409, 'zh-CN': '换卡须换为其他等级的卡种', en: "an exchange goes to another tier's card type" },
  CARD_ALREADY_HELD: { status: 409, 'zh-CN': '该客户已持有贵宾卡或已有办卡申请', en: 'the customer already holds a card or has applied for one' },
  CARD_STOCK_EMPTY: { status: 409, 'zh-CN': '本网点该卡种库存不足，无法发卡', en: "no blank card of this type in your outlet's stock" },
  CARD_STOCK_INSUFFICIENT: { status: 409, 'zh-CN': '调出网点该卡种库存不足[（需 {quantity} 张）]', en: 'the sending outlet holds too few cards of this type[ (needs {quantity})]' },
  CARD_OUTLET_NOT_FOUND: { status: 404, 'zh-CN': '找不到该发卡网点，或不在您的管理范围内[（{outletId}）]', en: 'no such issuing outlet in your scope[ ({outletId})]' },
  CARD_OUTLET_HAS_STOCK: { status: 409, 'zh-CN': '该网点仍有卡片库存，请先调出后再取消发卡资格', en: 'the outlet still keeps card stock: transfer it before unflagging' },
  CARD_NUMBER_EXHAUSTED: { status: 503, 'zh-CN': '暂时无法为该卡种分配未使用的卡号，请稍后重试或联系管理员', en: 'no unused card number could be drawn for this card type; retry or contact the administrator' },
  SAVED_FILTER_NOT_FOUND: { status: 404, 'zh-CN': '找不到该常用筛选[（{id}）]', en: 'no such saved filter of yours[ ({id})]' },
  SAVED_FILTER_NAME_TAKEN: {
    status: 409,
    'zh-CN': '您已有同名的常用筛选[“{name}”]，请换一个名称',
    en: 'you already have a saved filter[ named "{name}"]; choose another name',
  },
  SAVED_FILTER_SENSITIVE: {
    status: 400,
    'zh-CN': '常用筛选不能保存手机号或证件号码，请清空后再保存',
    en: 'a saved filter may not hold a mobile or ID number; clear them and save again',
  },

  // Special admission (docs/api.md "Special admission"). Out of scope and absent alike: 404.
  SPECIAL_ADMISSION_NOT_FOUND: { status: 404, 'zh-CN': '找不到该特殊准入申请，或不在您的查看范围内[（{id}）]', en: 'no such special admission in your scope[ ({id})]' },
  SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION: {
    status: 422,
    'zh-CN': '特殊准入等级须高于客户的资产达标等级[（当前达标：{qualifiedTier}）]',
    en: "a special admission must be to a tier above the customer's qualified tier[ (qualified: {qualifiedTier})]",
  },
  SPECIAL_ADMISSION_TIER_NOT_IN_POLICY: {
    status: 422,
    'zh-CN': '现行分层标准中没有该等级[（{tier}）]',
    en: 'the tier policy in force has no such tier[ ({tier})]',
  },
  SPECIAL_ADMISSION_NO_APPROVER: {
    status: 422,
    'zh-CN': '没有高于您层级的审批人可以审批此申请，请由下级客户经理提出',
    en: 'no level above yours can approve this request; have the relationship manager request it',
  },
  SPECIAL_ADMISSION_OPEN: {
    status: 409,
    'zh-CN': '该客户已有待审批或生效中的特殊准入[（客户号 {customerNo}）]',
    en: 'the customer already has an open or active special admission[ (customer number {customerNo})]',
  },
  SPECIAL_ADMISSION_CLOSED: { status: 409, 'zh-CN': '该申请已审结，不能再审批', en: 'the request is already decided' },
  SPECIAL_ADMISSION_OWN_REQUEST: { status: 403, 'zh-CN': '不能审批自己提出的申请', en: 'you may not decide your own request' },
  SPECIAL_ADMISSION_WRONG_LEVEL: {
    status: 403,
    'zh-CN': '此申请当前须由[{level}]层级审批，您的层级不符',
    en: 'this request waits for another level[ ({level})]; yours cannot decide it',
  },
  SPECIAL_ADMISSION_ALREADY_DECIDED: { status: 403, 'zh-CN': '您已审批过此申请的前一步，不能再审批下一步', en: 'you decided an earlier step of this request and may not decide another' },
  SPECIAL_ADMISSION_EVALUATION_RUNNING: {
    status: 409,
    'zh-CN': '月度评级正在进行，请在评级结束后再审批（准入自哪个月生效取决于评级是否已完成）',
    en: 'a tier evaluation is running; approve when it ends (the month the admission takes effect from depends on it)',
  },
  SPECIAL_ADMISSION_COMMENT_REQUIRED: { status: 400, 'zh-CN': '驳回申请须填写意见', en: 'a rejection needs a comment' },
  POTENTIAL_NEAR_INVALID: { status: 400, 'zh-CN': '接近门槛比例须为 0.01 至 0.99 之间的小数[（{near}）]', en: 'near must be a ratio from 0.01 to 0.99[ ({near})]' },
  SERVICE_AGREEMENT_DATE_INVALID: { status: 400, 'zh-CN': '签署日期不能晚于今天[（{signedOn}）]', en: 'the signature date cannot be in the future[ ({signedOn})]' },

  // Tiers and evaluation (docs/tier-policies.md).
  TIER_POLICY_NOT_FOUND: {
    status: 404,
    'zh-CN': '找不到等级政策[ {code}][ 的第 {version} 版]',
    en: 'no such tier policy[ {code}][ version {version}]',
  },
  TIER_POLICY_INVALID: {
    status: 422,
    'zh-CN': '等级政策无效[：{problems|count} 处问题，见 details.problems]',
    en: 'the tier policy is invalid[: {problems|count} problem(s), listed in details.problems]',
  },
  TIER_POLICY_VERSION_SUPERSEDED: {
    status: 409,
    'zh-CN': '不能启用[第 {version} 版]：更高的[第 {evaluatedVersion} ]版已用于评定；如需恢复旧版，请以其内容另存为新版本',
    en: 'cannot activate[ version {version}]: a higher version[ ({evaluatedVersion})] has already evaluated months; store its content as a new version to go back to it',
  },
  EVALUATION_NOT_FOUND: {
    status: 404,
    'zh-CN': '没有[ {month} ]的等级评定结果[（等级政策 {code}）][：客户 {customerNo} 不在该次评定中，请重新评定]',
    en: 'no tier evaluation[ of {month}][ under policy {code}][: customer {customerNo} was not in it; evaluate the month again]',
  },
  EVALUATION_RUN_NOT_FOUND: { status: 404, 'zh-CN': '找不到该评定批次[（{id}）]', en: 'no such evaluation run[ ({id})]' },
  EVALUATION_RUNNING: {
    status: 409,
    'zh-CN': '等级评定正在进行[（{month}）]，请在完成后再试',
    en: 'a tier evaluation is running[ ({month})]; try again when it ends',
  },
  INVALID_MONTH: {
    status: 400,
    'zh-CN': '月份应为 YYYY-MM 格式，例如 2026-09[（收到“{month}”）]',
    en: 'a month must be YYYY-MM, such as 2026-09[ (got "{month}")]',
  },
  MONTH_NOT_CLOSED: {
    status: 409,
    'zh-CN': '月份[ {month} ]尚未日终：最后一天没有余额数据',
    en: 'the month[ {month}] is not closed: its last day has no balances',
  },
  DATA_GAP: {
    status: 409,
    'zh-CN': '评定窗口内有日期缺少余额数据[（{gaps|count} 天）][：{gaps}]',
    en: 'days of the evaluation window have no balances[ ({gaps|count})][: {gaps}]',
  },

  // Feeds (docs/feed-contract.md). Bad rows are reported by the import run, not as errors.
  IMPORT_RUNNING: { status: 409, 'zh-CN': '另一个导入正在进行，请在其结束后再试', en: 'another import is running; try again when it ends' },
  FEED_DIR_NOT_FOUND: { status: 400, 'zh-CN': '找不到数据文件目录', en: 'the feed directory was not found' },

  // The audit trail (docs/audit.md). A read whose audit event cannot be written is not served.
  AUDIT_EVENT_INVALID: {
    status: 500,
    'zh-CN': '无法记录审计日志，请求未被处理',
    en: 'the access could not be recorded in the audit trail, so the request was not served',
  },
  AUDIT_WRITER_CLOSED: {
    status: 503,
    'zh-CN': '服务正在停止，无法记录审计日志，请稍后重试',
    en: 'the server is stopping and cannot record the audit trail; try again shortly',
  },
  AUDIT_QUERY_INVALID: {
    status: 400,
    'zh-CN': '每页条数超出范围[（收到 {limit}）]',
    en: 'the page size is out of range[ (got {limit})]',
  },
  AUDIT_PURGE_INVALID: { status: 400, 'zh-CN': '清理截止时间不是有效日期', en: 'the purge cutoff is not a valid date' },
  AUDIT_PURGE_TOO_RECENT: {
    status: 409,
    'zh-CN': '审计日志[须保留 {retentionDays} 天，]不能清理保留期内的记录',
    en: 'audit events[ are kept {retentionDays} days and] may not be purged within the retention period',
  },
  AUDIT_RETENTION_INVALID: SERVER_MISCONFIGURED,

  // Allocation (管户, docs/api.md "Allocation").
  ALLOCATION_CONFLICT: {
    status: 409,
    'zh-CN': '管户关系已被他人修改[（{count} 位客户）]，本次分配未生效；请刷新后重试',
    en: 'someone else changed the maintainer relation first[ ({count} customer(s))]; nothing was applied — reload and retry',
  },
  ALLOCATION_STAFF_NOT_ELIGIBLE: {
    status: 400,
    'zh-CN': '[{field} 指定的]员工不能承接此客户[：{reason}]',
    en: 'the staff member[ named in {field}] cannot take this customer[: {reason}]',
  },
  ALLOCATION_ORG_NOT_FOUND: { status: 404, 'zh-CN': '机构不存在，或不在您的管理范围内', en: 'no such org in your scope' },
  ALLOCATION_POLICY_NOT_FOUND: {
    status: 404,
    'zh-CN': '没有此分配策略[“{policy}”]',
    en: 'no such allocation policy[ "{policy}"]',
  },

  // Contact rules, plans and records (issue 7, docs/api.md "Contact").
  CONTACT_CONSENT_REQUIRED: {
    status: 409,
    'zh-CN': '客户未授权通过[{channelName}]渠道接收营销信息，不能登记此营销联系；服务类联系不受影响[（客户号 {customerNo}）]',
    en: 'the customer has not consented to marketing[ by {channelName}], so this marketing contact cannot be logged; service contacts are not affected[ (customer number {customerNo})]',
  },
  CONTACT_OCCURRED_IN_FUTURE: { status: 400, 'zh-CN': '联络时间不能晚于当前时间', en: 'a contact cannot be logged before it takes place' },
  CONTACT_RULE_SET_NOT_FOUND: { status: 404, 'zh-CN': '找不到该联系制度版本[（{id}）]', en: 'no such contact rule set version[ ({id})]' },
  CONTACT_RULE_SET_NOT_DRAFT: {
    status: 409,
    'zh-CN': '只有草稿版本可以启用[（第 {version} 版当前为 {status}）]',
    en: 'only a draft can be activated[ (version {version} is {status})]',
  },
  CONTACT_PLAN_ITEM_NOT_FOUND: { status: 404, 'zh-CN': '找不到该约访计划事项，或不在您的查看范围内[（{id}）]', en: 'no such plan item in your scope[ ({id})]' },
  CONTACT_PLAN_ITEM_NOT_YOURS: { status: 403, 'zh-CN': '该约访计划事项属于其他员工[（{id}）]', en: 'the plan item belongs to another staff member[ ({id})]' },
  CONTACT_PLAN_ITEM_CLOSED: { status: 409, 'zh-CN': '该约访计划事项已完成或已取消[（{id}）]', en: 'the plan item is already done or cancelled[ ({id})]' },
  CONTACT_POSTPONE_DATE_INVALID: {
    status: 400,
    'zh-CN': '只能推迟到原到期日之后、且不早于今天的日期[（原到期日 {dueOn}）]',
    en: 'a plan item can only be postponed to a day after its due date and not before today[ (due {dueOn})]',
  },
  CONTACT_NO_SUPPORTING_ADVISOR: { status: 409, 'zh-CN': '该客户没有辅助理财顾问，无法转交[（客户号 {customerNo}）]', en: 'the customer has no supporting advisor to hand the item to[ (customer number {customerNo})]' },
  CONTACT_STAFF_NOT_FOUND: { status: 404, 'zh-CN': '找不到该员工，或不在您的管理范围内[（{staffNo}）]', en: 'no such staff member in your scope[ ({staffNo})]' },
  CONTACT_ORG_NOT_FOUND: { status: 404, 'zh-CN': '找不到该机构，或不在您的管理范围内[（{orgId}）]', en: 'no such org in your scope[ ({orgId})]' },
  CONTACT_RANGE_INVALID: {
    status: 400,
    'zh-CN': '日期范围无效：结束日期不能早于开始日期[，且最长 {maxDays} 天]',
    en: 'the date range is invalid: it must not end before it starts[ and may span at most {maxDays} days]',
  },

  // Contact events and their detection (issue 7, docs/api.md "Contact events").
  CONTACT_RULE_SET_MISSING: {
    status: 409,
    'zh-CN': '没有生效的联系制度版本，请先启用一个版本再检测联络事件',
    en: 'no contact rule set is active: activate one before detecting contact events',
  },
  CONTACT_EXTERNAL_CUSTOMERS_NOT_FOUND: {
    status: 422,
    'zh-CN': '以下客户号不存在或不在您的管辖范围内，外部事件未登记[（共 {count} 个：{customerNos}）]',
    en: 'these customer numbers are unknown or outside your scope, so the external event was not entered[ ({count}: {customerNos})]',
  },
  CONTACT_DETECTION_DATE_IN_FUTURE: {
    status: 400,
    'zh-CN': '联络事件只能检测今天或以前的日期[（{date}）]',
    en: 'contact events are detected for today or an earlier day[ (not {date})]',
  },
  CONTACT_DETECTION_UNAVAILABLE: {
    status: 503,
    'zh-CN': '后台任务未运行，暂时无法启动联络事件检测，请稍后重试或联系管理员',
    en: 'background jobs are not running, so contact detection cannot be started now; retry later or contact the administrator',
  },

  // Communication reports and the work log (issue 7, docs/api.md "Communication reports").
  COMMUNICATION_REPORT_NOT_FOUND: { status: 404, 'zh-CN': '找不到该沟通报告，或不在您的查看范围内[（{id}）]', en: 'no such communication report in your scope[ ({id})]' },
  COMMUNICATION_REPORT_NOT_AUTHOR: { status: 403, 'zh-CN': '只有报告撰写人可以修改或提交该报告', en: 'only the author edits or submits a report' },
  COMMUNICATION_REPORT_OWN_REPORT: { status: 403, 'zh-CN': '不能审阅自己撰写的报告', en: 'you may not review your own report' },
  COMMUNICATION_REPORT_NOT_REVIEWER: { status: 403, 'zh-CN': '您的角色不能审阅沟通报告', en: 'your role does not review communication reports' },
  COMMUNICATION_REPORT_WRONG_STATE: {
    status: 409,
    'zh-CN': '报告当前状态不允许此操作（草稿和被退回的报告可修改、提交；已提交的报告可审阅）',
    en: 'the report is in a state that does not allow this (drafts and returned reports are edited and submitted; submitted ones are reviewed)',
  },
  COMMUNICATION_REPORT_VERSION_CONFLICT: {
    status: 409,
    'zh-CN': '该报告已被他人修改或审阅，本次操作未生效；请刷新后重试',
    en: 'someone else changed or reviewed the report first; nothing was applied — reload and retry',
  },
  COMMUNICATION_REPORT_INCOMPLETE: {
    status: 422,
    'zh-CN': '提交前请填写沟通要点、客户需求或问题、下一步行动[（缺 {fields|count} 项）]',
    en: 'fill in the key points, the customer\'s needs or problems and the next actions before submitting[ ({fields|count} missing)]',
  },
  COMMUNICATION_REPORT_COMMENT_REQUIRED: { status: 400, 'zh-CN': '退回报告须填写审阅意见', en: 'returning a report needs a comment' },
  COMMUNICATION_REPORT_RATINGS_REQUIRED: {
    status: 400,
    'zh-CN': '审阅通过须给出成效、合规、进展三项评分',
    en: 'approving a report needs the three ratings: effectiveness, compliance, progress',
  },
  COMMUNICATION_REPORT_MET_ON_FUTURE: { status: 400, 'zh-CN': '沟通日期不能晚于今天', en: 'the meeting reported on cannot be in the future' },
  COMMUNICATION_REPORT_RECORD_MISMATCH: { status: 400, 'zh-CN': '所选联络记录不属于该客户', en: 'the contact record chosen is not one of this customer' },
  WORK_LOG_STAFF_NOT_FOUND: { status: 404, 'zh-CN': '您所辖机构中没有该员工[（{staffNo}）]', en: 'no such staff member in your org[ ({staffNo})]' },
  WORK_LOG_FUTURE_DAY: { status: 400, 'zh-CN': '工作日志只能填写今天或以前的日期[（{date}）]', en: 'a work log is written for today or a day before[ ({date})]' },

  // The key of the phone and ID-number hashes: checked at startup.
  SEARCH_KEY_INVALID: SERVER_MISCONFIGURED,
  SEARCH_KEY_MISMATCH: SERVER_MISCONFIGURED,
} as const satisfies Record<string, ErrorCatalogueEntry>;

export type CatalogueCode = keyof typeof ERROR_CATALOGUE;

export function catalogueEntry(code: string): ErrorCatalogueEntry | undefined {
  return Object.hasOwn(ERROR_CATALOGUE, code) ? ERROR_CATALOGUE[code as CatalogueCode] : undefined;
}

/** The caller's message for a code; a code not (yet) in the catalogue keeps its module's message. */
export function localizedMessage(code: string, locale: Locale, details: Readonly<Record<string, unknown>>, fallback: string): string {
  const entry = catalogueEntry(code);
  return entry ? renderTemplate(entry[locale], details, locale) : fallback;
}
