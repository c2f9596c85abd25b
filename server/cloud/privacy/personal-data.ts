/**
 * Each feature's part of a person's data (PIPL): what 导出我的数据 includes and what 注销账号
 * erases. Features register here (from their cloud/functions module); export.ts and erase.ts
 * call every registered part, so a new feature cannot forget either.
 */
import type { Sql } from '../sql'

export interface PersonalDataPart {
  /** The key in MyDataExport.more, e.g. 'helpRequests'. */
  key: string
  /** Everything of this feature about the person, as plain JSON. */
  export(userId: string): Promise<unknown>
  /** Removes or anonymises it, inside the erasure's transaction. */
  erase(userId: string, sql: Sql): Promise<void>
}

const parts = new Map<string, PersonalDataPart>()

export function registerPersonalData(part: PersonalDataPart): void {
  if (parts.has(part.key)) throw new Error(`personal data part ${part.key} registered twice`)
  parts.set(part.key, part)
}

export async function exportParts(userId: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const part of parts.values()) out[part.key] = await part.export(userId)
  return out
}

export async function eraseParts(userId: string, sql: Sql): Promise<void> {
  for (const part of parts.values()) await part.erase(userId, sql)
}
