/**
 * Subscription-message templates as configuration: WX_TEMPLATES is JSON mapping a NotifyKind to
 * its template id, or to {id, fields} where fields maps what a notification carries (title, body,
 * time) to the template's data keys (thing1, time2…). Each WeChat template has its own keys, so
 * the mapping is per kind; the default suits a template "标题 thing1 / 内容 thing2 / 时间 time3".
 */
import type { NotifyKind } from '@contract/domain'
import { NOTIFY_KINDS } from '@/domain/notify'

/** What a notification fills into a template. */
export type TemplatePart = 'title' | 'body' | 'time'

export interface TemplateConfig {
  id: string
  /** part → the template's data key, e.g. { title: 'thing1', body: 'thing2', time: 'time3' }. */
  fields: Partial<Record<TemplatePart, string>>
}

export type TemplateMap = Partial<Record<NotifyKind, TemplateConfig>>

export const DEFAULT_FIELDS: Record<TemplatePart, string> = { title: 'thing1', body: 'thing2', time: 'time3' }

const PARTS: TemplatePart[] = ['title', 'body', 'time']
const DATA_KEY = /^[a-z_]+[0-9]+$/

/** Parses WX_TEMPLATES; throws an Error naming what is wrong (the server refuses to start). */
export function parseTemplates(text: string | undefined): TemplateMap {
  if (!text || !text.trim()) return {}
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new Error('WX_TEMPLATES is not JSON')
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('WX_TEMPLATES must be a JSON object of kind → template')
  const out: TemplateMap = {}
  for (const [kind, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(NOTIFY_KINDS as readonly string[]).includes(kind)) throw new Error(`WX_TEMPLATES: unknown kind ${kind} (kinds: ${NOTIFY_KINDS.join(', ')})`)
    const entry = typeof value === 'string' ? { id: value } : (value as { id?: unknown; fields?: unknown } | null)
    if (!entry || typeof entry.id !== 'string' || !entry.id.trim()) throw new Error(`WX_TEMPLATES: ${kind} needs a template id`)
    const fields: Partial<Record<TemplatePart, string>> = { ...DEFAULT_FIELDS }
    if (entry.fields !== undefined) {
      if (!entry.fields || typeof entry.fields !== 'object') throw new Error(`WX_TEMPLATES: ${kind}.fields must be an object`)
      for (const [part, key] of Object.entries(entry.fields as Record<string, unknown>)) {
        if (!(PARTS as string[]).includes(part)) throw new Error(`WX_TEMPLATES: ${kind}.fields.${part} is not one of ${PARTS.join(', ')}`)
        if (key === null || key === '') delete fields[part as TemplatePart]
        else if (typeof key === 'string' && DATA_KEY.test(key)) fields[part as TemplatePart] = key
        else throw new Error(`WX_TEMPLATES: ${kind}.fields.${part} must be a data key like thing1`)
      }
    }
    out[kind as NotifyKind] = { id: entry.id.trim(), fields }
  }
  return out
}

/** In outbox (demo) mode every kind has a template, so the whole flow can be tried without WeChat. */
export function withDemoTemplates(map: TemplateMap): TemplateMap {
  const out: TemplateMap = { ...map }
  for (const kind of NOTIFY_KINDS) out[kind] ??= { id: `demo-${kind}`, fields: { ...DEFAULT_FIELDS } }
  return out
}

// WeChat's documented value limits per data-key type (characters).
const LIMITS: Array<[RegExp, number]> = [
  [/^thing/, 20],
  [/^short_thing/, 5],
  [/^phrase/, 5],
  [/^name/, 10],
  [/^character_string/, 32],
  [/^letter/, 32],
  [/^symbol/, 5],
  [/^car_number/, 8],
  [/^phone_number/, 17],
]

/** Cuts a value to what its key type allows, marking the cut with an ellipsis. */
export function fitValue(key: string, value: string): string {
  const clean = value.replace(/\s+/g, ' ').trim()
  const limit = LIMITS.find(([re]) => re.test(key))?.[1] ?? 20
  const chars = [...clean]
  return chars.length <= limit ? clean : `${chars.slice(0, limit - 1).join('')}…`
}

/** WeChat's time value: "2026-07-01 08:30" in China time. */
export function wechatTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000)
  return local.toISOString().slice(0, 16).replace('T', ' ')
}

/** The template's data object: {thing1: {value}, …}. */
export function templateData(fields: TemplateConfig['fields'], n: { title: string; body: string }, at: Date): Record<string, { value: string }> {
  const values: Record<TemplatePart, string> = { title: n.title, body: n.body, time: wechatTime(at) }
  const data: Record<string, { value: string }> = {}
  for (const part of PARTS) {
    const key = fields[part]
    if (key) data[key] = { value: part === 'time' ? values.time : fitValue(key, values[part]) }
  }
  return data
}
