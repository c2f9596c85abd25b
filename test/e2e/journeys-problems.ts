/** End-to-end journeys of Residents' problems and visit day (issue #7). */
import type { JourneyEnv } from './journeys'

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function runProblemJourneys(_env: JourneyEnv): Promise<void> {}
