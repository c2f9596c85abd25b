/** Small typed helpers for Parse objects, whose `id` is optional in the SDK's types. */
import { Parse } from './parse'

/** The id of a saved object; an unsaved one here is a bug, reported with its class. */
export function idOf(o: { id?: string; className?: string }): string {
  if (!o.id) throw new Error(`unsaved ${o.className ?? 'object'} used where a saved one is needed`)
  return o.id
}

/** A pointer to an object by class and id, without fetching it. */
export function pointer(className: string, id: string): Parse.Object {
  const o = new Parse.Object(className)
  o.id = id
  return o
}
