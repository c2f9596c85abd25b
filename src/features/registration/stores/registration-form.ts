import { makeAutoObservable, observable } from 'mobx'
import type { PlaceRef, RegistrationInput, RegistrationView } from '@contract/domain'
import type { StoragePort } from '@/adapters/ports'
import {
  LIMITS,
  formatRoom,
  parseRoom,
  validateRegistration,
  type FieldErrors,
  type RegistrationField,
  type Validated,
} from '@/domain/registration'
import { isoDayAfterMonths, yearOf } from '@/domain/local-time'
import { FormModel, firstErrors } from '@/stores/form-model'
import type { RegistrationRepository } from '../registration-repository'
import { PlacePicker, type PlaceSelection } from './place-picker'

export type TextField = 'name' | 'phone' | 'origin' | 'workplace'

export interface FormOptions {
  /** Where the draft is kept; null keeps none (staff entering someone else's details). */
  storage: StoragePort | null
  /** The draft's key for the signed-in person, or null when nobody is. */
  draftKey: () => string | null
  now: () => Date
  /** The contract schema's check (registration-schema.ts), for a form that lives in a subpackage. */
  schemaCheck?: SchemaCheck
}

/** The registrationForm schema's sentences for these values (see registration-schema.ts). */
export type SchemaCheck = (input: Partial<Record<RegistrationField, unknown>>) => FieldErrors

/** The values the person types or picks (the place is the picker's). */
interface Fields {
  name: string
  phone: string
  room: string
  moveInDate: string
  household: string[]
  birthYear: string
  origin: string
  workplace: string
  consent: boolean
}

/** What is kept on the device between visits: the typed fields and the chosen place, never the consent. */
type Draft = Omit<Fields, 'consent'> & PlaceSelection

const blank = (): Fields => ({ name: '', phone: '', room: '', moveInDate: '', household: [], birthYear: '', origin: '', workplace: '', consent: false })

const OLDEST_BIRTH_YEAR = 1920

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function place(value: unknown): PlaceRef | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, name } = value as Record<string, unknown>
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null
}

/** The registration form: fields, errors shown as the person types, a draft kept on the device. */
export class RegistrationForm {
  /** Values, touched fields (only their errors show before the first submit) and errors from the contract schema and the shared rule. */
  readonly model: FormModel<Fields, RegistrationField>
  readonly places: PlacePicker
  /**
   * The contract schema's check, or null. The resident's form belongs to RegistrationStore, which
   * the main package builds (home shows the registration's status), and valibot must stay out of
   * the main package: its subpackage screen hands the check in with checkWith(). Without it the
   * form says the same sentences, since the registration schema takes its sentences from
   * validateRegistration.
   */
  private readonly schemaCheck = observable.box<SchemaCheck | null>(null, { deep: false })

  constructor(
    repo: RegistrationRepository,
    private readonly opts: FormOptions,
  ) {
    this.places = new PlacePicker(repo)
    this.schemaCheck.set(opts.schemaCheck ?? null)
    // The contract's schema of the fields, then the shared rule (room of the building, dates, consent).
    this.model = new FormModel<Fields, RegistrationField>(blank, () => {
      const v = this.validation
      return firstErrors<RegistrationField>(this.schemaCheck.get()?.(this.input) ?? {}, v.ok ? {} : v.errors)
    })
    makeAutoObservable<RegistrationForm, 'opts' | 'schemaCheck'>(this, { places: false, opts: false, model: false, schemaCheck: false })
  }

  // The values as components read them (form.name, form.room, …).
  get name(): string { return this.model.values.name }
  get phone(): string { return this.model.values.phone }
  get room(): string { return this.model.values.room }
  get moveInDate(): string { return this.model.values.moveInDate }
  get household(): string[] { return this.model.values.household }
  get birthYear(): string { return this.model.values.birthYear }
  get origin(): string { return this.model.values.origin }
  get workplace(): string { return this.model.values.workplace }
  get consent(): boolean { return this.model.values.consent }
  get submitted(): boolean { return this.model.showAll }

  get input(): Partial<Record<RegistrationField, unknown>> {
    return {
      name: this.name,
      phone: this.phone,
      buildingId: this.places.building?.id ?? '',
      room: this.room,
      moveInDate: this.moveInDate,
      household: this.household.map((relation) => ({ relation })),
      birthYear: this.birthYear ? Number(this.birthYear) : undefined,
      origin: this.origin,
      workplace: this.workplace,
      consent: this.consent,
    }
  }

  /** The shared rules of src/domain, run on every change. */
  get validation(): Validated<RegistrationInput> {
    return validateRegistration(this.input, { now: this.opts.now(), building: this.places.layout })
  }

  /** The errors to show: those of touched fields, all of them after a submit. */
  get errors(): FieldErrors { return this.model.errors }

  get isEmpty(): boolean {
    const d = this.draft
    return !d.name && !d.phone && !d.room && !d.moveInDate && d.household.length === 0 && !d.birthYear && !d.origin && !d.workplace && !d.community
  }

  /** The room picker's three wheels: unit, floor, door, from the building's layout. */
  get roomColumns(): string[][] {
    const layout = this.places.layout
    if (!layout) return []
    const range = (n: number, label: (i: number) => string) => Array.from({ length: n }, (_, i) => label(i + 1))
    return [range(layout.units, (u) => `${u}单元`), range(layout.floors, (f) => `${f}层`), range(layout.doorsPerFloor, (d) => `${String(d).padStart(2, '0')}室`)]
  }

