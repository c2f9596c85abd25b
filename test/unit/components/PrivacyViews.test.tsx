import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { DeleteAccountPanel } from '@/features/privacy/components/DeleteAccountPanel'
import { PrivacyPopup } from '@/features/privacy/components/PrivacyPopup'
import { privacyRepository } from '@/features/privacy/privacy-repository'
import { MyDataStore } from '@/features/privacy/stores/my-data-store'
import { AGREE_BUTTON_ID, PrivacyPromptStore } from '@/features/privacy/stores/privacy-prompt-store'
import { strictConsole } from '../support/strict'

strictConsole()

describe('PrivacyPopup', () => {
  it('appears only when WeChat asks, and answers with its agree button', () => {
    const platform = new FakePlatform()
    const store = new PrivacyPromptStore(platform)
    const onOpenNotice = jest.fn()
    render(<PrivacyPopup store={store} onOpenNotice={onOpenNotice} />)
    expect(screen.queryByRole('dialog')).toBeNull()

    let answer: ReturnType<FakePlatform['promptPrivacy']> = { events: [], buttonIds: [] }
    act(() => {
      answer = platform.promptPrivacy()
    })
    expect(screen.getByRole('dialog', { name: '隐私保护提示' })).toBeTruthy()
    fireEvent.click(screen.getByText('阅读完整的《同心社区隐私保护指引》'))
    expect(onOpenNotice).toHaveBeenCalledTimes(1)

    fireEvent.click(screen.getByRole('button', { name: '同意并继续' }))
    expect(answer.events).toEqual(['exposureAuthorization', 'agree'])
    expect(answer.buttonIds).toEqual([AGREE_BUTTON_ID])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('refuses when the person does not agree', () => {
    const platform = new FakePlatform()
    const store = new PrivacyPromptStore(platform)
    render(<PrivacyPopup store={store} onOpenNotice={jest.fn()} />)
    let answer: ReturnType<FakePlatform['promptPrivacy']> = { events: [], buttonIds: [] }
    act(() => {
      answer = platform.promptPrivacy()
    })

    fireEvent.click(screen.getByRole('button', { name: '不同意' }))

    expect(answer.events).toEqual(['exposureAuthorization', 'disagree'])
  })
})

describe('DeleteAccountPanel', () => {
  it('takes two deliberate steps, says what goes and what stays, and can be called off', async () => {
    const api = new FakeApi().on('deleteMyData', () => ({ deleted: true }))
    const onDeleted = jest.fn()
    const store = new MyDataStore(privacyRepository(api), new FakePlatform(), { onDeleted: async () => undefined })
    render(<DeleteAccountPanel store={store} onDeleted={onDeleted} />)

    fireEvent.click(screen.getByRole('button', { name: '删除我的账号' }))
    expect(screen.getByText(/将删除：您的姓名、手机号、住址/)).toBeTruthy()
    expect(screen.getByText(/志愿服务时长、获得资助的公益项目/)).toBeTruthy()
    const confirm = screen.getByRole('button', { name: '确认删除账号' })
    expect(confirm).toHaveProperty('disabled', true)

    fireEvent.click(screen.getByRole('button', { name: '不删了' }))
    expect(screen.queryByRole('region', { name: '删除账号' })).toBeNull()
    expect(api.calls).toEqual([])

    fireEvent.click(screen.getByRole('button', { name: '删除我的账号' }))
    fireEvent.click(screen.getByRole('checkbox', { name: '我已了解删除后无法恢复' }))
    fireEvent.click(screen.getByRole('button', { name: '确认删除账号' }))

    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1))
    expect(api.calls.map((c) => c.name)).toEqual(['deleteMyData'])
  })
})
