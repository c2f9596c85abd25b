/** Classes of Residents' problems and visit day (issue #7); spread into definitions (definitions.ts) and indexes (indexes.ts). */
import type { ClassDefinition } from './kit'
import type { IndexSpec, UniqueIndexSpec } from './indexes'

export const problemsDefinitions: ClassDefinition[] = []
export const problemsIndexes: IndexSpec[] = []
export const problemsUnique: UniqueIndexSpec[] = []
/** Classes written by people using the app (never by the seed): emptied by a reseed. */
export const problemsAppWritten: string[] = []
