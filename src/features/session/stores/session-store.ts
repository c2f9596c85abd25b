import { makeAutoObservable, runInAction } from 'mobx'
import type { Me, PlaceRef } from '@contract/domain'
import { ApiError, CONNECTION_FAILED, type PlatformPort, type StoragePort } from '@/adapters/ports'
import { isMobilePhone, normalizePhone } from '@/domain/phone'
import { ACCOUNT_MESSAGES } from '@/domain/account-messages'
import { primaryRoleLabel } from '@/domain/roles'
import type { SessionRepository } from '../session-repository'

export const SESSION_KEY = 'tongxin.session'

/** offline: a kept session could not be checked for want of network; restore() again retries it. */
export type SessionStatus = 'idle' | 'restoring' | 'signingIn' | 'signedIn' | 'signedOut' | 'offline'

function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : '登录失败，请稍后再试。'
}

/** Who is signed in; the session token is kept on the device and restored on the next open. */
export class SessionStore {
  status: SessionStatus = 'idle'
  me: Me | null = null
  error: string | null = null

  constructor(
    private readonly repo: SessionRepository,
    private readonly storage: StoragePort,
    private readonly platform: PlatformPort,
  ) {
    makeAutoObservable<SessionStore, 'repo' | 'storage' | 'platform'>(this, { repo: false, storage: false, platform: false })
  }

  get isSignedIn(): boolean {
    return this.status === 'signedIn' && this.me !== null
  }

  get roleLabel(): string {
    return primaryRoleLabel(this.me?.roles ?? [])
  }

  /** Community or street staff: they review registrations and edit the newcomer guide. */
  get isStaff(): boolean {
    const roles = this.me?.roles ?? []
    return roles.includes('communityStaff') || roles.includes('streetStaff')
  }

  /** Community staff only: the server lets street staff review but not edit a community's guide or register in person. */
  get isCommunityStaff(): boolean {
    return this.me?.roles.includes('communityStaff') ?? false
  }

  /** Street staff: they review every community of their street, so screens offer every community. */
  get isStreetStaff(): boolean {
    return this.me?.roles.includes('streetStaff') ?? false
  }

  /** The communities a community staff member works for (empty for everyone else). */
  get staffCommunities(): PlaceRef[] {
    return this.me?.staffCommunities ?? []
  }

  /** Stewards and staff publish notices; residents read them. */
  get canPublishNotices(): boolean {
    const roles = this.me?.roles ?? []
    return roles.includes('steward') || roles.includes('communityStaff') || roles.includes('streetStaff')
  }

  get canUseWechat(): boolean {
    return this.platform.name === 'weapp'
  }

  /**
   * Restores a kept session. A session the server no longer knows is dropped by the API port's
   * session guard (RootStore wires it to sessionExpired), like any lapsed session.
   */
  async restore(): Promise<void> {
    const token = this.storage.get(SESSION_KEY)
    if (!token) {
      this.status = 'signedOut'
      return
    }
    this.status = 'restoring'
    this.repo.useToken(token)
    try {
      const me = await this.repo.me()
      runInAction(() => {
        this.me = me
        this.status = 'signedIn'
      })
    } catch (err) {
      runInAction(() => {
        // No network: the kept token may be perfectly good, so keep it and offer a retry
        // rather than sending the person to sign in again.
        const offline = err instanceof ApiError && err.code === CONNECTION_FAILED && this.storage.get(SESSION_KEY) !== null
        this.status = offline ? 'offline' : 'signedOut'
        this.error = messageOf(err)
      })
    }
  }

  /** Asks again who the signed-in person is (a registration approved meanwhile gives them a home and a role). */
  async reloadMe(): Promise<void> {
    if (!this.isSignedIn) return
    try {
      const me = await this.repo.me()
      runInAction(() => {
        if (this.status === 'signedIn') this.me = me
      })
    } catch {
      // What we knew is still true enough to show; a lapsed session is the API port's to handle.
    }
  }

  /** Demo sign-in by phone (seeded accounts; the server refuses it in production). */
  async signInDemo(phoneInput: string): Promise<boolean> {
    const phone = normalizePhone(phoneInput)
    if (!isMobilePhone(phone)) {
      this.error = ACCOUNT_MESSAGES.phone
      return false
    }
    return this.signInWith(() => this.repo.demoLogin(phone))
  }

  /** WeChat sign-in: a wx.login code exchanged by the server. */
  async signInWechat(): Promise<boolean> {
    return this.signInWith(async () => this.repo.wechatLogin(await this.platform.wechatLoginCode()))
  }

  async signOut(): Promise<void> {
    try {
      await this.repo.logout()
    } catch {
      // The session ends on this device whether or not the server heard us.
    }
    runInAction(() => this.forget())
  }

  /** Called when any request reports the session is gone. */
  sessionExpired(): void {
    this.forget()
    this.error = ACCOUNT_MESSAGES.sessionExpired
  }

  private async signInWith(getToken: () => Promise<string>): Promise<boolean> {
    this.status = 'signingIn'
    this.error = null
    try {
      const token = await getToken()
      this.repo.useToken(token)
      const me = await this.repo.me()
      this.storage.set(SESSION_KEY, token)
      runInAction(() => {
        this.me = me
        this.status = 'signedIn'
      })
      return true
    } catch (err) {
      this.repo.useToken(null)
      runInAction(() => {
        this.status = 'signedOut'
        this.error = messageOf(err)
      })
      return false
    }
  }

  private forget(): void {
    this.storage.remove(SESSION_KEY)
    this.repo.useToken(null)
    this.me = null
    this.status = 'signedOut'
  }
}
