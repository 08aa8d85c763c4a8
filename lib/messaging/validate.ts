import { type AnalyzeInput, LANGUAGES, SCENARIOS } from '../engine/types';

/** Largest draft the background analyses (UTF-16 code units). */
export const MAX_DRAFT_CHARS = 200_000;
/** Largest customer message the background reads. */
export const MAX_CUSTOMER_CHARS = 50_000;
const MAX_NAME_CHARS = 200;
const MAX_SITE_CHARS = 200;

/** A checked value, or why it was refused. */
export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

function optionalString(x: unknown, field: string, max: number): Validated<string | undefined> {
  if (x === undefined) return { ok: true, value: undefined };
  if (typeof x !== 'string') return { ok: false, error: `${field} must be a string` };
  if (x.length > max) return { ok: false, error: `${field} is longer than ${max} characters` };
  return { ok: true, value: x };
}

/**
 * Checks an `analyze` request from another context before the engine sees it: a plain object, string
 * fields within their size limits, a known language and scenario. Returns a fresh object with only the
 * known fields, so nothing else a page could smuggle in reaches the engine.
 */
export function validateAnalyzeInput(x: unknown): Validated<AnalyzeInput> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return { ok: false, error: 'input must be an object' };
  const o = x as Record<string, unknown>;
  if (typeof o.draft !== 'string') return { ok: false, error: 'draft must be a string' };
  if (o.draft.length > MAX_DRAFT_CHARS) {
    return { ok: false, error: `draft is longer than ${MAX_DRAFT_CHARS} characters` };
  }
  const input: AnalyzeInput = { draft: o.draft };
  const customer = optionalString(o.customer, 'customer', MAX_CUSTOMER_CHARS);
  if (!customer.ok) return customer;
  if (customer.value !== undefined) input.customer = customer.value;
  if (o.customerName !== undefined && o.customerName !== null) {
    const name = optionalString(o.customerName, 'customerName', MAX_NAME_CHARS);
    if (!name.ok) return name;
    input.customerName = name.value;
  } else if (o.customerName === null) input.customerName = null;
  if (o.lang !== undefined) {
    if (!(LANGUAGES as readonly unknown[]).includes(o.lang))
      return { ok: false, error: 'lang is not a known language' };
    input.lang = o.lang as AnalyzeInput['lang'];
  }
  if (o.scenario !== undefined) {
    if (!(SCENARIOS as readonly unknown[]).includes(o.scenario)) {
      return { ok: false, error: 'scenario is not a known scenario' };
    }
    input.scenario = o.scenario as AnalyzeInput['scenario'];
  }
  const site = optionalString(o.site, 'site', MAX_SITE_CHARS);
  if (!site.ok) return site;
  if (site.value !== undefined) input.site = site.value;
  return { ok: true, value: input };
}
