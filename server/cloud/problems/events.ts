/** Writing a problem's timeline and telling people about it (notify kind 'problemUpdate'). */
import type { ProblemEventKind, ProblemPhoto } from '@contract/api-problems'
import { notify, type Notification } from '../notify'
import { type Sql } from '../sql'
import { insertRow } from '../db/rows'
import { pageOf } from '@contract/pages'

export async function addEvent(sql: Sql, e: { problemId: string; kind: ProblemEventKind; actor: string | null; text?: string | null; photos?: ProblemPhoto[]; at: Date }): Promise<void> {
  await insertRow(sql, 'ProblemEvent', { problem: e.problemId, kind: e.kind, actor: e.actor, text: e.text ?? null, photos: e.photos ?? [], at: e.at }, { at: e.at })
}

/** The page a notification opens. */
export function problemPage(problemId: string): string {
  return pageOf('problemDetail', problemId)
}

/** One notification per distinct person (never the actor themselves), about one problem. */
export async function tell(userIds: Array<string | null | undefined>, actor: string | null, problemId: string, title: string, body: string): Promise<void> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id && id !== actor))]
  if (!ids.length) return
  const items: Notification[] = ids.map((userId) => ({ userId, kind: 'problemUpdate', title, body, page: problemPage(problemId), refId: problemId }))
  await notify(items)
}
