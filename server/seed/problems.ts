/** Demo data of Residents' problems and visit day (issue #7); called by generate.ts after the street, people and notices exist. */
import type { FeatureSeed } from './types'

export const seedProblem: FeatureSeed = () => undefined
/** Seeded classes of this feature, in insert order (write.ts). */
export const problemsSeedOrder: string[] = []
