/**
 * Requests for any route, derived from its declared schema, so the security tests cover a new
 * route without anyone listing it: a valid example (for the permission and scope matrix) and
 * schema-violating variants (for the fuzzing). Values that only make sense with the data (a
 * customer id, an evaluated month) come from `known`, by property name; a path parameter with
 * no known value fails the test with a message saying what to add.
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { DeclaredRoute } from '../platform/http/route-permission.ts';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
};

export interface RouteRequest {
  method: string;
  url: string;
  query?: Record<string, string | string[]>;
  payload?: unknown;
}

export type KnownValues = Record<string, unknown>;

const zodOf = (route: DeclaredRoute, part: 'params' | 'querystring' | 'body'): z.ZodType | undefined => {
  const schema = (route.schema as Record<string, unknown> | undefined)?.[part];
  return schema instanceof z.ZodType ? schema : undefined;
};

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** A value satisfying `schema`, smallest first; `known` overrides by property name. */
export function sampleOf(schema: JsonSchema, known: KnownValues, name = ''): unknown {
  if (name in known) return known[name];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return sampleOf(alternatives.find((a) => a.type !== 'null') ?? alternatives[0]!, known, name);
  if (schema.allOf) return sampleOf(Object.assign({}, ...schema.allOf) as JsonSchema, known, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of schema.required ?? []) value[key] = sampleOf(schema.properties?.[key] ?? {}, known, key);
      return value;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}, known));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'string': {
      if (schema.format === 'date') return '2026-01-31';
      if (schema.format === 'date-time') return '2026-01-31T00:00:00.000Z';
      if (schema.format === 'email') return 'someone@example.com';
      if (schema.pattern) return fc.sample(fc.stringMatching(new RegExp(schema.pattern), { maxLength: schema.maxLength }), { numRuns: 1, seed: 7 })[0];
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
    }
    default:
      return null;
  }
}

const asQuery = (value: Record<string, unknown>): Record<string, string | string[]> =>
  Object.fromEntries(Object.entries(value).map(([key, v]) => [key, Array.isArray(v) ? v.map(String) : String(v)]));

/** The route's URL with `:name` parameters filled from `known`. */
export function urlOf(route: DeclaredRoute, known: KnownValues): string {
  return route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (!(name in known)) throw new Error(`${route.method} ${route.url}: no known value for the path parameter "${name}"; add one to the security tests' known values`);
    return encodeURIComponent(String(known[name]));
  });
}

/** A request that passes the route's schemas, with `known` values where the schema names them. */
export function exampleRequest(route: DeclaredRoute, known: KnownValues): RouteRequest {
  const request: RouteRequest = { method: route.method, url: urlOf(route, known) };
  const query = zodOf(route, 'querystring');
  if (query) request.query = asQuery(sampleOf(jsonSchemaOf(query), known) as Record<string, unknown>);
  const body = zodOf(route, 'body');
  if (body) {
    const payload = sampleOf(jsonSchemaOf(body), known);
    const parsed = body.safeParse(payload);
    if (!parsed.success) throw new Error(`${route.method} ${route.url}: cannot derive a valid body (${parsed.error.message}); add known values`);
    request.payload = payload;
  }
  return request;
}

/** Whether a value passes a route part's schema (fastify would accept it). */
export function accepts(route: DeclaredRoute, part: 'params' | 'querystring' | 'body', value: unknown): boolean {
  const schema = zodOf(route, part);
  return schema ? schema.safeParse(value).success : true;
}

/** Variants of a valid object that break its schema: a field removed, mistyped, oversized, an unknown key. */
export function brokenObjects(schema: z.ZodType, valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const json = jsonSchemaOf(schema);
  const keys = Object.keys(json.properties ?? {});
  const hostile = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -2_147_483_648, max: -1 }),
    fc.constant(1e308),
    fc.constant('9'.repeat(40)),
    fc.string({ maxLength: 20 }),
    fc.constant('x'.repeat(10_000)),
    fc.constant("1' OR '1'='1"),
    fc.constant('%00\u0000'),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  );
  const mutated = keys.length === 0
    ? fc.constant<Record<string, unknown>>({ ...valid, unexpected: 'x' })
    : fc.tuple(fc.constantFrom(...keys), hostile, fc.boolean()).map(([key, value, drop]) => {
        const copy: Record<string, unknown> = { ...valid };
        if (drop && (json.required ?? []).includes(key)) delete copy[key];
        else copy[key] = value;
        return copy;
      });
  return fc.oneof(mutated, fc.constant({ ...valid, unexpectedKey: 1 }), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }));
}

export { asQuery, jsonSchemaOf, zodOf };
