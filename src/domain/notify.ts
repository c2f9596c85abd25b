/** Notification kinds and their names, shared by the 我的消息 page and the server. */
import type { NotifyKind } from '@contract/domain'

export const NOTIFY_KINDS: readonly NotifyKind[] = ['urgentNotice', 'helpUpdate', 'activityReminder', 'activityUpdate', 'welfareUpdate', 'problemUpdate', 'familyLink']

export const NOTIFY_KIND_LABELS: Record<NotifyKind, string> = {
  urgentNotice: '紧急公告',
  helpUpdate: '求助进展',
  activityReminder: '活动提醒',
  activityUpdate: '活动变动',
  welfareUpdate: '公益项目',
  problemUpdate: '问题反馈',
  familyLink: '家人关联',
}

export function isNotifyKind(v: unknown): v is NotifyKind {
  return typeof v === 'string' && (NOTIFY_KINDS as readonly string[]).includes(v)
}

/** How many unanswered acceptances of one kind a person may bank (WeChat's one-time messages add up per tap). */
export const SUBSCRIPTION_CAP = 20

/** Page size of 我的消息. */
export const MESSAGE_PAGE_MAX = 50
