/** Limits the parameter schemas check and the server's queries obey: said once, here. */

/** The largest page of a list (notices, registrations, activities, problems). */
export const PAGE_MAX = 50
