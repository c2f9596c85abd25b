/**
 * Sign-in sentences, apart from messages.ts for the same reason as registration-messages.ts: the
 * session store sits in the main package. messages.ts re-exports them, so they are said once.
 */
export const ACCOUNT_MESSAGES = {
  phone: '请输入11位手机号。',
  sessionExpired: '登录已过期，请重新登录。',
} as const
