/**
 * Parse's built-in validator replies in English ("Validation failed. Please login to continue.").
 * People read Chinese, so this middleware rewrites those replies on their way out, using the
 * Chinese message each cloud function declared for its fields. The error code is kept.
 */
import type { NextFunction, Request, Response } from 'express'

const fieldMessages = new Map<string, Map<string, string>>()

/** Called by defineFunction: the message to show when a field of this function is missing or wrong. */
export function registerFieldMessages(functionName: string, messages: Record<string, string>): void {
  fieldMessages.set(functionName, new Map(Object.entries(messages)))
}

const GENERIC: Array<[RegExp, string]> = [
  [/Please login to continue|Please login to make this request/i, '请先登录。'],
  [/does not match (all )?the required roles/i, '您没有权限进行此操作。'],
  [/Master key is required/i, '该操作仅限管理员。'],
  [/Invalid session token/i, '登录已过期，请重新登录。'],
  [/Permission denied|unauthorized/i, '您没有权限进行此操作。'],
  [/Too many requests/i, '操作太频繁，请稍后再试。'],
  [/Invalid function/i, '不支持的操作，请升级小程序后再试。'],
]

export function translate(functionName: string | undefined, message: string): string {
  if (/[\u4e00-\u9fa5]/.test(message)) return message
  const field = /(?:specify data for|Invalid type for|Invalid value for|Invalid option for) (\w+)/.exec(message)?.[1]
  if (field) return fieldMessages.get(functionName ?? '')?.get(field) ?? `参数 ${field} 填写有误。`
  for (const [pattern, chinese] of GENERIC) if (pattern.test(message)) return chinese
  return message
}

export function chineseErrors(req: Request, res: Response, next: NextFunction): void {
  const fn = /^\/functions\/([\w-]+)/.exec(req.path)?.[1]
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode >= 400 && body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') {
      const b = body as { code?: number; error: string }
      return json({ ...b, error: translate(fn, b.error) })
    }
    return json(body)
  }
  next()
}
