import type { Me } from '@contract/domain'
import type { ApiPort } from '@/adapters/ports'

/** Signing in and out, and who the signed-in person is. */
export interface SessionRepository {
  demoLogin(phone: string): Promise<string>
  wechatLogin(code: string): Promise<string>
  me(): Promise<Me>
  logout(): Promise<void>
  useToken(token: string | null): void
}

export function sessionRepository(api: ApiPort): SessionRepository {
  return {
    demoLogin: async (phone) => (await api.call('demoLogin', { phone })).sessionToken,
    wechatLogin: async (code) => (await api.call('wechatLogin', { code })).sessionToken,
    me: () => api.call('me', {}),
    logout: () => api.logout(),
    useToken: (token) => api.setSessionToken(token),
  }
}
