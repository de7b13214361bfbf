/**
 * Every field of every request in the API contract, read from the contract's own JSON Schema (zod's), with
 * fast-check generators of values the field must refuse. Channels added later are covered without editing this.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { contract, type Channel } from '../../../electron/common/contract/contract';

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

export interface Field {
  channel: Channel;
  /** Where the field sits in the request, as zod names it in messages ("files.0.name"). */
  path: string;
  schema: Schema;
  /** A request holding `value` at this field, and the discriminator of its variant if the request is a union. */
  request(value: unknown): unknown;
}

export interface BadValue {
  what: string;
  values: fc.Arbitrary<unknown>;
  /** JSON cannot carry it (NaN, Infinity), so it is tried over IPC only. */
  ipcOnly?: boolean;
  /** Big enough that a few tries say all there is to say. */
  huge?: boolean;
}

type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export function requestSchema(channel: Channel): Schema {
  return z.toJSONSchema(contract[channel].request, { io: 'input' }) as Schema;
}

/** One request per variant of the channel (one unless it is a union), holding only what names the variant. */
export function variants(channel: Channel): { schema: Schema; base: Record<string, unknown> }[] {
  const root = requestSchema(channel);
  return (root.oneOf ?? root.anyOf ?? [root]).map((schema) => ({
    schema,
    base: Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .filter(([, s]) => s.const !== undefined)
        .map(([k, s]) => [k, s.const]),
    ),
  }));
}

/** The fields of a channel's request, nested objects and array items included; union members are fields as a whole. */
export function fieldsOf(channel: Channel): Field[] {
  return variants(channel).flatMap(({ schema: variant, base }) => {
    const fields: Field[] = [];
    const walk = (schema: Schema, at: (string | number)[]) => {
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        const where = [...at, key];
        fields.push({ channel, path: where.join('.'), schema: sub, request: (value) => place(base, where, value) });
        if (isType(sub, 'object') && sub.properties) walk(sub, where);
        if (sub.items && isType(sub.items, 'object') && sub.items.properties) walk(sub.items, [...where, 0]);
      }
    };
    walk(variant, []);
    return fields;
  });
}

/** Values the field must refuse: other JSON types, and its own type out of bounds. */
export function badValues(schema: Schema): BadValue[] {
  const allowed = jsonTypes(schema);
  const out: BadValue[] = [];
  const others = (Object.keys(ANY) as JsonType[]).filter((t) => !allowed.has(t));
  if (others.length > 0) out.push({ what: `a ${others.join(' or ')}`, values: fc.oneof(...others.map((t) => ANY[t])) });
  allowed.delete('null');
  if (allowed.size !== 1) return out;
  const s = schema.anyOf?.find((m) => !isType(m, 'null')) ?? schema;
  if (isType(s, 'integer')) {
    out.push({ what: 'a fraction', values: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)) });
    out.push({ what: 'NaN or an infinity', values: fc.constantFrom(Number.NaN, Infinity, -Infinity), ipcOnly: true });
    const floor = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum : s.minimum !== undefined ? s.minimum - 1 : undefined;
    if (floor !== undefined) out.push({ what: 'a number below the minimum', values: fc.integer({ min: floor - 1_000_000, max: floor }) });
    if (s.maximum !== undefined) out.push({ what: 'a number above the maximum', values: fc.integer({ min: 1, max: 1_000_000 }).map((n) => s.maximum! + n) });
  }
  if (isType(s, 'string')) {
    const limit = s.maxLength;
    if (limit !== undefined) {
      out.push(
        limit > 1_000_000
          ? { what: 'an oversized string', values: fc.constant('A'.repeat(limit + 4)), huge: true }
          : { what: 'an oversized string', values: fc.integer({ min: limit + 1, max: limit + 500 }).map((n) => 'x'.repeat(n)) },
      );
    }
    if ((s.minLength ?? 0) > 0) out.push({ what: 'an empty string', values: fc.constant('') });
    const listed = s.enum ?? (s.const !== undefined ? [s.const] : undefined);
    if (listed) out.push({ what: 'a string not among its values', values: fc.string({ maxLength: 20 }).filter((v) => !listed.includes(v)) });
    if (s.pattern) out.push({ what: 'a string that breaks its pattern', values: fc.string({ maxLength: 20 }).map((v) => `!${v}`) });
  }
  if (isType(s, 'array') && s.items) {
    const item = sample(s.items);
    if (s.maxItems !== undefined)
      out.push({ what: 'an oversized list', values: fc.constant(Array.from({ length: s.maxItems + 1 }, () => item)), huge: s.maxItems > 10_000 });
    if ((s.minItems ?? 0) > 0) out.push({ what: 'an empty list', values: fc.constant([]) });
  }
  return out;
}

/** Where a string or list in a request has no upper bound, so an oversized one could not be refused. */
export function unbounded(schema: Schema, at = 'request'): string[] {
  // A pattern without open-ended repetition (a UUID's) bounds a string as well as a maximum length does.
  const fixedPattern = schema.pattern !== undefined && !/[*+]|\{\d+,\}/.test(schema.pattern);
  const own =
    (isType(schema, 'string') && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined && !fixedPattern) ||
    (isType(schema, 'array') && schema.maxItems === undefined)
      ? [at]
      : [];
  const inner = [
    ...Object.entries(schema.properties ?? {}).map(([k, s]) => unbounded(s, `${at}.${k}`)),
    ...(schema.items ? [unbounded(schema.items, `${at}[]`)] : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].map((s) => unbounded(s, at)),
  ];
  return [...own, ...inner.flat()];
}

/** The field paths a dispatch message names: "Invalid request for C: a.b: …; c: …". */
export function namedFields(message: string, channel: string): string[] {
  const prefix = `Invalid request for ${channel}: `;
  if (!message.startsWith(prefix)) return [];
  return message
    .slice(prefix.length)
    .split('; ')
    .map((issue) => issue.slice(0, issue.indexOf(': ')));
}

const ANY: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 30 }),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  null: fc.constant(null),
};

function jsonTypes(schema: Schema): Set<JsonType> {
  const members = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (members.length > 0) return new Set(members.flatMap((m) => [...jsonTypes(m)]));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0 && schema.enum) return new Set(schema.enum.map((v) => (v === null ? 'null' : (typeof v as JsonType))));
  return new Set(types.map((t) => (t === 'integer' ? 'number' : (t as JsonType))));
}

function isType(schema: Schema, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

/** A value the schema accepts, for filling lists whose length alone is under test. */
function sample(schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  if (isType(schema, 'integer') || isType(schema, 'number')) return Math.max(1, schema.minimum ?? 1);
  if (isType(schema, 'boolean')) return true;
  if (isType(schema, 'string')) return 'a'.repeat(schema.minLength ?? 0);
  if (isType(schema, 'object')) return Object.fromEntries((schema.required ?? []).map((k) => [k, sample(schema.properties![k]!)]));
  throw new Error(`no sample for ${JSON.stringify(schema)}`);
}

function place(base: Record<string, unknown>, path: (string | number)[], value: unknown): unknown {
  const root: Record<string, unknown> = { ...base };
  let node: Record<string | number, unknown> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] = typeof path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
  });
  return root;
}
