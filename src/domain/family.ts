/** Family-link rules and words shared by the app (both sides' lists, 我的数据) and cloud code. */
import type { FamilyLinkStatus, FamilyLinkView } from '@contract/domain'

/** Link requests one account may send in any 24 hours (withdrawn ones count: asking is what is capped). */
export const FAMILY_REQUESTS_PER_DAY = 5

/** Requests still waiting or links in force: the only ones a person can act on. */
export const LIVE_FAMILY_STATUSES: readonly FamilyLinkStatus[] = ['pending', 'confirmed']

/** Either side's state in one word, where the side is not known (我的数据 lists both sides together). */
export const FAMILY_STATUS_LABELS: Record<FamilyLinkStatus, string> = {
  pending: '等待确认',
  confirmed: '已确认',
  declined: '已拒绝',
  withdrawn: '已撤回',
  ended: '已解除',
}

/** How the family member (who asked) reads each state. */
export const ASKER_STATUS_LABELS: Record<FamilyLinkStatus, string> = {
  pending: '等待长辈确认',
  confirmed: '已确认',
  declined: '长辈未同意',
  withdrawn: '已撤回',
  ended: '已解除',
}

/** How the senior (who decides) reads each state. */
export const SENIOR_STATUS_LABELS: Record<FamilyLinkStatus, string> = {
  pending: '等您确认',
  confirmed: '已确认',
  declined: '您已拒绝',
  withdrawn: '对方已撤回',
  ended: '已解除',
}

/** Who a link is with, as this side may see them: the name when known, else the masked phone. */
export function familyLinkTitle(link: FamilyLinkView): string {
  return link.other.name ?? (link.other.maskedPhone || '已注销用户')
}
