/**
 * Bulletins (issue #4). Notice and NoticeRead are master-only: clients read and write them through
 * cloud functions, which scope them. NoticeSignal carries no content and nothing personal: a
 * scope and target only, so signed-in clients can subscribe over LiveQuery and reload their feed.
 */
import type { ClassDefinition } from './kit'

const NOBODY = {}
const SIGNED_IN = { requiresAuthentication: true }
const masterOnly = { find: NOBODY, count: NOBODY, get: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY, addField: NOBODY }

export const noticeDefinitions: ClassDefinition[] = [
  {
    className: 'Notice',
    // scope + targetId say where it is published; street/community/building pointers scope staff checks.
    fields: {
      scope: { type: 'String', required: true },
      targetId: { type: 'String', required: true },
      street: { type: 'Pointer', targetClass: 'Street' },
      community: { type: 'Pointer', targetClass: 'Community' },
      building: { type: 'Pointer', targetClass: 'Building' },
      title: { type: 'String', required: true },
      body: { type: 'String', required: true },
      category: { type: 'String', required: true },
      pinned: { type: 'Boolean', defaultValue: false },
      urgent: { type: 'Boolean', defaultValue: false },
      effectiveFrom: { type: 'Date' },
      expiresAt: { type: 'Date' },
      // published | withdrawn | hidden; hidden is never deleted.
      status: { type: 'String', required: true },
      edited: { type: 'Boolean', defaultValue: false },
      publisher: { type: 'Pointer', targetClass: '_User' },
      publisherRole: { type: 'String', required: true },
      publishedAt: { type: 'Date', required: true },
      hiddenReason: { type: 'String' },
      hiddenBy: { type: 'Pointer', targetClass: '_User' },
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
    classLevelPermissions: { ...masterOnly, find: SIGNED_IN, count: SIGNED_IN, get: SIGNED_IN },
  },
]
