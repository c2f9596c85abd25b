/** WeChat (and H5 stand-in) platform calls. */
import Taro from '@tarojs/taro'
import type { PickedFile, PlatformName, PlatformPort, PrivacyPrompt, SharedFile, SubscribeAnswer } from './ports'

// getAppBaseInfo's typings predate fontSizeScaleFactor; read it as unknown data.
function numberField(value: unknown, key: string): number | null {
  if (typeof value !== 'object' || value === null) return null
  const field: unknown = (value as Record<string, unknown>)[key]
  return typeof field === 'number' && Number.isFinite(field) && field > 0 ? field : null
}

function wechatFontScale(): number {
  try {
    return numberField(Taro.getAppBaseInfo(), 'fontSizeScaleFactor') ?? 1
  } catch {
    // Base libraries before getAppBaseInfo: treat as the standard size.
    return 1
  }
}

function errMsgOf(res: unknown): string {
  return typeof res === 'object' && res !== null && typeof (res as { errMsg?: unknown }).errMsg === 'string'
    ? (res as { errMsg: string }).errMsg
    : 'fail'
}

async function shareOnWechat(file: SharedFile): Promise<void> {
  const fs = Taro.getFileSystemManager()
  const path = `${Taro.env.USER_DATA_PATH}/${file.name}`
  // Written synchronously: shareFileMessage must still be inside the tap that asked for it.
  fs.writeFileSync(path, file.content, 'utf8')
  try {
    await Taro.shareFileMessage({ filePath: path, fileName: file.name })
  } finally {
    // The export holds personal information: no copy stays behind in the app's files.
    try {
      fs.unlinkSync(path)
    } catch {
      // Already gone.
    }
  }
}

function downloadInBrowser(file: SharedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked after the click has been handled, or the download would find nothing.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

const IMAGE_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' }

function contentTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(path)?.[1]?.toLowerCase() ?? ''
  return IMAGE_TYPES[ext] ?? 'image/jpeg'
}

async function chooseOnWechat(max: number): Promise<PickedFile[]> {
  const { tempFiles } = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'] })
  const fs = Taro.getFileSystemManager()
  return tempFiles.map((f, i) => ({
    name: `image-${i + 1}${/\.[a-z0-9]+$/i.exec(f.tempFilePath)?.[0] ?? '.jpg'}`,
    contentType: contentTypeOf(f.tempFilePath),
    size: f.size,
    previewUrl: f.tempFilePath,
    base64: () =>
      new Promise<string>((resolve, reject) => {
        fs.readFile({
          filePath: f.tempFilePath,
          encoding: 'base64',
          success: (res) => resolve(String(res.data)),
          fail: (res) => reject(new Error(errMsgOf(res))),
        })
      }),
  }))
}

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

async function chooseDocumentsOnWechat(max: number): Promise<PickedFile[]> {
  const { tempFiles } = await Taro.chooseMessageFile({ count: max, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'gif'] })
  const fs = Taro.getFileSystemManager()
  return tempFiles.map((f) => ({
    name: f.name,
    contentType: /\.pdf$/i.test(f.name) ? 'application/pdf' : contentTypeOf(f.name),
    size: f.size,
    previewUrl: f.path,
    base64: () =>
      new Promise<string>((resolve, reject) => {
        fs.readFile({ filePath: f.path, encoding: 'base64', success: (res) => resolve(String(res.data)), fail: (res) => reject(new Error(errMsgOf(res))) })
      }),
  }))
}

async function openDocumentOnWechat(url: string): Promise<void> {
  const { tempFilePath } = await Taro.downloadFile({ url })
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
}

function chooseInBrowser(max: number, accept = 'image/*'): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = max > 1
    input.style.display = 'none'
    const done = () => input.remove()
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, max)
      done()
      if (!files.length) return reject(new Error('chooseImage:fail cancel'))
      resolve(
        files.map((f) => ({
          name: f.name,
          contentType: f.type || (/\.pdf$/i.test(f.name) ? 'application/pdf' : contentTypeOf(f.name)),
          size: f.size,
          previewUrl: URL.createObjectURL(f),
          base64: () => readBase64(f),
        })),
      )
    })
    input.addEventListener('cancel', () => {
      done()
      reject(new Error('chooseImage:fail cancel'))
    })
    document.body.appendChild(input)
    input.click()
  })
}

