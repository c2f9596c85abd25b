/** The cloud API contract (types/contract): one schema per function, Chinese sentences, errors for forms. */
import * as v from 'valibot'
import { contract } from '@contract/contract'
import { formErrors } from '@contract/contract/form-errors'
import { guideContract } from '@contract/contract/family'
import { noticeForm } from '@contract/contract/notices'
import { registrationForm } from '@contract/contract/registration'
import { NOTICE_MESSAGES } from '@/domain/messages'
import { validateRegistration } from '@/domain/registration'
import { fieldMessage } from '@server/cloud/check-fields'
import type { UserOf } from '@server/cloud/define'
import { contract as registry, paramErrors } from '@contract/contract'

const CHINESE = /[\u4e00-\u9fff]/

describe('the contract', () => {
  it('gives every declared field of every function its own Chinese sentence', () => {
    const missing: string[] = []
    for (const [name, schema] of Object.entries(contract)) {
      for (const field of Object.keys(schema.entries)) {
        const message = fieldMessage(schema, field)
        if (!CHINESE.test(message) || message.startsWith('参数 ')) missing.push(`${name}.${field}: ${message}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('says only Chinese sentences, whatever is wrong', () => {
    const values = [Symbol('x'), null, 12.5, 'x'.repeat(400), [{}], { a: 1 }]
    for (const [name, schema] of Object.entries(contract)) {
      for (const value of values) {
        const params = Object.fromEntries(Object.keys(schema.entries).map((k) => [k, value]))
        const result = v.safeParse(schema, params)
        for (const issue of result.issues ?? []) expect(`${name}: ${issue.message}`).toMatch(CHINESE)
      }
    }
  })
})

describe('formErrors', () => {
  it("gives each wrong field its first sentence, missing required fields included, and nothing for good ones", () => {
    const errors = formErrors(guideContract.saveGuideItem, { communityId: 'abc', title: 5, order: 1.5 })
    expect(errors).toEqual({ title: '请填写标题，最多30个字。', body: '请填写内容，最多1000个字。', order: '排序请填0到999的整数。' })
    expect(formErrors(guideContract.saveGuideItem, { communityId: 'abc', title: '入住须知', body: '带好证件。', order: 0 })).toEqual({})
  })

  it('says the same sentence as the domain rule, from the same constant', () => {
    expect(formErrors(noticeForm, { title: 1, pinned: 'yes' })).toEqual({ title: NOTICE_MESSAGES.title, pinned: NOTICE_MESSAGES.flag })
    const ruled = validateRegistration({ phone: 12 }, { now: new Date() })
    expect(formErrors(registrationForm, { phone: 12 }).phone).toBe(!ruled.ok ? ruled.errors.phone : 'ok')
  })
})

describe('paramErrors', () => {
  it("finds a function's schema by name", () => {
    expect(paramErrors('deleteMyData', { confirm: false })).toEqual({ confirm: '请确认要注销账号并删除您的全部个人信息。' })
    expect(registry.deleteMyData).toBe(contract.deleteMyData)
  })
})

// Handlers of functions that require a user (or a role) get one for certain; the others may get none.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const typedUsers: [
  Same<UserOf<{ requireUser: true }>, Parse.User>,
  Same<UserOf<{ requireAnyUserRoles: readonly ['communityStaff'] }>, Parse.User>,
  Same<UserOf<{ requireMaster: true }>, Parse.User | undefined>,
  Same<UserOf<{ requireUser: boolean }>, Parse.User | undefined>,
] = [true, true, true, true]

describe('formErrors typing', () => {
  it("takes a store's values as they are, and names the schema's fields", () => {
    interface Draft {
      title: string
      pinned?: boolean
    }
    const draft: Draft = { title: '停水通知' }
    const errors = formErrors(noticeForm, draft)
    const title: string | undefined = errors.title
    expect(title).toBeUndefined()
  })
})
