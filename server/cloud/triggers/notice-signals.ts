/**
 * LiveQuery sends a NoticeSignal only to the signed-in readers it concerns: a building's signal to
 * that building's residents, a community's to its residents, the street's to the street. Signals
 * carry nothing personal, but nobody needs to hear every building's comings and goings.
 */
import { Parse } from '../parse'
import { readerHome, reaches, type ReaderHome } from '../notices/access'

/** Homes change rarely (a move, a registration); a minute's cache spares a query per listener per signal. */
const TTL_MS = 60_000
const homes = new Map<string, { at: number; home: Promise<ReaderHome> }>()

function homeOf(userId: string): Promise<ReaderHome> {
  const now = Date.now()
  const hit = homes.get(userId)
  if (hit && now - hit.at < TTL_MS) return hit.home
  const home = readerHome(userId)
  homes.set(userId, { at: now, home })
  if (homes.size > 10_000) for (const [id, h] of homes) if (now - h.at >= TTL_MS) homes.delete(id)
  return home
}

Parse.Cloud.afterLiveQueryEvent('NoticeSignal', async (req) => {
  const userId = req.user?.id
  const signal = req.object
  if (!userId || !signal) {
    req.sendEvent = false
    return
  }
  const home = await homeOf(userId)
  if (!reaches(home, String(signal.get('scope')), String(signal.get('targetId')))) req.sendEvent = false
})
