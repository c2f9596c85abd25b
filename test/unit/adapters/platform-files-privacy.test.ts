import { taroPlatform } from '@/adapters/platform'
import type { PrivacyPrompt } from '@/adapters/ports'
import { answerPrivacy, answerShare, needPrivacyAuthorization, resetTaro, setAppBaseInfo, taroLog } from '../stand-ins/taro'

const originalEnv = process.env.TARO_ENV

beforeEach(() => resetTaro())
afterEach(() => {
  process.env.TARO_ENV = originalEnv
})

function weapp() {
  process.env.TARO_ENV = 'weapp'
  return taroPlatform()
}

function h5() {
  process.env.TARO_ENV = 'h5'
  return taroPlatform()
}

describe('fontScale', () => {
  it("reads WeChat's fontSizeScaleFactor in the mini-program", () => {
    setAppBaseInfo({ language: 'zh_CN', fontSizeScaleFactor: 1.4 })
    expect(weapp().fontScale()).toBe(1.4)
  })

  it('is 1 where WeChat does not say, says nonsense, or in the browser', () => {
    setAppBaseInfo({ language: 'zh_CN' })
    expect(weapp().fontScale()).toBe(1)
    setAppBaseInfo({ fontSizeScaleFactor: 'big' })
    expect(weapp().fontScale()).toBe(1)
    setAppBaseInfo({ fontSizeScaleFactor: 1.6 })
    expect(h5().fontScale()).toBe(1)
  })
})

describe('requirePrivacyAuthorize', () => {
  it('resolves once the person agrees in the mini-program, and rejects when they refuse', async () => {
    const platform = weapp()
    await expect(platform.requirePrivacyAuthorize()).resolves.toBeUndefined()
    answerPrivacy('refuse')
    await expect(platform.requirePrivacyAuthorize()).rejects.toThrow(/not authorized/)
    expect(taroLog.privacyRequests).toBe(2)
  })

  it('resolves without asking in the browser (its consent box is the notice) and on base libraries without the API', async () => {
    await expect(h5().requirePrivacyAuthorize()).resolves.toBeUndefined()
    expect(taroLog.privacyRequests).toBe(0)
    answerPrivacy('missing')
    await expect(weapp().requirePrivacyAuthorize()).resolves.toBeUndefined()
  })
})

describe('onPrivacyPrompt', () => {
  it("hands WeChat's question to the newest popup and passes its answer back", () => {
    const platform = weapp()
    const first: PrivacyPrompt[] = []
    const second: PrivacyPrompt[] = []
    platform.onPrivacyPrompt((p) => first.push(p))
    const stop = platform.onPrivacyPrompt((p) => second.push(p))

    let answers = needPrivacyAuthorization()
    expect(first).toHaveLength(0)
    second[0]?.exposed()
    second[0]?.agree('tx-privacy-agree')
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'tx-privacy-agree' }])

    stop()
    answers = needPrivacyAuthorization()
    first[0]?.disagree()
    expect(answers).toEqual([{ event: 'disagree' }])
  })

  it('refuses at once when no popup is there to ask', () => {
    const platform = weapp()
    platform.onPrivacyPrompt(() => undefined)()
    expect(needPrivacyAuthorization()).toEqual([{ event: 'disagree' }])
  })
})

describe('shareFile', () => {
  const file = { name: 'tongxin-my-data-2026-11-26.json', content: '{"a":1}', mimeType: 'application/json' }

  it('writes the file, opens WeChat share-file sheet, and leaves no copy behind', async () => {
    await weapp().shareFile(file)
    expect(taroLog.sharedFiles).toEqual([{ filePath: 'wxfile://usr/tongxin-my-data-2026-11-26.json', fileName: file.name }])
    expect(taroLog.files.size).toBe(0)
    expect(taroLog.removedFiles).toEqual(['wxfile://usr/tongxin-my-data-2026-11-26.json'])
  })

  it('rejects when the sheet is closed, and still removes the file', async () => {
    answerShare('cancel')
    await expect(weapp().shareFile(file)).rejects.toThrow(/cancel/)
    expect(taroLog.files.size).toBe(0)
  })

  it('downloads a Blob in the browser', async () => {
    const created: Blob[] = []
    const clicked: Array<{ href: string; download: string }> = []
    const url = URL as unknown as { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void }
    url.createObjectURL = (b: Blob) => {
      created.push(b)
      return 'blob:stand-in'
    }
    url.revokeObjectURL = () => undefined
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })
    try {
      await h5().shareFile(file)
    } finally {
      click.mockRestore()
    }
    expect(clicked).toEqual([{ href: 'blob:stand-in', download: file.name }])
    expect(created[0]?.type).toBe('application/json')
    const text = await new Promise<unknown>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result)
      reader.readAsText(created[0] ?? new Blob())
    })
    expect(text).toBe('{"a":1}')
    expect(document.querySelector('a[download]')).toBeNull()
  })
})
