import { runInAction } from 'mobx'
import type { PickedFile, PlatformPort } from '@/adapters/ports'
import { PROBLEM_LIMITS } from '@/domain/problem'
import { tooLarge } from '@/features/shared/uploads'

/**
 * Picks photos for a problem (a report, or a handler's resolution) into `photos`, an observable
 * array, up to the limit. Returns the sentence for a photo refused as too large, else null
 * (a cancelled picker is null too).
 */
export async function addProblemPhotos(platform: PlatformPort, photos: PickedFile[]): Promise<string | null> {
  let picked: PickedFile[]
  try {
    picked = await platform.chooseImages(PROBLEM_LIMITS.photosMax - photos.length)
  } catch {
    return null // cancelled
  }
  let error: string | null = null
  runInAction(() => {
    for (const f of picked) {
      const big = tooLarge(f, 'problem')
      if (big) error = big
      else if (photos.length < PROBLEM_LIMITS.photosMax) photos.push(f)
    }
  })
  return error
}
