// Cloud code entry: one module per domain; importing registers its functions and triggers.
import './functions/auth'
import './functions/home'
import './functions/registration'
import './functions/guide'
import './functions/family'
import './functions/privacy'
import './functions/wechat-phone'
import './triggers/profile-access'
