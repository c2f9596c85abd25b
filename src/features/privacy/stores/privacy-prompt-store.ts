import { makeAutoObservable } from 'mobx'
import type { PlatformPort, PrivacyPrompt } from '@/adapters/ports'

/** The id WeChat checks was tapped: the popup's open-type="agreePrivacyAuthorization" button. */
export const AGREE_BUTTON_ID = 'tx-privacy-agree'

/**
 * The app's own privacy popup (wx.onNeedPrivacyAuthorization): WeChat holds the privacy API
 * that asked until the person agrees or refuses here.
 */
export class PrivacyPromptStore {
  visible = false
  private prompt: PrivacyPrompt | null = null

  constructor(platform: PlatformPort) {
    makeAutoObservable<PrivacyPromptStore, 'prompt'>(this, { prompt: false })
    platform.onPrivacyPrompt((prompt) => this.show(prompt))
  }

  show(prompt: PrivacyPrompt): void {
    // One question at a time: an older one left open is refused rather than left hanging.
    this.prompt?.disagree()
    this.prompt = prompt
    this.visible = true
    prompt.exposed()
  }

  agree(buttonId: string): void {
    this.prompt?.agree(buttonId)
    this.close()
  }

  disagree(): void {
    this.prompt?.disagree()
    this.close()
  }

  private close(): void {
    this.prompt = null
    this.visible = false
  }
}
