/**
 * What a server feature plugs in. main.ts, jobs, export, erasure and schema setup only iterate
 * over the list in features.ts: a new feature adds one module there and forgets nothing.
 */
import type { FeatureSchema } from '../schema/kit'
import type { Job } from './jobs'
import type { PersonalDataPart } from './privacy/personal-data'

export interface ServerFeature {
  name: string
  /** Registers the feature's cloud functions and triggers with Parse (called once, while cloud code loads). */
  functions: () => void
  /** Its timed jobs, asked when jobs start or run (a job may depend on configuration). */
  jobs?: () => Job[]
  /** Its part of a person's data: exported with 我的数据, erased with 注销账号. */
  personalData?: PersonalDataPart[]
  /** Its classes, permissions and indexes (server/schema/). */
  schema?: FeatureSchema
}
