package org.sendclock.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The headers that tell the browser what a page may do, on top of Spring Security's defaults (no sniffing, no
 * framing, no caching of pages). Our pages load scripts, styles, fonts and images from this server only and run no
 * inline script or style, so the Content-Security-Policy allows nothing else. The Camunda webapps send their own
 * policy (Camunda's HttpHeaderSecurityFilter, with a nonce for their inline scripts): a second one from us would
 * only take away what theirs needs. Referrer-Policy: addresses (case references) never leave this server.
 */
@Component
class Headers {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final String camundaPath;

    Headers(@Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
        this.camundaPath = camundaPath;
    }

    void applyTo(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(camundaPath + "/**")),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
    }
}
