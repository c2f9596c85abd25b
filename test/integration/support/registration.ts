/** Building blocks of the registration suites: valid input, fresh WeChat users, dates. */
import { APP_TIMEZONE, dayjs } from '@/domain/time'
import type { RegistrationInput } from '@contract/domain'
import type { TestClient } from './client'

/** A calendar day relative to today in the street's time zone (negative: in the past). */
export function day(offsetDays: number): string {
  return dayjs().tz(APP_TIMEZONE).add(offsetDays, 'day').format('YYYY-MM-DD')
}

/** A registration that passes every rule, for a building of the demo street. */
export function validInput(buildingId: string, overrides: Partial<Record<keyof RegistrationInput, unknown>> = {}): RegistrationInput {
  return {
    name: '韩平',
    phone: '13900000003',
    buildingId,
    room: '1单元201',
    moveInDate: day(-30),
    household: [{ relation: '配偶' }, { relation: '子女' }],
    origin: '安徽',
    workplace: '桐乡经济开发区',
    consent: true,
    ...overrides,
  } as RegistrationInput
}

let openids = 0

/** Signs in a brand-new WeChat user through the stub (the server must be configured for it). */
export async function freshUser(api: TestClient, label = 'user'): Promise<{ token: string; userId: string; openid: string }> {
  const openid = `${label}-${process.pid}-${++openids}-${Date.now()}`
  const { sessionToken } = await api.ok('wechatLogin', { code: `ok-${openid}` })
  const me = await api.ok('me', {}, sessionToken)
  return { token: sessionToken, userId: me.userId, openid }
}

/** The ids of the demo resident's home: community, compound and 1幢 (6 floors, doors 01-03). */
export async function demoHome(api: TestClient, residentToken: string) {
  const home = await api.ok('myHome', {}, residentToken)
  return { communityId: home.community.id, compoundId: home.compound.id, buildingId: home.building.id, streetId: home.street.id }
}
