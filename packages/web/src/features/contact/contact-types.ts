/**
 * The shapes of the contact API: aliases of the generated client's types (shared/api/schema.ts),
 * and the value lists the forms offer (as the server's contact-rules.schemas.ts has them).
 */
import type { paths } from '../../shared/api/schema.ts';

export const CONTACT_CHANNELS = ['PHONE', 'SMS', 'WECHAT', 'EMAIL', 'OUTLET_VISIT', 'HOME_VISIT', 'EVENT'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_PURPOSES = ['SERVICE', 'GREETING', 'FOLLOW_UP', 'GIFT', 'PRODUCT', 'SALON_INVITATION'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];
export const CONTACT_OUTCOMES = ['REACHED', 'NOT_REACHED', 'DECLINED', 'APPOINTMENT', 'COMPLETED'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];
/** Channels on which a customer can consent to marketing (marketing_consent.channel). */
export const CONSENT_CHANNELS = ['PHONE', 'SMS', 'WECHAT', 'EMAIL'] as const;
export const CONSENT_SOURCES = ['COUNTER', 'PHONE', 'PORTAL', 'FORM'] as const;

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type TodayOperation = paths['/api/contact/today']['get'];
type PlanOperation = paths['/api/contact/plan']['get'];
type RecordOperation = paths['/api/contact/records']['post'];
type ConsentOperation = paths['/api/customers/{customerId}/marketing-consent']['post'];
type ComplianceOperation = paths['/api/contact/compliance']['get'];
type RuleSetsOperation = paths['/api/contact/rule-sets'];

export type TodayView = Json<TodayOperation['responses'][200]>;
export type PlanItem = TodayView['items'][number];
export type PlanQuery = NonNullable<PlanOperation['parameters']['query']>;
export type PlanView = Json<PlanOperation['responses'][200]>;
export type ContactRecordBody = Json<NonNullable<RecordOperation['requestBody']>>;
export type ContactRecord = Json<RecordOperation['responses'][201]>;
export type RecordList = Json<paths['/api/customers/{customerId}/contact-records']['get']['responses'][200]>;
export type ConsentBody = Json<NonNullable<ConsentOperation['requestBody']>>;
export type ConsentView = Json<paths['/api/customers/{customerId}/marketing-consent']['get']['responses'][200]>;
export type ConsentChannel = ConsentBody['channel'];
export type ConsentSource = ConsentBody['source'];
export type ComplianceQuery = NonNullable<ComplianceOperation['parameters']['query']>;
export type CompliancePeriod = ComplianceQuery['period'];
export type ComplianceView = Json<ComplianceOperation['responses'][200]>;
export type RuleSetList = Json<RuleSetsOperation['get']['responses'][200]>;
export type RuleSet = RuleSetList['items'][number];
export type RuleSetBody = Json<NonNullable<RuleSetsOperation['post']['requestBody']>>;

type ExternalEventsPath = paths['/api/contact/external-events'];
type DetectionRunsPath = paths['/api/contact/detection-runs'];

export type ContactEventList = Json<paths['/api/customers/{customerId}/contact-events']['get']['responses'][200]>;
export type ContactEvent = ContactEventList['items'][number];
export type ExternalEventBody = Json<NonNullable<ExternalEventsPath['post']['requestBody']>>;
export type ExternalEventCreated = Json<ExternalEventsPath['post']['responses'][201]>;
export type ExternalEventList = Json<ExternalEventsPath['get']['responses'][200]>;
export type DetectionRunList = Json<DetectionRunsPath['get']['responses'][200]>;
export type DetectionRunAccepted = Json<DetectionRunsPath['post']['responses'][202]>;
