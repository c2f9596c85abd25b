/**
 * Bulletins (issue #4). Notice and NoticeRead are master-only: clients read and write them through
 * cloud functions, which scope them. NoticeSignal carries no content and nothing personal: a
 * scope and target only, so signed-in clients can subscribe over LiveQuery and reload their feed.
 */
import type { ClassDefinition, FeatureSchema } from './kit'

const NOBODY = {}
const SIGNED_IN = { requiresAuthentication: true }
const masterOnly = { find: NOBODY, count: NOBODY, get: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY, addField: NOBODY }

export const noticeDefinitions: ClassDefinition[] = [
  {
    className: 'Notice',
    // scope + targetId say where it is published; street/community/building pointers scope staff checks.
    // Content fields are not required here: a draft may lack them; validateNotice requires them to publish.
    fields: {
      scope: { type: 'String' },
      targetId: { type: 'String' },
      street: { type: 'Pointer', targetClass: 'Street' },
      community: { type: 'Pointer', targetClass: 'Community' },
      building: { type: 'Pointer', targetClass: 'Building' },
      title: { type: 'String' },
      body: { type: 'String' },
      category: { type: 'String' },
      pinned: { type: 'Boolean', defaultValue: false },
      urgent: { type: 'Boolean', defaultValue: false },
      effectiveFrom: { type: 'Date' },
      expiresAt: { type: 'Date' },
      // draft | published | withdrawn | hidden; hidden is never deleted; a draft is its publisher's alone.
      status: { type: 'String', required: true },
      edited: { type: 'Boolean', defaultValue: false },
      publisher: { type: 'Pointer', targetClass: '_User' },
      publisherRole: { type: 'String' },
      publishedAt: { type: 'Date', required: true },
      hiddenReason: { type: 'String' },
      hiddenBy: { type: 'Pointer', targetClass: '_User' },
      // [{id, url}] of the attached uploads, in order.
      images: { type: 'Array' },
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'NoticeRead',
    // One row per notice and reader (unique index), with the reader's household for read receipts.
    fields: {
      notice: { type: 'Pointer', targetClass: 'Notice', required: true },
      user: { type: 'Pointer', targetClass: '_User', required: true },
      building: { type: 'Pointer', targetClass: 'Building' },
      room: { type: 'String' },
      at: { type: 'Date', required: true },
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'NoticeSignal',
    fields: { scope: { type: 'String', required: true }, targetId: { type: 'String', required: true } },
    // find only: what a LiveQuery subscription needs; REST reads are closed by the route allow-list.
    classLevelPermissions: { ...masterOnly, find: SIGNED_IN },
  },
]

/** The feature's whole part of the schema, for the feature list (server/cloud/features.ts). */
export const noticesSchema: FeatureSchema = { classes: noticeDefinitions }
