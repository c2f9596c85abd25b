/** End-to-end journeys of Stewards and help requests (issue #4). */
import type { JourneyEnv } from './journeys'

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function runHelpJourneys(_env: JourneyEnv): Promise<void> {}
