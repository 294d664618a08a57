/**
 * Endpoints of orders and money (issue 7, A4/A5): orders from a shop (API key with an
 * Idempotency-Key header, the thank-you-page script's public shop tag, CSV), the attribution
 * settings, spend on social, other channels' monthly figures, vouchers, and the money figures.
 */
import { z } from 'zod';
import { MAX_WINDOW_DAYS, MIN_WINDOW_DAYS, NOT_ATTRIBUTED_REASONS, TOUCH_KINDS } from '../../core/orders/attribution.js';
import { CHANNEL_PATTERN } from '../../core/orders/channels.js';
import { CSV_ERROR_CODES } from '../../core/orders/csv-import.js';
import { CURRENCY_PATTERN, customerIdProblem } from '../../core/orders/customer.js';
import { MONTH_PATTERN, SPEND_KINDS } from '../../core/orders/spend.js';
import { define, id, isoDate, list, ok, workspaceParams } from '../contract.js';

const money = z.number().min(0).max(1e12);
const currency = z.string().regex(CURRENCY_PATTERN, 'must be a three-letter ISO 4217 code in capitals, such as EUR');
const month = z.string().regex(MONTH_PATTERN, 'must be a month like 2026-11');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-11-30');
const utmSchema = z.strictObject({
  source: z.string().trim().max(200).optional(),
  medium: z.string().trim().max(200).optional(),
  campaign: z.string().trim().max(200).optional(),
  content: z.string().trim().max(200).optional(),
  term: z.string().trim().max(200).optional(),
});
const customer = z
  .string()
  .trim()
  .max(128)
  .superRefine((value, check) => {
    const problem = customerIdProblem(value);
    if (problem === 'looks_like_email' || problem === 'looks_like_phone') check.addIssue({ code: 'custom', message: `${problem === 'looks_like_email' ? 'looks like an e-mail address' : 'looks like a phone number'}; send its SHA-256 hash, never the raw value` });
    else if (problem) check.addIssue({ code: 'custom', message: 'must be a hashed id: 8 to 128 letters, digits or _-:.+/=' });
  });

const touchSchema = z.strictObject({
  kind: z.enum(TOUCH_KINDS),
  /** The short-link code or voucher code; for `utm`, the parameters go in `utm`. */
  value: z.string().trim().min(1).max(100).optional(),
  utm: utmSchema.optional(),
  at: isoDate.optional(),
});

export const orderInputSchema = z.strictObject({
  orderId: z.string().trim().min(1).max(200),
  orderedAt: isoDate.optional(),
  amount: money,
  currency,
  customer: customer.nullable().optional(),
  code: z.string().trim().min(1).max(100).optional(),
  voucher: z.string().trim().min(1).max(100).optional(),
  utm: utmSchema.optional(),
  touchedAt: isoDate.optional(),
  touches: z.array(touchSchema).max(20).optional(),
});

export const orderSchema = z.object({
  id,
  orderId: z.string(),
  orderedAt: isoDate,
  amount: z.number(),
  currency: z.string(),
  customerHash: z.string().nullable(),
  source: z.enum(['api', 'script', 'csv']),
  touch: z.object({ kind: z.enum(TOUCH_KINDS), value: z.string(), utm: z.record(z.string(), z.string()).nullable(), at: isoDate.nullable() }).nullable(),
  attribution: z.object({
    status: z.enum(['attributed', 'not_attributed']),
    reason: z.enum(NOT_ATTRIBUTED_REASONS).nullable(),
    windowDays: z.number(),
    linkId: z.string().nullable(),
    targetId: z.string().nullable(),
    postId: z.string().nullable(),
    accountId: z.string().nullable(),
    network: z.string().nullable(),
    campaign: z.string().nullable(),
    voucher: z.string().nullable(),
  }),
  createdAt: isoDate,
  duplicate: z.boolean(),
});

