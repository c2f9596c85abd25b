/** The ports: what stores need from the outside world. Only src/adapters implements them. */
import type { CloudFunctionName, CloudParams, CloudResult } from '@contract/api'

/** An error the app can show: a Parse error code and a short Chinese sentence. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/**
 * Parse's "invalid session token": the stored session is gone and the user must sign in again.
 * Only the API port's session guard (session-guard.ts) looks for it; stores never do.
 */
export const INVALID_SESSION = 209
/** No network, or the server did not answer. */
export const CONNECTION_FAILED = 100

/** The sentence to show for a failed call: the server's own Chinese message, or the fallback. */
export function userMessage(err: unknown, fallback: string): string {
  return err instanceof ApiError ? err.message : fallback
}

export interface ApiPort {
  /** Calls a cloud function with the current session. */
  call<N extends CloudFunctionName>(name: N, params: CloudParams<N>): Promise<CloudResult<N>>
  /** Ends the session on the server. */
  logout(): Promise<void>
  setSessionToken(token: string | null): void
}

export interface StoragePort {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
}

export type PlatformName = 'weapp' | 'h5'

/** WeChat asks the app to show its own privacy popup (wx.onNeedPrivacyAuthorization) and waits for the answer. */
export interface PrivacyPrompt {
  /** Tells WeChat the popup is on screen. */
  exposed(): void
  /** The person tapped the open-type="agreePrivacyAuthorization" button with this id. */
  agree(buttonId: string): void
  disagree(): void
}

/** An image (or file) the person picked, not yet uploaded. */
export interface PickedFile {
  name: string
  contentType: string
  /** Bytes. */
  size: number
  /** Shows the picked image before it is uploaded. */
  previewUrl: string
  /** The content, base64 (what uploadFile takes). */
  base64(): Promise<string>
}

/** What WeChat answers per template when asked to send subscription messages. */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter'

/** A file the person takes away: 我的数据's JSON export. */
export interface SharedFile {
  name: string
  content: string
  mimeType: string
}

export interface PlatformPort {
  readonly name: PlatformName
  /** A one-time WeChat login code (wx.login); rejects where there is no WeChat. */
  wechatLoginCode(): Promise<string>
  makePhoneCall(phone: string): Promise<void>
  toast(message: string, kind?: 'success' | 'error' | 'none'): void
  /** WeChat's font scale (getAppBaseInfo().fontSizeScaleFactor); 1 in the browser. */
  fontScale(): number
  /** Resolves once the person has agreed to the privacy notice (wx.requirePrivacyAuthorize); rejects when they refuse. */
  requirePrivacyAuthorize(): Promise<void>
  /** Routes WeChat's privacy prompts to the app's popup; returns the unsubscribe. */
  onPrivacyPrompt(show: (prompt: PrivacyPrompt) => void): () => void
  /** Hands a file to the person: WeChat's share-file sheet, or a download in the browser. Rejects when cancelled. */
  shareFile(file: SharedFile): Promise<void>
  /** Picks up to `max` images (camera or album, compressed); rejects when cancelled. */
  chooseImages(max: number): Promise<PickedFile[]>
  /**
   * Picks up to `max` images or PDF files: on WeChat from a chat (wx.chooseMessageFile, where
   * people keep their documents), in the browser from the file picker. Rejects when cancelled.
   */
  chooseDocuments(max: number): Promise<PickedFile[]>
  /** Opens an uploaded PDF: WeChat's document viewer (download, then wx.openDocument), a new tab in the browser. */
  openDocument(url: string): Promise<void>
  /** Scans a QR code (wx.scanCode); the browser has no scanner and rejects, pages then offer typing the code. */
  scanCode(): Promise<string>
  /**
   * Asks to send these subscription-message templates (wx.requestSubscribeMessage); must run inside
   * a tap. The browser preview has no WeChat and answers accept, so the demo outbox shows what is sent.
   */
  requestSubscribeMessage(templateIds: string[]): Promise<Record<string, SubscribeAnswer>>
}

/** New-notice signals pushed by the server (Parse LiveQuery); stores reload when one arrives. */
export interface NoticeSignalsPort {
  /** Connects with this session and calls onSignal for every new signal; reconnects until stop(). */
  start(sessionToken: string, onSignal: () => void): void
  /** Closes the connection (sign-out). */
  stop(): void
}

/** What the bulletins need of the shell: the 公告 tab's badge and opening a link from a body. */
export interface NoticeShellPort {
  /** Shows the unread count on the 公告 tab, or removes the badge at 0. */
  setBadge(count: number): void
  /** Opens a link: a new tab in the browser; in WeChat it is copied (a mini-program cannot open arbitrary sites). */
  openLink(url: string): void
}
