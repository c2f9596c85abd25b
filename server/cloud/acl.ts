/** Row ACLs cloud code puts on what it writes. */
import { Parse } from './parse'

/** Nobody but cloud code (the master key) reads or writes the row. */
export function privateAcl(): Parse.ACL {
  return new Parse.ACL()
}
