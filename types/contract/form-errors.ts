/**
 * Errors of a parameter schema, field by field, for forms on the client and for the server's
 * parameter check. Imports only valibot: usable from src (stores, forms) and server alike.
 */
import * as v from 'valibot'

/** A schema of an object (v.object, possibly piped further), as every params schema is. */
export type ObjectSchema = v.GenericSchema<Record<string, unknown>, unknown> & { readonly entries?: Record<string, v.GenericSchema> }

export interface FieldIssue {
  field: string
  message: string
}

/**
 * The issues of these values, first field first. Every declared field is checked, given or not:
 * a missing required field gets its own sentence, not the object's "key missing".
 */
function issuesOf(schema: ObjectSchema, values: Record<string, unknown>, abortEarly: boolean): FieldIssue[] {
  const given: Record<string, unknown> = {}
  for (const key of Object.keys(schema.entries ?? {})) given[key] = undefined
  for (const key of Object.keys(values)) Object.defineProperty(given, key, { value: values[key], enumerable: true, configurable: true, writable: true })
  const result = v.safeParse(schema, given, { abortEarly })
  if (result.success) return []
  return result.issues.map((issue) => ({ field: String(issue.path?.[0]?.key ?? ''), message: issue.message }))
}

/** The first problem with these values (in the schema's field order), optionally among some fields only. */
export function firstIssue(schema: ObjectSchema, values: Record<string, unknown>, among?: readonly string[]): FieldIssue | null {
  const issues = issuesOf(schema, values, !among)
  return (among ? issues.find((i) => among.includes(i.field)) : issues[0]) ?? null
}

/** The first message of each wrong field, for a form to show under its inputs. */
export function formErrors<S extends ObjectSchema>(schema: S, values: object): Partial<Record<keyof v.InferInput<S> & string, string>> {
  const errors: Partial<Record<string, string>> = {}
  // Any object of field values will do (a store's interface has no index signature).
  for (const { field, message } of issuesOf(schema, values as Record<string, unknown>, false)) if (field && errors[field] === undefined) errors[field] = message
  return errors as Partial<Record<keyof v.InferInput<S> & string, string>>
}
