/**
 * The registration form's check by the contract schema. Its own module, imported only from
 * subpackage code, because it brings valibot and RegistrationForm is also in the main package.
 */
import { formErrors } from '@contract/contract/form-errors'
import { registrationForm } from '@contract/contract/registration'
import type { SchemaCheck } from './registration-form'

/** The registrationForm schema's first sentence per wrong field. */
export const registrationSchemaErrors: SchemaCheck = (input) => formErrors(registrationForm, input)
