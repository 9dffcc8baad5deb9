package dev.promptsmith.web;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries. The content security policy is as tight as Vaadin allows:
 * its bootstrap page runs inline script, its client evaluates the script the server sends
 * ({@code unsafe-eval}) and its components set inline styles. Images come only from the app
 * itself or from data and blob URLs, so an image a model writes into Markdown output
 * ({@code ![x](http://elsewhere/x.png)}) is not fetched and tells no outside server that the
 * page was opened.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    /** Adds the headers to a security chain; Spring Security's nosniff and frame DENY stay. */
    public static void apply(HttpSecurity http) {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                // "no-store" on everything would make the browser fetch Vaadin's scripts again for every page
                .cacheControl(cache -> cache.disable())
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        // written lazily, the headers were missing from Vaadin's page bootstrap (Vaadin 25.2)
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
