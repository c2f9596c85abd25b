/**
 * Uploads: one row per file a person uploaded through uploadFile, with its purpose, and the record
 * it is attached to once claimed (refId). Master-only: only cloud code reads or writes them.
 */
import { date, masterOnly, num, ptr, str, type ClassDefinition, type FeatureSchema, featureSchema } from './kit'

export const uploadDefinitions: ClassDefinition[] = [
  {
    className: 'Upload',
    fields: {
      // Null once the person erased their account (the file stays with the record it is attached to).
      owner: ptr('_User'),
      purpose: str(true),
      name: str(true),
      url: str(true),
      contentType: str(true),
      size: num(true),
      refId: str(),
      attachedAt: date(),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { upload_owner: '"owner", "createdAt"', upload_ref: '"refId"' },
  },
]

/** The feature's whole part of the schema, for the feature list (server/cloud/features.ts). */
export const uploadsSchema: FeatureSchema = featureSchema(uploadDefinitions)
