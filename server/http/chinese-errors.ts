/**
 * Parse's built-in validator replies in English ("Validation failed. Please login to continue.").
 * People read Chinese, so this middleware rewrites those replies on their way out (fields are
 * checked by defineFunction, which answers in Chinese itself). The error code is kept.
 */
import type { NextFunction, Request, Response } from 'express'
import { SERVER_TROUBLE } from './crash-guard'

const roleMessages = new Map<string, string>()

/** Called by defineFunction: what to tell a caller who lacks the roles a function requires. */
export function registerRoleMessage(functionName: string, message: string): void {
  roleMessages.set(functionName, message)
}

const GENERIC: Array<[RegExp, string]> = [
  [/Please login to continue|Please login to make this request/i, '请先登录。'],
  [/Master key is required/i, '该操作仅限管理员。'],
  [/Invalid session token/i, '登录已过期，请重新登录。'],
  [/Permission denied|unauthorized/i, '您没有权限进行此操作。'],
  [/Too many requests/i, '操作太频繁，请稍后再试。'],
  [/Invalid function/i, '不支持的操作，请升级小程序后再试。'],
  // A row the caller's ACL hides reads exactly like a missing one, as it should.
  [/Object not found/i, '没有找到这条记录，或您无权查看。'],
]

// Parse's validator reports a caller without the required role as 142, as if a parameter were
// wrong; to clients that is a refusal like any other permission refusal: 119.
const ROLE_REFUSAL = /does not match (all )?the required roles/i
const OPERATION_FORBIDDEN = 119

export function translate(functionName: string | undefined, message: string): string {
  if (/[\u4e00-\u9fa5]/.test(message)) return message
  const field = /(?:specify data for|Invalid type for|Invalid value for|Invalid option for) (\w+)/.exec(message)?.[1]
  if (field) return `参数 ${field} 填写有误。`
  if (ROLE_REFUSAL.test(message)) return roleMessages.get(functionName ?? '') ?? '您没有权限进行此操作。'
  for (const [pattern, chinese] of GENERIC) if (pattern.test(message)) return chinese
  return message
}

/** The code clients get for a Parse error reply. */
export function translateCode(code: number | undefined, message: string): number | undefined {
  return ROLE_REFUSAL.test(message) ? OPERATION_FORBIDDEN : code
}

// An error reply (not, say, a health check's 503 status) whose words are not yet Chinese.
function isEnglishError(body: object): boolean {
  const { code, error, message } = body as { code?: unknown; error?: unknown; message?: unknown }
  if (code === undefined && error === undefined && message === undefined) return false
  return !(typeof error === 'string' && /[\u4e00-\u9fa5]/.test(error))
}

export function chineseErrors(req: Request, res: Response, next: NextFunction): void {
  const fn = /^\/functions\/([\w-]+)/.exec(req.path)?.[1]
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    // Parse answers its own 500s in English ("Internal server error."); people get one Chinese sentence.
    if (res.statusCode >= 500 && body && typeof body === 'object' && isEnglishError(body)) {
      return json({ code: (body as { code?: unknown }).code ?? 1, error: SERVER_TROUBLE })
    }
    if (res.statusCode >= 400 && body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') {
      const b = body as { code?: number; error: string }
      return json({ ...b, code: translateCode(b.code, b.error), error: translate(fn, b.error) })
    }
    return json(body)
  }
  next()
}
