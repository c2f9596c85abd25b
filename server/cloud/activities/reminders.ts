/**
 * The day-before reminder: for activities starting tomorrow (Asia/Shanghai), every confirmed
 * volunteer not yet reminded is marked and told, in one conditional UPDATE, so running the job
 * twice (or on two servers) reminds each person once.
 */
import { pageOf } from '@contract/pages'
import { APP_TIMEZONE, dayjs, formatDateTime } from '@/domain/time'
import type { Job } from '../jobs'
import { notify } from '../notify'
import { runtime } from '../runtime'

export async function sendReminders(at: Date): Promise<number> {
  const tomorrow = dayjs(at).tz(APP_TIMEZONE).startOf('day').add(1, 'day')
  const rows = (
    await runtime().pool.query<{ user: string; activity: string; title: string; startsAt: Date; placeText: string }>(
      `UPDATE "ActivitySignup" s SET "remindedAt" = $3 FROM "Activity" a
       WHERE a."objectId" = s."activity" AND a."status" = 'open' AND a."startsAt" >= $1 AND a."startsAt" < $2
         AND s."status" = 'confirmed' AND s."remindedAt" IS NULL
       RETURNING s."user", s."activity", a."title", a."startsAt", a."placeText"`,
      [tomorrow.toDate(), tomorrow.add(1, 'day').toDate(), at],
    )
  ).rows
  if (rows.length) {
    await notify(
      rows.map((r) => ({
        userId: r.user,
        kind: 'activityReminder' as const,
        title: '明天有志愿活动',
        body: `${r.title}，${formatDateTime(r.startsAt.toISOString())}，在${r.placeText}集合。`.slice(0, 100),
        page: pageOf('activityDetail', r.activity),
        refId: r.activity,
      })),
    )
  }
  return rows.length
}

export const reminderJob: Job = { name: 'activityReminders', everyMs: 10 * 60_000, run: sendReminders }
