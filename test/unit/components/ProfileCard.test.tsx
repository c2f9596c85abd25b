import { render, screen, within } from '@testing-library/react'
import { ProfileCard } from '@/features/session/components/ProfileCard'
import { aMe } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

function card() {
  return screen.getByLabelText('我的资料')
}

describe('ProfileCard', () => {
  it('shows the name, the role label and the masked phone', () => {
    render(<ProfileCard me={aMe({ displayName: '王红梅', maskedPhone: '139****0004' })} roleLabel='楼道红管家' />)

    expect(within(card()).getByText('王红梅')).toBeTruthy()
    expect(within(card()).getByText('楼道红管家')).toBeTruthy()
    expect(within(card()).getByText('手机 139****0004')).toBeTruthy()
  })

  it('tags a new resident and a senior', () => {
    render(<ProfileCard me={aMe({ isNewResident: true, isSenior: true })} roleLabel='居民' />)

    expect(within(card()).getByText('新居民')).toBeTruthy()
    expect(within(card()).getByText('长者')).toBeTruthy()
  })

  it('shows neither tag for someone who is neither', () => {
    render(<ProfileCard me={aMe({ isNewResident: false, isSenior: false })} roleLabel='居民' />)

    expect(screen.queryByText('新居民')).toBeNull()
    expect(screen.queryByText('长者')).toBeNull()
    expect(within(card()).getByText('居民')).toBeTruthy()
  })

  it('tags only what applies', () => {
    render(<ProfileCard me={aMe({ isNewResident: false, isSenior: true })} roleLabel='居民' />)

    expect(screen.queryByText('新居民')).toBeNull()
    expect(screen.getByText('长者')).toBeTruthy()
  })

  it('says when no home is registered, and shows no phone line without a phone', () => {
    render(<ProfileCard me={aMe({ hasHome: false, maskedPhone: null })} roleLabel='访客' />)

    expect(screen.getByText('未登记住址')).toBeTruthy()
    expect(screen.queryByText(/^手机/)).toBeNull()
  })

  it('does not show the home tag for a registered resident', () => {
    render(<ProfileCard me={aMe({ hasHome: true })} roleLabel='居民' />)

    expect(screen.queryByText('未登记住址')).toBeNull()
  })
})
