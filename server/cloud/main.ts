// Cloud code entry: one module per domain; importing registers its functions and triggers.
import './functions/auth'
import './functions/home'
