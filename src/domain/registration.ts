/**
 * Registration rules (新居民登记 / 住户认证), shared by the form (instant feedback as people
 * type) and cloud code (the authority). Pure: no Taro, no Parse.
 */
import type { BuildingLayout, HouseholdMember, RegistrationInput } from '@contract/domain'
import { isMobilePhone, normalizePhone } from './phone'
import { isCalendarDay, isoDayAfterMonths, yearOf } from './local-time'
import { hasForbiddenChars, unreadableMessage } from './text'
import { REGISTRATION_MESSAGES } from './registration-messages'

export const RELATIONS = ['配偶', '子女', '父母', '祖父母', '孙辈', '兄弟姐妹', '其他亲属', '合租/同住'] as const

export const LIMITS = {
  nameMax: 20,
  originMax: 40,
  workplaceMax: 60,
  householdMax: 19,
  reasonMax: 200,
  /** A move-in date may be at most this far ahead (people register just before moving). */
  moveInAheadMonths: 1,
} as const

export type RegistrationField = keyof RegistrationInput
export type FieldErrors = Partial<Record<RegistrationField, string>>

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; first: string }

// Which characters a name or an address may hold: src/domain/text.ts (one line, no controls, no bidi).

/** Room numbers as residents write them: 1单元301 is unit 1, floor 3, door 01. */
const ROOM = /^(\d{1,2})单元(\d{1,2})(\d{2})$/

export function parseRoom(room: string): { unit: number; floor: number; door: number } | null {
  const m = ROOM.exec(room.trim())
  if (!m) return null
  return { unit: Number(m[1]), floor: Number(m[2]), door: Number(m[3]) }
}

export function formatRoom(unit: number, floor: number, door: number): string {
  return `${unit}单元${floor}${String(door).padStart(2, '0')}`
}

/** True when the building has that room. */
export function isRoomOf(building: BuildingLayout, room: string): boolean {
  const r = parseRoom(room)
  if (!r) return false
  return r.unit >= 1 && r.unit <= building.units && r.floor >= 1 && r.floor <= building.floors && r.door >= 1 && r.door <= building.doorsPerFloor
}

/** All rooms of a building, for the picker. */
export function roomsOf(building: BuildingLayout): string[] {
  const rooms: string[] = []
  for (let u = 1; u <= building.units; u++)
    for (let f = 1; f <= building.floors; f++) for (let d = 1; d <= building.doorsPerFloor; d++) rooms.push(formatRoom(u, f, d))
  return rooms
}

function text(value: unknown, max: number, label: string, required: boolean): { value: string | null; error?: string } {
  if (value === undefined || value === null || value === '') return required ? { value: null, error: `请填写${label}。` } : { value: null }
  if (typeof value !== 'string') return { value: null, error: `${label}格式不对。` }
  if (hasForbiddenChars(value)) return { value: null, error: unreadableMessage(label) }
  const v = value.trim()
  if (!v) return required ? { value: null, error: `请填写${label}。` } : { value: null }
  if ([...v].length > max) return { value: null, error: `${label}最多${max}个字。` }
  return { value: v }
}

export interface RegistrationContext {
  now: Date
  /** The building chosen, when known; without it only the room's format is checked. */
  building?: BuildingLayout | null
}

/** Checks a registration the same way on the phone and on the server; returns the cleaned value. */
export function validateRegistration(input: Partial<Record<RegistrationField, unknown>>, ctx: RegistrationContext): Validated<RegistrationInput> {
  const errors: FieldErrors = {}
  const name = text(input.name, LIMITS.nameMax, '姓名', true)
  if (name.error) errors.name = name.error
  else if ([...(name.value ?? '')].length < 2) errors.name = '姓名至少2个字。'

  const phone = typeof input.phone === 'string' ? normalizePhone(input.phone) : ''
  if (!isMobilePhone(phone)) errors.phone = '请填写11位手机号。'

  if (typeof input.buildingId !== 'string' || !input.buildingId) errors.buildingId = REGISTRATION_MESSAGES.building
  else if (ctx.building === null) errors.buildingId = '没有找到这个楼栋，请重新选择。'

  const room = typeof input.room === 'string' ? input.room.trim() : ''
  if (!room) errors.room = '请填写房号。'
  else if (!parseRoom(room)) errors.room = '房号格式应为“1单元301”。'
  else if (ctx.building && !isRoomOf(ctx.building, room)) errors.room = `${ctx.building.name}没有这个房号，请核对。`

  const moveIn = typeof input.moveInDate === 'string' ? input.moveInDate : ''
  // YYYY-MM-DD strings of real dates compare as the days they name.
  if (!isCalendarDay(moveIn)) errors.moveInDate = '请选择入住日期。'
  else if (moveIn > isoDayAfterMonths(LIMITS.moveInAheadMonths, ctx.now)) errors.moveInDate = '入住日期不能晚于一个月以后。'
  else if (Number(moveIn.slice(0, 4)) < 1930) errors.moveInDate = '入住日期不对，请核对。'

  let household: HouseholdMember[] = []
  if (input.household === undefined) household = []
  else if (!Array.isArray(input.household)) errors.household = '同住家人信息格式不对。'
  else if (input.household.length > LIMITS.householdMax) errors.household = `同住家人最多${LIMITS.householdMax}位。`
  else {
    const bad = input.household.find((m: unknown) => !m || typeof m !== 'object' || !RELATIONS.includes((m as HouseholdMember).relation as (typeof RELATIONS)[number]))
    if (bad !== undefined) errors.household = '请为每位同住家人选择与您的关系。'
    else household = (input.household as HouseholdMember[]).map((m) => ({ relation: m.relation }))
  }

  let birthYear: number | undefined
  if (input.birthYear !== undefined && input.birthYear !== null && input.birthYear !== '') {
    const y = input.birthYear
    if (typeof y !== 'number' || !Number.isInteger(y) || y < 1900 || y > yearOf(ctx.now)) errors.birthYear = '出生年份不对，请核对。'
    else birthYear = y
  }

  const origin = text(input.origin, LIMITS.originMax, '来自哪里', false)
  if (origin.error) errors.origin = origin.error
  const workplace = text(input.workplace, LIMITS.workplaceMax, '工作单位', false)
  if (workplace.error) errors.workplace = workplace.error

  if (input.consent !== true) errors.consent = '请先阅读并同意隐私保护指引。'

  const first = Object.values(errors)[0]
  if (first) return { ok: false, errors, first }
  return {
    ok: true,
    value: {
      name: name.value!,
      phone,
      buildingId: input.buildingId as string,
      room,
      moveInDate: moveIn,
      household,
      ...(birthYear !== undefined ? { birthYear } : {}),
      ...(origin.value ? { origin: origin.value } : {}),
      ...(workplace.value ? { workplace: workplace.value } : {}),
      consent: true,
    },
  }
}

/** A rejection needs a reason the resident can act on. */
export function validateReviewReason(approve: boolean, reason: unknown): string | null {
  if (approve) return null
  if (typeof reason !== 'string' || !reason.trim()) return '驳回时请写明原因，方便居民修改。'
  if (hasForbiddenChars(reason)) return '原因里有无法识别的字符。'
  if ([...reason.trim()].length > LIMITS.reasonMax) return `原因最多${LIMITS.reasonMax}个字。`
  return null
}
