/** Parameters of signing in, the home screen, uploads, subscriptions and the operators' hooks. */
import * as v from 'valibot'
import type { NotifyKind, UploadPurpose } from '../domain'
import { ACCOUNT_MESSAGES } from '@/domain/messages'
import { isMobilePhone, normalizePhone } from '@/domain/phone'
import { isNotifyKind, NOTIFY_KINDS } from '@/domain/notify'
import { UPLOAD_LIMITS, UPLOAD_PURPOSES } from '@/domain/uploads'
import { forSenior, noParams, oneOf, requiredText, ruled } from './rules'

/** Largest base64 text accepted for any purpose (4 characters per 3 bytes). */
export const MAX_BASE64_LENGTH = Math.ceil(Math.max(...Object.values(UPLOAD_LIMITS)) / 3) * 4

const ANSWERS_ERROR = '订阅结果无效，请重新点击。'
const NAME_TOO_LONG = '文件名太长。'
const BAD_TIME = '时间格式不正确。'

export const accountContract = {
  demoLogin: v.object({ phone: requiredText(ACCOUNT_MESSAGES.phone, (s) => isMobilePhone(normalizePhone(s))) }),
  wechatLogin: v.object({ code: requiredText('登录凭证缺失，请重新打开小程序。', (s) => s.length <= 128) }),
  wechatPhoneNumber: v.object({ code: requiredText('手机号授权凭证缺失，请重新点击获取手机号。', (s) => s.length <= 128) }),
  me: noParams,
  myHome: v.object(forSenior),
  callContact: v.object({ kind: oneOf(['steward', 'gridLeader'], '请选择要联系的人：红管家或微网格长。'), ...forSenior }),
  uploadFile: v.object({
    data: requiredText('文件过大或内容为空，请换一个文件。', (s) => s.length <= MAX_BASE64_LENGTH + 64),
    contentType: v.string('只能上传图片或 PDF 文件。'),
    name: v.optional(v.pipe(v.string(NAME_TOO_LONG), v.maxLength(200, NAME_TOO_LONG))),
    purpose: oneOf<UploadPurpose>(UPLOAD_PURPOSES, '请说明文件的用途。'),
  }),
  subscriptionTemplates: noParams,
  saveSubscriptions: v.object({
    answers: v.pipe(
      v.array(v.unknown(), ANSWERS_ERROR),
      v.minLength(1, ANSWERS_ERROR),
      v.maxLength(NOTIFY_KINDS.length, ANSWERS_ERROR),
      v.check((list) => list.every((a) => isPlainObjectLike(a) && isNotifyKind(a.kind) && typeof a.accepted === 'boolean'), ANSWERS_ERROR),
      v.transform((list) => list as Array<{ kind: NotifyKind; accepted: boolean }>),
    ),
  }),
  /** Master key only: runs the timed jobs now. */
  runJobs: v.object({ names: v.optional(ruled<string[]>()(v.array(v.unknown(), '任务名称不正确。'))) }),
  /** Master key only, TEST_CLOCK=on: moves the server's clock (null: real time again). */
  setTestClock: v.object({
    at: v.optional(v.nullable(v.pipe(v.string(BAD_TIME), v.check((s) => !Number.isNaN(Date.parse(s)), BAD_TIME)))),
  }),
}

function isPlainObjectLike(a: unknown): a is { kind?: unknown; accepted?: unknown } {
  return !!a && typeof a === 'object'
}
