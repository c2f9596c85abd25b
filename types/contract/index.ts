/**
 * The cloud API contract: one valibot schema per cloud function's parameters. The server checks
 * every call against it before the handler runs (server/cloud/define.ts), the parameter types
 * of types/api.ts are inferred from it, and forms ask it for their errors (form-errors.ts).
 *
 * The client should import the one feature file it needs (types/contract/notices.ts…), not
 * this registry, so the weapp package carries only the schemas its screens use.
 */
import { formErrors, type ObjectSchema } from './form-errors'
import { accountContract } from './account'
import { activityContract } from './activities'
import { familyContract, guideContract, privacyContract } from './family'
import { helpContract } from './help'
import { noticeContract } from './notices'
import { notifyContract } from './notify'
import { problemContract } from './problems'
import { registrationContract } from './registration'
import { welfareContract } from './welfare'

export const contract = {
  ...accountContract,
  ...registrationContract,
  ...familyContract,
  ...guideContract,
  ...privacyContract,
  ...noticeContract,
  ...notifyContract,
  ...helpContract,
  ...activityContract,
  ...problemContract,
  ...welfareContract,
}

export type Contract = typeof contract
export type ContractName = keyof Contract

/** Every function's params schema is an object schema (possibly typed further by a pipe). */
export type ParamsSchema = ObjectSchema

/** The first sentence of each wrong field of a function's params (server side: the client imports one schema instead). */
export function paramErrors<N extends ContractName>(name: N, values: Record<string, unknown>): Partial<Record<string, string>> {
  return formErrors(contract[name], values)
}
