import { makeAutoObservable } from 'mobx'

/** Field errors as the contract schemas (types/contract, formErrors) and the domain rules give them. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>

/**
 * The one rule a form is checked by: values in, a sentence per bad field out: the feature's
 * contract schema through formErrors, joined with firstErrors to the domain rule where it says more.
 */
export type Validate<V, F extends string> = (values: V) => FieldErrors<F>

/**
 * The errors of several checks of one form, the contract schema's first and then the domain
 * rule's (cross-field rules such as dates in order): each field shows the first sentence found.
 */
export function firstErrors<F extends string>(...checks: ReadonlyArray<FieldErrors<F>>): FieldErrors<F> {
  const errors: FieldErrors<F> = {}
  for (const check of checks) for (const [field, message] of Object.entries(check) as Array<[F, string | undefined]>) if (message && errors[field] === undefined) errors[field] = message
  return errors
}

/**
 * A form's values, which fields the person has touched, and whether every error shows (after a
 * submit attempt). Errors are derived from one validate function, so they never go stale.
 */
export class FormModel<V extends object, F extends string = Extract<keyof V, string>> {
  values: V
  touched = new Set<string>()
  showAll = false

  constructor(
    private readonly blank: () => V,
    private readonly validate: Validate<V, F>,
  ) {
    this.values = blank()
    makeAutoObservable<FormModel<V, F>, 'blank' | 'validate'>(this, { blank: false, validate: false })
  }

  /** Every problem of the values as they stand. */
  get allErrors(): FieldErrors<F> {
    return this.validate(this.values)
  }

  /** Problems of the touched fields while typing; all of them once the person tried to submit. */
  get errors(): FieldErrors<F> {
    const all = this.allErrors
    if (this.showAll) return all
    const shown: FieldErrors<F> = {}
    for (const [field, message] of Object.entries(all) as Array<[F, string]>) if (this.touched.has(field)) shown[field] = message
    return shown
  }

  get valid(): boolean {
    return Object.keys(this.allErrors).length === 0
  }

  /** Changes one value and marks it touched (or the error fields it feeds, when they have other names). */
  set<K extends keyof V>(key: K, value: V[K], touches: ReadonlyArray<F | keyof V> = [key]): void {
    this.values[key] = value
    for (const field of touches) this.touched.add(String(field))
  }

  /** Marks a field touched without changing it (left an input, an error key that is not a value). */
  touch(field: F | keyof V): void {
    this.touched.add(String(field))
  }

  /** A submit attempt: every error shows from now on. Returns whether the form is valid. */
  showAllErrors(): boolean {
    this.showAll = true
    return this.valid
  }

  /** Replaces the values (a draft restored, an edit opened): nothing touched. */
  load(values: V): void {
    this.values = values
    this.touched = new Set()
    this.showAll = false
  }

  /** Back to the blank form, or to the given values (kept after a submit, like the building). */
  reset(values: V = this.blank()): void {
    this.load(values)
  }
}
