package org.sendclock.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The headers that tell the browser what a page may do, on top of Spring Security's defaults (no sniffing, no
 * framing, no caching of pages). Our pages load scripts, styles, fonts and images from this server only and run no
 * inline script or style, so the Content-Security-Policy allows nothing else. The Camunda webapps send their own
 * policy (Camunda's HttpHeaderSecurityFilter, with a nonce for their inline scripts): a second one from us would
 * only take away what theirs needs. Swagger UI gets ours with inline styles allowed. Referrer-Policy: addresses
 * (case references) never leave this server.
 */
@Component
class Headers {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private final String camundaPath;

    Headers(@Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
        this.camundaPath = camundaPath;
    }

    /**
     * Swagger UI (the API docs) injects a style element of its own: inline styles are allowed there, nothing else.
     * It holds no personal data and runs no inline script.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    void applyTo(HttpSecurity http) throws Exception {
        RequestMatcher camunda = PATHS.matcher(camundaPath + "/**");
        RequestMatcher swaggerUi = PATHS.matcher("/api/swagger-ui/**");
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new AndRequestMatcher(new NegatedRequestMatcher(camunda), new NegatedRequestMatcher(swaggerUi)),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_POLICY))));
    }
}