export function taroPlatform(): PlatformPort {
  const name: PlatformName = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'
  // Branches test process.env.TARO_ENV itself, not name: the build replaces it with a constant,
  // so the weapp bundle drops the browser code (file inputs, Blob downloads) and H5 the WeChat code.
  // The newest page's popup answers: the page on top is the one the person sees.
  const privacyListeners: Array<(prompt: PrivacyPrompt) => void> = []
  let privacyHooked = false

  const hookPrivacy = () => {
    if (privacyHooked || process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
    privacyHooked = true
    Taro.onNeedPrivacyAuthorization((resolve) => {
      const show = privacyListeners[privacyListeners.length - 1]
      // Nobody to ask: refusing is the safe answer, the privacy API then fails instead of hanging.
      if (!show) return resolve({ event: 'disagree' })
      show({
        exposed: () => resolve({ event: 'exposureAuthorization' }),
        agree: (buttonId) => resolve({ event: 'agree', buttonId }),
        disagree: () => resolve({ event: 'disagree' }),
      })
    })
  }

  return {
    name,
    async wechatLoginCode() {
      if (process.env.TARO_ENV !== 'weapp') throw new Error('WeChat login needs the mini-program')
      const { code } = await Taro.login()
      return code
    },
    async makePhoneCall(phone) {
      if (process.env.TARO_ENV === 'weapp') {
        await Taro.makePhoneCall({ phoneNumber: phone })
        return
      }
      // In a browser the tel: link hands the number to the phone's dialler.
      window.location.href = `tel:${phone}`
    },
    toast(message, kind = 'none') {
      void Taro.showToast({ title: message, icon: kind, duration: 2000 })
    },
    fontScale() {
      return process.env.TARO_ENV === 'weapp' ? wechatFontScale() : 1
    },
    requirePrivacyAuthorize() {
      // H5 has no privacy contract: its consent checkbox is the notice. Base libraries older
      // than 2.32.3 have no API either, and then no privacy check to pass.
      if (process.env.TARO_ENV !== 'weapp' || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        Taro.requirePrivacyAuthorize({ success: () => resolve(), fail: (res) => reject(new Error(errMsgOf(res))) })
      })
    },
    onPrivacyPrompt(show) {
      hookPrivacy()
      privacyListeners.push(show)
      return () => {
        const i = privacyListeners.lastIndexOf(show)
        if (i >= 0) privacyListeners.splice(i, 1)
      }
    },
    async shareFile(file) {
      if (process.env.TARO_ENV === 'weapp') return shareOnWechat(file)
      downloadInBrowser(file)
    },
    chooseImages(max) {
      return process.env.TARO_ENV === 'weapp' ? chooseOnWechat(max) : chooseInBrowser(max)
    },
    chooseDocuments(max) {
      return process.env.TARO_ENV === 'weapp' ? chooseDocumentsOnWechat(max) : chooseInBrowser(max, 'image/*,application/pdf')
    },
    async openDocument(url) {
      if (process.env.TARO_ENV === 'weapp') return openDocumentOnWechat(url)
      window.open(url, '_blank', 'noopener')
    },
    async scanCode() {
      if (process.env.TARO_ENV !== 'weapp') throw new Error('scanCode:fail unsupported')
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      return result
    },
    async requestSubscribeMessage(templateIds) {
      if (!templateIds.length) return {}
      if (process.env.TARO_ENV !== 'weapp') return Object.fromEntries(templateIds.map((id) => [id, 'accept' as SubscribeAnswer]))
      const res = (await Taro.requestSubscribeMessage({ tmplIds: templateIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Record<string, unknown>
      const answers: Record<string, SubscribeAnswer> = {}
      for (const id of templateIds) {
        const a = res[id]
        answers[id] = a === 'accept' || a === 'ban' || a === 'filter' ? a : 'reject'
      }
      return answers
    },
  }
}
