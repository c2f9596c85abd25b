/**
 * Parse Server caches a session token's user and a user's roles for a few seconds. Writes made
 * in SQL (an erasure, an approval) bypass the code that clears those entries, so they clear
 * them here: a deleted session must fail at once, not five seconds later.
 */
import { runtime } from './runtime'

interface SubCache {
  del(key: string): Promise<unknown> | unknown
}
interface ParseConfig {
  cacheController: { user: SubCache; role: SubCache }
}
interface ConfigModule {
  get(appId: string): ParseConfig
}

function cacheController(): ParseConfig['cacheController'] {
  const mod = require('parse-server/lib/Config') as { default?: ConfigModule } & ConfigModule
  return (mod.default ?? mod).get(runtime().config.appId).cacheController
}

/** Forgets cached sessions (by token) and cached role lists (by user id). */
export async function forgetCached(opts: { sessionTokens?: string[]; roleUserIds?: string[] }): Promise<void> {
  const cache = cacheController()
  for (const token of opts.sessionTokens ?? []) await cache.user.del(token)
  for (const userId of opts.roleUserIds ?? []) await cache.role.del(userId)
}
