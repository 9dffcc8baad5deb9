/**
 * Signing in with the operator's admin password, when one is set: the sign-in page and the Vaadin
 * side of the security chain. Without a password every request is let through (the server then
 * only listens on this machine) and the chain only adds the security headers.
 */
package dev.promptsmith.ui.signin;
