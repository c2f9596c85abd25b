/** Errors cloud functions throw: a Parse error code for clients, a short Chinese sentence for people. */
import { Parse } from './parse'

export function fail(code: number, userMessage: string): never {
  throw new Parse.Error(code, userMessage)
}

export const notFound = (message: string): never => fail(Parse.Error.OBJECT_NOT_FOUND, message)
export const forbidden = (message: string): never => fail(Parse.Error.OPERATION_FORBIDDEN, message)
export const invalid = (message: string): never => fail(Parse.Error.VALIDATION_ERROR, message)
