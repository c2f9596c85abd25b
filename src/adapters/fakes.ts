/** In-memory fakes of the ports, for unit tests of stores and components. */
import type { CloudFunctionName, CloudParams, CloudResult } from '@contract/api'
import { ApiError, type ApiPort, type PickedFile, type PlatformPort, type PrivacyPrompt, type SharedFile, type StoragePort, type SubscribeAnswer } from './ports'

type Handler<N extends CloudFunctionName> = (params: CloudParams<N>, token: string | null) => CloudResult<N> | Promise<CloudResult<N>>

export class FakeApi implements ApiPort {
  sessionToken: string | null = null
  readonly calls: Array<{ name: CloudFunctionName; params: unknown; token: string | null }> = []
  loggedOut = 0
  private handlers: Partial<{ [N in CloudFunctionName]: Handler<N> }> = {}

  on<N extends CloudFunctionName>(name: N, handler: Handler<N>): this {
    ;(this.handlers as Record<string, unknown>)[name] = handler
    return this
  }

  /** Makes the next calls of a function fail with this code and message. */
  failWith(name: CloudFunctionName, code: number, message: string): this {
    ;(this.handlers as Record<string, unknown>)[name] = () => {
      throw new ApiError(code, message)
    }
    return this
  }

  async call<N extends CloudFunctionName>(name: N, params: CloudParams<N>): Promise<CloudResult<N>> {
    this.calls.push({ name, params, token: this.sessionToken })
    const handler = this.handlers[name] as Handler<N> | undefined
    if (!handler) throw new ApiError(141, `no fake for ${name}`)
    return handler(params, this.sessionToken)
  }

  async logout(): Promise<void> {
    this.loggedOut++
    this.sessionToken = null
  }

  setSessionToken(token: string | null): void {
    this.sessionToken = token
  }
}

export class MemoryStorage implements StoragePort {
  readonly data = new Map<string, string>()
  get(key: string) {
    return this.data.get(key) ?? null
  }
  set(key: string, value: string) {
    this.data.set(key, value)
  }
  remove(key: string) {
    this.data.delete(key)
  }
}

export class FakePlatform implements PlatformPort {
  readonly name = 'h5' as const
  readonly toasts: string[] = []
  readonly dialled: string[] = []
  readonly sharedFiles: SharedFile[] = []
  loginCode: string | null = null
  /** What getAppBaseInfo().fontSizeScaleFactor answers. */
  scale = 1
  /** Whether the person refuses the privacy authorisation. */
  privacyRefused = false
  privacyAsked = 0
  /** Whether the share sheet is cancelled. */
  shareCancelled = false
  private readonly privacyListeners: Array<(prompt: PrivacyPrompt) => void> = []

  async wechatLoginCode() {
    if (!this.loginCode) throw new Error('no WeChat here')
    return this.loginCode
  }
  async makePhoneCall(phone: string) {
    this.dialled.push(phone)
  }
  toast(message: string) {
    this.toasts.push(message)
  }
  fontScale() {
    return this.scale
  }
  async requirePrivacyAuthorize() {
    this.privacyAsked++
    if (this.privacyRefused) throw new Error('requirePrivacyAuthorize:fail privacy permission is not authorized')
  }
  onPrivacyPrompt(show: (prompt: PrivacyPrompt) => void) {
    this.privacyListeners.push(show)
    return () => {
      const i = this.privacyListeners.indexOf(show)
      if (i >= 0) this.privacyListeners.splice(i, 1)
    }
  }
  /** Plays WeChat asking for privacy authorisation; returns what the app answered. */
  promptPrivacy(): { events: string[]; buttonIds: string[] } {
    const answer = { events: [] as string[], buttonIds: [] as string[] }
    const show = this.privacyListeners[this.privacyListeners.length - 1]
    show?.({
      exposed: () => answer.events.push('exposureAuthorization'),
      agree: (id) => {
        answer.events.push('agree')
        answer.buttonIds.push(id)
      },
      disagree: () => answer.events.push('disagree'),
    })
    return answer
  }
  async shareFile(file: SharedFile) {
    if (this.shareCancelled) throw new Error('shareFileMessage:fail cancel')
    this.sharedFiles.push(file)
  }
  /** What chooseImages picks next; empty means the person cancels. */
  pickedFiles: PickedFile[] = []
  async chooseImages(max: number) {
    if (!this.pickedFiles.length) throw new Error('chooseImage:fail cancel')
    return this.pickedFiles.slice(0, max)
  }
  /** What chooseDocuments picks next (images or PDFs); empty means the person cancels. */
  pickedDocuments: PickedFile[] = []
  async chooseDocuments(max: number) {
    if (!this.pickedDocuments.length) throw new Error('chooseMessageFile:fail cancel')
    return this.pickedDocuments.slice(0, max)
  }
  readonly openedDocuments: string[] = []
  async openDocument(url: string) {
    this.openedDocuments.push(url)
  }
  /** What the next scan reads; null: scanning is cancelled. */
  scannedCode: string | null = null
  async scanCode() {
    if (this.scannedCode === null) throw new Error('scanCode:fail cancel')
    return this.scannedCode
  }
  /** Every subscription request, and the answer given to each template (accept unless set). */
  readonly subscribeRequests: string[][] = []
  subscribeAnswers: Record<string, SubscribeAnswer> = {}
  async requestSubscribeMessage(templateIds: string[]) {
    this.subscribeRequests.push(templateIds)
    return Object.fromEntries(templateIds.map((id) => [id, this.subscribeAnswers[id] ?? ('accept' as SubscribeAnswer)]))
  }
}

/** A fake of the LiveQuery signals: tests fire signals by hand. */
export class FakeNoticeSignals {
  token: string | null = null
  stopped = 0
  private listener: (() => void) | null = null
  start(sessionToken: string, onSignal: () => void): void {
    this.token = sessionToken
    this.listener = onSignal
  }
  stop(): void {
    this.stopped++
    this.token = null
    this.listener = null
  }
  /** Plays the server announcing a new notice. */
  signal(): void {
    this.listener?.()
  }
}

/** Records the tab badge and opened links. */
export class FakeNoticeShell {
  badge = 0
  readonly badges: number[] = []
  readonly links: string[] = []
  setBadge(count: number): void {
    this.badge = count
    this.badges.push(count)
  }
  openLink(url: string): void {
    this.links.push(url)
  }
}
