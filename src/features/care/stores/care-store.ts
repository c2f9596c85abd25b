import { makeAutoObservable } from 'mobx'
import type { PlatformPort, StoragePort } from '@/adapters/ports'

export const CARE_MODE_KEY = 'tongxin.careMode'

/**
 * WeChat's font scale from which care mode turns itself on. The care type scale is 1.3×; a
 * person who already asked WeChat for that much larger type is asking for it here too.
 */
export const LARGE_FONT_SCALE = 1.3

export type CareChoice = 'on' | 'off'

/** Why care mode is on or off, as the 我的 switch explains it. */
export type CareReason = 'manualOn' | 'manualOff' | 'largeFont' | 'senior' | 'default'

/**
 * 长辈模式: on by itself for a large WeChat font or a senior; a choice made in 我的 overrides
 * that either way and is kept on the device.
 */
export class CareStore {
  choice: CareChoice | null
  fontScale: number

  constructor(
    private readonly storage: StoragePort,
    private readonly platform: PlatformPort,
    private readonly isSenior: () => boolean,
  ) {
    const kept = storage.get(CARE_MODE_KEY)
    this.choice = kept === 'on' || kept === 'off' ? kept : null
    this.fontScale = platform.fontScale()
    makeAutoObservable<CareStore, 'storage' | 'platform' | 'isSenior'>(this, { storage: false, platform: false, isSenior: false })
  }

  get automatic(): boolean {
    return this.fontScale >= LARGE_FONT_SCALE || this.isSenior()
  }

  get enabled(): boolean {
    return this.choice === null ? this.automatic : this.choice === 'on'
  }

  get reason(): CareReason {
    if (this.choice === 'on') return 'manualOn'
    if (this.choice === 'off') return 'manualOff'
    if (this.fontScale >= LARGE_FONT_SCALE) return 'largeFont'
    if (this.isSenior()) return 'senior'
    return 'default'
  }

  /** The line under the switch in 我的. */
  get explanation(): string {
    switch (this.reason) {
      case 'manualOn':
        return '您已手动开启：字更大、按钮更大、首页更简单。'
      case 'manualOff':
        return '您已手动关闭。'
      case 'largeFont':
        return '您的微信字体较大，已自动开启。'
      case 'senior':
        return '已为长辈自动开启，也可以关闭。'
      default:
        return '字更大、按钮更大、首页只有三个大按钮。'
    }
  }

  /** The person's own choice, kept on the device. */
  set(on: boolean): void {
    this.choice = on ? 'on' : 'off'
    this.storage.set(CARE_MODE_KEY, this.choice)
  }

  /** Forgets the choice: back to deciding by font scale and age. */
  followAutomatic(): void {
    this.choice = null
    this.storage.remove(CARE_MODE_KEY)
  }

  /** Reads WeChat's font scale again: the person may have changed it while the app was hidden. */
  sense(): void {
    this.fontScale = this.platform.fontScale()
  }
}
