/**
 * The Parse instance that Parse Server registered cloud code on. It is the global that
 * parse-server sets up; importing 'parse/node' could give a second copy without Parse.Cloud.
 */
import type ParseNode from 'parse/node'

type ParseType = typeof ParseNode

export const Parse: ParseType = (globalThis as unknown as { Parse: ParseType }).Parse
