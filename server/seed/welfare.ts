/** Demo data of Rainbow Bridge welfare projects (issue #6); called by generate.ts after the street, people and notices exist. */
import type { FeatureSeed } from './types'

export const seedWelfare: FeatureSeed = () => undefined
/** Seeded classes of this feature, in insert order (write.ts). */
export const welfareSeedOrder: string[] = []
