/**
 * Who may reach the web server and what every answer carries: the server listens on this machine
 * unless the operator set an admin password, answers only to known {@code Host} names (so a
 * rebinding DNS name cannot reach a local instance), and sends headers that keep the browser
 * from loading outside content or framing the app. It knows nothing of Vaadin; the sign-in page
 * and the Vaadin side of the security chain live under {@code ui.signin}.
 */
package dev.promptsmith.web;
