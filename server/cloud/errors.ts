/** Errors cloud functions throw: a Parse error code for clients, a short Chinese sentence for people. */
import { Parse } from './parse'

// Function declarations (not arrow consts) so TypeScript narrows after a call: `if (!x) notFound(...)`.
export function fail(code: number, userMessage: string): never {
  throw new Parse.Error(code, userMessage)
}

export function notFound(message: string): never {
  return fail(Parse.Error.OBJECT_NOT_FOUND, message)
}

export function forbidden(message: string): never {
  return fail(Parse.Error.OPERATION_FORBIDDEN, message)
}

export function invalid(message: string): never {
  return fail(Parse.Error.VALIDATION_ERROR, message)
}
