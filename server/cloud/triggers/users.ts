/**
 * No client writes a _User row, not even its own: a password set there would be a permanent
 * login that bypasses WeChat and survives logout, and ACL, email, authData or objectId edits
 * would undo what the server decided. Only cloud code (the master key) creates users, through
 * WeChat login, and erasure rewrites them in SQL. The class-level permissions and the route
 * allow-list already close this; the triggers hold even if either is ever opened by mistake.
 */
import { forbidden } from '../errors'
import { Parse } from '../parse'

const NO_ACCOUNT_EDITS = '账号信息不能直接修改，请在小程序内操作。'

Parse.Cloud.beforeSave(Parse.User, (request) => {
  if (!request.master) forbidden(NO_ACCOUNT_EDITS)
})

Parse.Cloud.beforeDelete(Parse.User, (request) => {
  if (!request.master) forbidden(NO_ACCOUNT_EDITS)
})

// Sign-in is WeChat (or demo login) through cloud functions, which log in with the master key;
// a password or any other login straight from a client is refused even if /login were reachable.
Parse.Cloud.beforeLogin((request) => {
  if (!request.master) forbidden('请使用微信登录。')
})
