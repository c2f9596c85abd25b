/**
 * Each feature's part of a person's data (PIPL): what 导出我的数据 includes and what 注销账号
 * erases. Features declare theirs in their module (server/cloud/features.ts); export.ts and
 * erase.ts walk every feature's parts, so a new feature cannot forget either.
 */
import { FEATURES } from '../features'
import type { Sql } from '../sql'

export interface PersonalDataPart {
  /** The key in MyDataExport.more, e.g. 'helpRequests'. */
  key: string
  /** Everything of this feature about the person, as plain JSON. */
  export(userId: string): Promise<unknown>
  /** Removes or anonymises it, inside the erasure's transaction. */
  erase(userId: string, sql: Sql): Promise<void>
}

function parts(): PersonalDataPart[] {
  return FEATURES.flatMap((f) => f.personalData ?? [])
}

export async function exportParts(userId: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const part of parts()) out[part.key] = await part.export(userId)
  return out
}

export async function eraseParts(userId: string, sql: Sql): Promise<void> {
  for (const part of parts()) await part.erase(userId, sql)
}