  get roomIndexes(): number[] {
    const r = parseRoom(this.room)
    return r ? [r.unit - 1, r.floor - 1, r.door - 1] : [0, 0, 0]
  }

  /** Birth years to choose from, newest first. */
  get birthYears(): string[] {
    const years: string[] = []
    for (let y = yearOf(this.opts.now()); y >= OLDEST_BIRTH_YEAR; y--) years.push(String(y))
    return years
  }

  /** The latest move-in date the rules allow, for the date picker. */
  get latestMoveIn(): string {
    return isoDayAfterMonths(LIMITS.moveInAheadMonths, this.opts.now())
  }

  /** Checks the form with the contract schema too, from now on (called from the form's subpackage). */
  checkWith(check: SchemaCheck): void {
    this.schemaCheck.set(check)
  }

  setText(field: TextField, value: string): void {
    this.model.set(field, value)
    this.save()
  }

  setMoveInDate(value: string): void {
    this.model.set('moveInDate', value)
    this.save()
  }

  setBirthYear(value: string): void {
    this.model.set('birthYear', value)
    this.save()
  }

  setConsent(value: boolean): void {
    this.model.set('consent', value)
  }

  addMember(): void {
    if (this.household.length >= LIMITS.householdMax) return
    this.household.push('')
    this.save()
  }

  setMember(index: number, relation: string): void {
    if (index < 0 || index >= this.household.length) return
    this.household[index] = relation
    this.model.touch('household')
    this.save()
  }

  removeMember(index: number): void {
    this.household.splice(index, 1)
    this.save()
  }

  pickCommunity(id: string): void {
    this.places.pickCommunity(id)
    this.model.values.room = ''
    this.save()
  }

  pickCompound(id: string): void {
    this.places.pickCompound(id)
    this.model.values.room = ''
    this.save()
  }

  pickBuilding(id: string): void {
    const before = this.places.building?.id
    this.places.pickBuilding(id)
    if (this.places.building?.id !== before) this.model.values.room = ''
    this.model.touch('buildingId')
    this.save()
  }

  /** The room from the picker's wheel positions (zero-based unit, floor, door). */
  pickRoom([unit, floor, door]: number[]): void {
    this.model.set('room', formatRoom((unit ?? 0) + 1, (floor ?? 0) + 1, (door ?? 0) + 1))
    this.save()
  }

  /** Shows every error from now on and returns the verdict. */
  validateAll(): Validated<RegistrationInput> {
    const valid = this.model.showAllErrors()
    const v = this.validation
    if (valid || !v.ok) return v
    // Only the schema refused (a value of the wrong kind): its sentences, as the server would say.
    const errors = this.model.allErrors
    return { ok: false, errors, first: Object.values(errors).find(Boolean) ?? '' }
  }

  /** Puts back the kept draft; false when there is none. */
  restoreDraft(): boolean {
    const key = this.opts.draftKey()
    const raw = key && this.opts.storage ? this.opts.storage.get(key) : null
    if (!raw) return false
    let data: Record<string, unknown>
    try {
      const parsed: unknown = JSON.parse(raw)
      if (typeof parsed !== 'object' || parsed === null) return false
      data = parsed as Record<string, unknown>
    } catch {
      return false
    }
    Object.assign(this.model.values, {
      name: str(data.name),
      phone: str(data.phone),
      room: str(data.room),
      moveInDate: str(data.moveInDate),
      household: Array.isArray(data.household) ? data.household.map(str) : [],
      birthYear: str(data.birthYear),
      origin: str(data.origin),
      workplace: str(data.workplace),
    })
    // Restored fields were typed by the person: their errors show at once.
    for (const [field, value] of Object.entries(this.input) as Array<[RegistrationField, unknown]>) {
      if (field !== 'consent' && value !== '' && value !== undefined && !(Array.isArray(value) && value.length === 0)) this.model.touch(field)
    }
    void this.places.restore({ community: place(data.community), compound: place(data.compound), building: place(data.building) })
    return true
  }

  /** Fills the form from a rejected registration, for the person to correct. */
  fill(view: RegistrationView): void {
    Object.assign(this.model.values, {
      name: view.name,
      phone: view.phone,
      room: view.room,
      moveInDate: view.moveInDate,
      household: view.household.map((m) => m.relation),
      birthYear: view.birthYear ? String(view.birthYear) : '',
      origin: view.origin ?? '',
      workplace: view.workplace ?? '',
      consent: false,
    })
    void this.places.restore({ community: view.community, compound: view.compound, building: view.building })
  }

  /** Empties the form; the kept draft stays until forgetDraft() (a lapsed session must not lose it). */
  reset(): void {
    this.model.reset()
    this.places.reset()
  }

  /** Removes the kept draft of the signed-in person, whatever the form holds. */
  forgetDraft(): void {
    const key = this.opts.draftKey()
    if (key) this.opts.storage?.remove(key)
  }

  private get draft(): Draft {
    const { name, phone, room, moveInDate, birthYear, origin, workplace } = this
    return { name, phone, room, moveInDate, household: [...this.household], birthYear, origin, workplace, ...this.places.selection }
  }

  // Written on every change: WeChat may close a mini-program in the background at any moment.
  private save(): void {
    const key = this.opts.draftKey()
    if (!key || !this.opts.storage) return
    if (this.isEmpty) this.opts.storage.remove(key)
    else this.opts.storage.set(key, JSON.stringify(this.draft))
  }
}
