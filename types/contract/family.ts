/** Parameters of family links, the newcomer guide and privacy. */
import * as v from 'valibot'
import { FAMILY_MESSAGES } from '@/domain/messages'
import { isMobilePhone, normalizePhone } from '@/domain/phone'
import { isCleanText } from '@/domain/text'
import { flag, id, noParams, optionalId, requiredText, SHARED_MESSAGES } from './rules'

/** Lengths of a guide item, shared by the staff form and the server. */
export const GUIDE_LIMITS = { titleMax: 30, bodyMax: 1000, orderMax: 999 } as const

export const familyContract = {
  requestFamilyLink: v.object({ seniorPhone: requiredText(FAMILY_MESSAGES.seniorPhone, (s) => isMobilePhone(normalizePhone(s))) }),
  answerFamilyLink: v.object({ linkId: id('请选择要处理的关联申请。'), accept: flag('请选择同意或拒绝。') }),
  removeFamilyLink: v.object({ linkId: id('请选择要解除的关联。') }),
  myFamilyLinks: noParams,
  actsForMe: noParams,
}

const TITLE_ERROR = `请填写标题，最多${GUIDE_LIMITS.titleMax}个字。`
const BODY_ERROR = `请填写内容，最多${GUIDE_LIMITS.bodyMax}个字。`
const ORDER_ERROR = `排序请填0到${GUIDE_LIMITS.orderMax}的整数。`

export const guideContract = {
  myGuide: noParams,
  tickGuideItem: v.object({ itemId: id('请选择要勾选的事项。'), done: flag('请说明这一项是否已办好。') }),
  listGuideItems: v.object({ communityId: id(SHARED_MESSAGES.community) }),
  saveGuideItem: v.object({
    communityId: id(SHARED_MESSAGES.community),
    itemId: optionalId('没有找到这一项，请刷新后再试。'),
    title: v.pipe(v.string(TITLE_ERROR), v.check((s) => isCleanText(s, GUIDE_LIMITS.titleMax), TITLE_ERROR)),
    body: v.pipe(v.string(BODY_ERROR), v.check((s) => isCleanText(s, GUIDE_LIMITS.bodyMax, { multiline: true }), BODY_ERROR)),
    order: v.pipe(v.number(ORDER_ERROR), v.integer(ORDER_ERROR), v.minValue(0, ORDER_ERROR), v.maxValue(GUIDE_LIMITS.orderMax, ORDER_ERROR)),
  }),
  deleteGuideItem: v.object({ itemId: id('请选择要删除的事项。') }),
}

export const privacyContract = {
  viewResidentProfile: v.object({ residentId: id('请选择要查看的居民。') }),
  myProfileAccessLog: noParams,
  exportMyData: noParams,
  deleteMyData: v.object({ confirm: v.literal(true, '请确认要注销账号并删除您的全部个人信息。') }),
}
