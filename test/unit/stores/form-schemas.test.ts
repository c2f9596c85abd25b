/**
 * @jest-environment node
 *
 * Every form store takes its field errors from its feature's contract schema (types/contract), so
 * a form shows the very sentence the server's parameter check would answer with.
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { activitiesRepository } from '@/features/activities/activities-repository'
import { ActivityFormStore } from '@/features/activities/stores/activity-form-store'
import { FamilyStore } from '@/features/family/stores/family-store'
import { familyRepository } from '@/features/family/family-repository'
import { guideRepository } from '@/features/guide/guide-repository'
import { GuideEditStore } from '@/features/guide/stores/guide-edit-store'
import { helpRepository } from '@/features/help/help-repository'
import { HelpFormStore } from '@/features/help/stores/help-form-store'
import { StewardProfileStore } from '@/features/help/stores/steward-profile-store'
import { noticesRepository } from '@/features/notices/notices-repository'
import { PublishFormStore } from '@/features/notices/stores/publish-form-store'
import { problemsRepository } from '@/features/problems/problems-repository'
import { ReportFormStore } from '@/features/problems/stores/report-form-store'
import { registrationRepository } from '@/features/registration/registration-repository'
import { RegistrationForm } from '@/features/registration/stores/registration-form'
import { registrationSchemaErrors } from '@/features/registration/stores/registration-schema'
import { RegisterForStore } from '@/features/registration/stores/register-for-store'
import { Subscriptions } from '@/features/shared/subscribe'
import { ApplicationFormStore } from '@/features/welfare/stores/application-form-store'
import { ProgrammeFormStore } from '@/features/welfare/stores/programme-form-store'
import { welfareRepository } from '@/features/welfare/welfare-repository'
import { activityForm } from '@contract/contract/activities'
import { familyContract, guideContract } from '@contract/contract/family'
import { formErrors } from '@contract/contract/form-errors'
import { helpContract } from '@contract/contract/help'
import { noticeForm } from '@contract/contract/notices'
import { problemContract } from '@contract/contract/problems'
import { registrationForm } from '@contract/contract/registration'
import { welfareApplicationForm, welfareProgrammeForm } from '@contract/contract/welfare'
import { strictConsole } from '../support/strict'

strictConsole()

const NOW = new Date('2026-12-01T02:00:00.000Z')
const noSubscriptions = (api: FakeApi, platform: FakePlatform) => new Subscriptions(api, platform)

/** A value of the wrong kind, as a stale draft or an old client's value could hold. */
const wrongKind = <T>(x: unknown) => x as T

describe('form stores say the contract schema’s sentence for a bad field', () => {
  it('notice publishing', async () => {
    const api = new FakeApi().on('publishTargets', () => ({ targets: [] }))
    const store = new PublishFormStore(noticesRepository(api), new FakePlatform(), { onPublished: jest.fn() })
    await store.start()
    store.set('title', wrongKind<string>(42))
    expect(store.errors.title).toBe(formErrors(noticeForm, { title: 42 }).title)
  })

  it('registration (the resident’s form once its screen hands the check in, and staff registering someone)', () => {
    const form = new RegistrationForm(registrationRepository(new FakeApi()), { storage: null, draftKey: () => null, now: () => NOW })
    form.setBirthYear('一九五〇')
    const sentence = formErrors(registrationForm, { birthYear: NaN }).birthYear
    form.checkWith(registrationSchemaErrors)
    expect(form.errors.birthYear).toBe(sentence)

    const staff = new RegisterForStore(registrationRepository(new FakeApi()), new FakePlatform(), () => NOW)
    staff.form.setBirthYear('一九五〇')
    expect(staff.form.errors.birthYear).toBe(sentence)
  })

  it('welfare application', () => {
    jest.useFakeTimers() // the form saves a draft a moment after each change
    const api = new FakeApi()
    const platform = new FakePlatform()
    const store = new ApplicationFormStore({ repo: welfareRepository(api), platform, storage: new MemoryStorage(), subscriptions: noSubscriptions(api, platform), userId: () => 'u1', onSubmitted: jest.fn() })
    store.set('beneficiaryCount', '四十')
    expect(store.form.allErrors.beneficiaryCount).toBe(formErrors(welfareApplicationForm, { beneficiaryCount: NaN }).beneficiaryCount)
    store.reset()
    jest.useRealTimers()
  })

  it('welfare programme', async () => {
    const store = new ProgrammeFormStore(welfareRepository(new FakeApi()), new FakePlatform())
    store.set('name', wrongKind<string>(7))
    expect(await store.submit()).toBeNull()
    expect(store.errors.name).toBe(formErrors(welfareProgrammeForm, { name: 7 }).name)
  })

  it('problem report (a visit needs the visited resident’s building)', async () => {
    const api = new FakeApi().on('visitBuildings', () => ({ buildings: [{ id: 'b1', name: '1幢' }, { id: 'b2', name: '2幢' }] }))
    const platform = new FakePlatform()
    const store = new ReportFormStore(problemsRepository(api), platform, noSubscriptions(api, platform))
    await store.start('visit')
    store.set('building', -1)
    expect(store.errors.building).toBe(formErrors(problemContract.recordVisitProblem, {}).buildingId)
    expect(store.errors.building).toBe('请选择住户所在的楼栋。')
  })

  it('activity (capacity left empty)', async () => {
    const store = new ActivityFormStore(activitiesRepository(new FakeApi()), () => NOW)
    store.set('capacity', '')
    expect(store.errors).toEqual({})
    expect(await store.submit()).toBeNull()
    expect(store.errors.capacity).toBe(formErrors(activityForm, { capacity: NaN }).capacity)
    expect(store.submitted).toBe(true)
  })

  it('help request (no kind chosen)', async () => {
    const api = new FakeApi()
    const platform = new FakePlatform()
    const store = new HelpFormStore(helpRepository(api), platform, noSubscriptions(api, platform))
    expect(await store.submit()).toBeNull()
    expect(store.error).toBe(formErrors(helpContract.requestHelp, {}).kind)
    expect(api.calls).toEqual([])
  })

  it('steward card (a photo id the server would refuse)', async () => {
    const api = new FakeApi()
    const store = new StewardProfileStore(helpRepository(api), api, new FakePlatform())
    store.photoId = 'not an id'
    expect(await store.save()).toBe(false)
    expect(store.error).toBe(formErrors(helpContract.saveStewardProfile, { photoId: 'not an id' }).photoId)
  })

  it('family request', async () => {
    const api = new FakeApi()
    const store = new FamilyStore(familyRepository(api), new FakePlatform())
    store.setPhone('1390000')
    expect(await store.request()).toBe(false)
    expect(store.phoneError).toBe(formErrors(familyContract.requestFamilyLink, { seniorPhone: '1390000' }).seniorPhone)
  })

  it('guide item (a title longer than the server takes)', async () => {
    const api = new FakeApi().on('listGuideItems', () => ({ items: [] }))
    const store = new GuideEditStore(guideRepository(api), new FakePlatform(), () => [{ id: 'c1', name: '杨家门社区' }])
    await store.open()
    store.startNew()
    store.setTitle('标'.repeat(31))
    store.setBody('周一至周六 8:30-17:00')
    expect(await store.save()).toBe(false)
    expect(store.editError).toBe(formErrors(guideContract.saveGuideItem, { title: '标'.repeat(31) }).title)
    expect(store.editError).toBe('请填写标题，最多30个字。')
    expect(api.calls.filter((c) => c.name === 'saveGuideItem')).toEqual([])
  })
})