export const csvErrorSchema = z.object({
  line: z.number(),
  code: z.enum(CSV_ERROR_CODES),
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const csvImportBody = z.strictObject({
  csv: z.string().min(1).max(1_048_576),
  importGoodRows: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});
const csvImportResult = z.object({ dryRun: z.boolean(), rows: z.number(), goodRows: z.number(), imported: z.number(), errors: z.array(csvErrorSchema) });

export const orderSettingsSchema = z.object({ windowDays: z.number(), currency: z.string(), shopTag: z.string().nullable() });

const spendBody = z.strictObject({
  month,
  network: z.string().trim().max(60).nullable().optional(),
  campaign: z.string().trim().max(200).nullable().optional(),
  kind: z.enum(SPEND_KINDS),
  amount: money.nullable().optional(),
  hours: z.number().min(0).max(100_000).nullable().optional(),
  hourlyRate: money.nullable().optional(),
  currency: currency.optional(),
  note: z.string().max(500).optional(),
});
export const spendSchema = z.object({
  id,
  month: z.string(),
  network: z.string().nullable(),
  campaign: z.string().nullable(),
  kind: z.enum(SPEND_KINDS),
  amount: z.number().nullable(),
  hours: z.number().nullable(),
  hourlyRate: z.number().nullable(),
  currency: z.string(),
  note: z.string(),
  cost: z.number(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

const channelBody = z.strictObject({
  month,
  channel: z.string().regex(CHANNEL_PATTERN, 'must be seo, search_ads, email or other:<name>'),
  spend: money,
  orders: z.number().int().min(0).max(1_000_000_000),
  revenue: money,
  currency: currency.optional(),
});
export const channelFigureSchema = z.object({ id, month: z.string(), channel: z.string(), spend: z.number(), orders: z.number(), revenue: z.number(), currency: z.string(), createdAt: isoDate, updatedAt: isoDate });

export const voucherSchema = z.object({ code: z.string(), network: z.string(), campaign: z.string().nullable(), postId: z.string().nullable(), createdAt: isoDate });

const breakdownSchema = z.object({ by: z.enum(['network', 'campaign', 'account', 'post']), key: z.string(), label: z.string(), orders: z.number(), revenue: z.number(), spend: z.number(), costPerOrder: z.number().nullable() });
export const moneyFiguresSchema = z.object({
  money: z.object({
    currency: z.string(),
    orders: z.number(),
    revenue: z.number(),
    spend: z.number(),
    costPerOrder: z.number().nullable(),
    returnOnSpend: z.number().nullable(),
    averageOrderValue: z.number().nullable(),
    repeatPurchaseRate: z.number().nullable(),
    breakdown: z.array(breakdownSchema),
  }),
  daily: z.array(z.object({ day: z.string(), orders: z.number(), revenue: z.number() })),
  byTarget: z.array(z.object({ targetId: z.string(), orders: z.number(), revenue: z.number() })),
  channels: z.object({
    currency: z.string(),
    channels: z.array(z.object({ channel: z.string(), spend: z.number(), orders: z.number(), revenue: z.number(), costPerOrder: z.number().nullable() })),
    warning: z.object({ kind: z.enum(['above_average_order_value', 'worst_channel']), socialCostPerOrder: z.number(), comparedWith: z.number() }).nullable(),
  }),
  otherCurrencyOrders: z.number(),
  repeatCustomers: z.object({ socialCustomers: z.number(), repeatCustomers: z.number() }),
});

const spendParams = z.strictObject({ workspaceId: id, spendId: id });
const channelParams = z.strictObject({ workspaceId: id, figureId: id });
const voucherParams = z.strictObject({ workspaceId: id, code: z.string().trim().min(1).max(100) });

export const ordersEndpoints = {
  recordOrder: define({
    method: 'POST',
    path: '/api/orders',
    summary: 'Record an order with a workspace API key; the Idempotency-Key header is required (same key and body: the first answer; same key, other body: 409 idempotency_conflict)',
    auth: 'any',
    body: orderInputSchema,
    response: orderSchema,
    status: 201,
  }),
  recordShopOrder: define({
    method: 'POST',
    path: '/api/shop/:shopTag/orders',
    summary: "The thank-you-page script's order, sent with the workspace's public shop tag (can only add orders; CORS open; rate-limited)",
    auth: 'none',
    params: z.strictObject({ shopTag: z.string().regex(/^shop_[A-Za-z0-9_-]{8,40}$/) }),
    body: orderInputSchema,
    response: z.object({ ok: z.literal(true), attributed: z.boolean(), duplicate: z.boolean() }),
    status: 201,
  }),
  listOrders: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/orders',
    summary: 'Orders, newest first, with their touch and attribution',
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({ from: isoDate.optional(), to: isoDate.optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) }),
    response: list(orderSchema),
  }),
  importOrders: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/orders/import',
    summary: 'Import orders from CSV (order_id, ordered_at, amount, currency, customer, code, voucher, utm_*, touched_at); a file with bad rows imports nothing unless importGoodRows',
    auth: 'any',
    params: workspaceParams,
    body: csvImportBody,
    response: csvImportResult,
  }),
  getMoneyFigures: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/orders/figures',
    summary: 'Orders, revenue, spend, cost per order, return on spend, repeat-purchase rate and the channel comparison for a period of days',
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({ from: day, to: day }),
    response: moneyFiguresSchema,
  }),
  getOrderSettings: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/orders/settings',
    summary: 'Attribution window, currency of the money figures, and the shop tag of the thank-you-page script',
    auth: 'any',
    params: workspaceParams,
    response: orderSettingsSchema,
  }),
  saveOrderSettings: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/orders/settings',
    summary: 'Change the attribution window (days) and the currency; applies to orders recorded from now on',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ windowDays: z.number().int().min(MIN_WINDOW_DAYS).max(MAX_WINDOW_DAYS), currency }),
    response: orderSettingsSchema,
  }),
  renewShopTag: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/orders/shop-tag',
    summary: 'Create the shop tag, or replace it (the old one stops working at once)',
    auth: 'any',
    params: workspaceParams,
    response: orderSettingsSchema,
  }),
  listSpend: define({ method: 'GET', path: '/api/workspaces/:workspaceId/spend', summary: 'Spend on social per month, network and campaign', auth: 'any', params: workspaceParams, response: list(spendSchema) }),
  createSpend: define({ method: 'POST', path: '/api/workspaces/:workspaceId/spend', summary: 'Add spend: ads or tools (amount), or hours × hourly rate', auth: 'any', params: workspaceParams, body: spendBody, response: spendSchema, status: 201 }),
  updateSpend: define({ method: 'PUT', path: '/api/workspaces/:workspaceId/spend/:spendId', summary: 'Change a spend entry', auth: 'any', params: spendParams, body: spendBody, response: spendSchema }),
  deleteSpend: define({ method: 'DELETE', path: '/api/workspaces/:workspaceId/spend/:spendId', summary: 'Delete a spend entry', auth: 'any', params: spendParams, response: ok }),
  importSpend: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/spend/import',
    summary: 'Import spend from CSV (month, network, campaign, kind, amount, hours, hourly_rate, currency, note)',
    auth: 'any',
    params: workspaceParams,
    body: csvImportBody,
    response: csvImportResult,
  }),
  listChannelFigures: define({ method: 'GET', path: '/api/workspaces/:workspaceId/channels', summary: "Other channels' figures per month", auth: 'any', params: workspaceParams, response: list(channelFigureSchema) }),
  saveChannelFigure: define({ method: 'PUT', path: '/api/workspaces/:workspaceId/channels', summary: "Enter a channel's month (replaces the same channel and month)", auth: 'any', params: workspaceParams, body: channelBody, response: channelFigureSchema }),
  deleteChannelFigure: define({ method: 'DELETE', path: '/api/workspaces/:workspaceId/channels/:figureId', summary: "Delete a channel's month", auth: 'any', params: channelParams, response: ok }),
  importChannelFigures: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/channels/import',
    summary: 'Import channel figures from CSV (month, channel, spend, orders, revenue, currency)',
    auth: 'any',
    params: workspaceParams,
    body: csvImportBody,
    response: csvImportResult,
  }),
  listVouchers: define({ method: 'GET', path: '/api/workspaces/:workspaceId/vouchers', summary: 'Voucher codes and where an order using one is credited', auth: 'any', params: workspaceParams, response: list(voucherSchema) }),
  saveVoucher: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/vouchers/:code',
    summary: 'Create or change a voucher code',
    auth: 'any',
    params: voucherParams,
    body: z.strictObject({ network: z.string().trim().min(1).max(60), campaign: z.string().trim().max(200).nullable().optional(), postId: id.nullable().optional() }),
    response: voucherSchema,
  }),
  deleteVoucher: define({ method: 'DELETE', path: '/api/workspaces/:workspaceId/vouchers/:code', summary: 'Delete a voucher code', auth: 'any', params: voucherParams, response: ok }),
} as const;
