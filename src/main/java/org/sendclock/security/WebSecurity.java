package org.sendclock.security;

import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Two filter chains, both with the headers of {@link Headers}:
 * <ul>
 *   <li>the API ({@code /api/**}, Camunda's REST API {@code /engine-rest/**} and Actuator's {@code /actuator/**},
 *   whose health anyone may read): HTTP Basic, no CSRF tokens, never a redirect: 401 with {@code WWW-Authenticate}
 *   when not signed in, 403 when not allowed, 429 while password sign-in is throttled ({@link PasswordSignIn}), all as
 *   problem details; with single sign-on also the identity provider's bearer tokens ({@link SingleSignOn}).
 *   A signed-in browser session counts for reading (GET/HEAD) only, so a cross-site form can never change anything
 *   with it; see {@link SessionForReadingOnly}. Swagger UI lives there too ({@code /api/docs} redirects to
 *   {@code /api/swagger-ui/index.html}): signed in through the pages, it reads the docs with the session;</li>
 *   <li>everything else: pages with form login at {@code /login} ({@link SignInPage}; with single sign-on also the
 *   identity provider's), logout at {@code /logout}, CSRF tokens, and the Camunda webapps (single sign-on, see
 *   {@code engine.webapp.CamundaSingleSignOn}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String REALM = "SEND Clock";

    /**
     * Paths as the browser sends them (below the context path), whichever servlet serves them: Spring MVC, Jersey for
     * {@code /engine-rest} or the Camunda webapps' own servlets.
     */
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private static final String CASEWORKER = Role.CASEWORKER.name();
    private static final String MANAGER = Role.MANAGER.name();
    private static final String PERFORMANCE = Role.PERFORMANCE.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    EngineChanges engineChanges(@Value("${sendclock.engine.read-only:true}") boolean readOnly,
                                @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
        return new EngineChanges(readOnly, camundaPath);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, EngineChanges engineChanges, SingleSignOn singleSignOn,
                                    Headers headers) throws Exception {
        ApiRefusals refusals = new ApiRefusals(REALM);
        singleSignOn.bearerTokensOnTheApi(http, refusals);
        headers.applyTo(http);
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/engine-rest/**"),
                        PATHS.matcher("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        // Health for the orchestrator, which has no account: the status for anyone, the components
                        // (database, job executor) for administrators only (management.endpoint.health.roles).
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/health/**"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/info")).permitAll()
                        .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(ADMIN)
                        // Cases carry names and dates of birth: not for the performance team.
                        // Escalations are put to managers; only they acknowledge them.
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/cases/*/escalations/**"))
                        .hasRole(MANAGER)
                        // A reg 10(4) exception counts only once a manager agrees it (four-eyes).
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/cases/*/exceptions/*/agreement"))
                        .hasRole(MANAGER)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/cases/**"))
                        .hasAnyRole(CASEWORKER, MANAGER, ADMIN)
                        .requestMatchers(PATHS.matcher("/api/cases/**")).hasAnyRole(CASEWORKER, MANAGER)
                        // The list of plans is read as the cases are.
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/plans/**"), PATHS.matcher(HttpMethod.GET,
                                "/api/plans")).hasAnyRole(CASEWORKER, MANAGER, ADMIN)
                        // KPIs carry case references only: the performance team and managers read them; only the
                        // performance team changes the targets and comparators behind them.
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/kpis/**"))
                        .hasAnyRole(PERFORMANCE, MANAGER)
                        .requestMatchers(PATHS.matcher("/api/kpis/**")).hasRole(PERFORMANCE)
                        // The SEN2 return names every child (the DfE's file is person-level): the performance team,
                        // who file it, and nobody else (ADR 28).
                        .requestMatchers(PATHS.matcher("/api/sen2/**")).hasRole(PERFORMANCE)
                        // The breach and risk register and its breakdowns: the managers' view of the whole service.
                        .requestMatchers(PATHS.matcher("/api/oversight/**")).hasRole(MANAGER)
                        .requestMatchers(PATHS.matcher("/api/docs/**"), PATHS.matcher("/api/openapi/**"),
                                PATHS.matcher("/api/swagger-ui/**")).authenticated()
                        // Reading the engine only: its processes change through the product's commands (ADR 15).
                        .requestMatchers(engineChanges).denyAll()
                        .requestMatchers(PATHS.matcher("/engine-rest/**")).hasRole(ADMIN)
                        // Bringing a caseload in and taking it out whole is the administrators' job.
                        .requestMatchers(PATHS.matcher("/api/imports/**"), PATHS.matcher("/api/exports/**"))
                        .hasRole(ADMIN)
                        // Moving running processes to the newest model versions now, as each start does (ADR 24).
                        .requestMatchers(PATHS.matcher("/api/model-versions/**")).hasRole(ADMIN)
                        // Who read which child's record: the administrators' to search.
                        .requestMatchers(PATHS.matcher("/api/access-log"), PATHS.matcher("/api/access-log.csv"))
                        .hasRole(ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(refusals))
                .csrf(csrf -> csrf.disable())
                .securityContext(context -> context.securityContextRepository(new SessionForReadingOnly()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, EngineChanges engineChanges, SingleSignOn singleSignOn,
                                     Headers headers,
                                     @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath)
            throws Exception {
        AuthenticationFailureHandler failures = SignInPage.failures();
        singleSignOn.signInThroughThePages(http, failures);
        headers.applyTo(http);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(Stream.of("/css/**", "/js/**", "/assets/**", "/webjars/**", "/favicon.ico",
                                "/error", "/login").map(PATHS::matcher).toArray(RequestMatcher[]::new)).permitAll()
                        // Cockpit, Tasklist and Admin read the engine; their changes are refused (ADR 15).
                        .requestMatchers(engineChanges).denyAll()
                        .requestMatchers(PATHS.matcher(camundaPath + "/**")).hasRole(ADMIN)
                        .requestMatchers(PATHS.matcher("/imports/**")).hasRole(ADMIN)
                        .requestMatchers(PATHS.matcher("/admin/**")).hasRole(ADMIN)
                        // Registering a request, every step and My work are a caseworker's or manager's, as in the API.
                        .requestMatchers(PATHS.matcher("/my-work"), PATHS.matcher("/my-work/**"))
                        .hasAnyRole(CASEWORKER, MANAGER)
                        // Searching is reading: the search is posted only to keep children's names out of addresses.
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/cases")).hasAnyRole(CASEWORKER, MANAGER, ADMIN)
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/cases/*/exceptions/*/agreement"))
                        .hasRole(MANAGER)
                        .requestMatchers(PATHS.matcher("/cases/new"), PATHS.matcher(HttpMethod.POST, "/cases/**"))
                        .hasAnyRole(CASEWORKER, MANAGER)
                        // Case pages carry names and dates of birth: not for the performance team.
                        .requestMatchers(PATHS.matcher("/cases/**")).hasAnyRole(CASEWORKER, MANAGER, ADMIN)
                        // The SEN2 page builds the return, which names every child: as /api/sen2 (ADR 28).
                        .requestMatchers(PATHS.matcher("/performance/sen2")).hasRole(PERFORMANCE)
                        // The dashboard shows the KPIs and their case references: whoever reads /api/kpis.
                        .requestMatchers(PATHS.matcher("/performance"), PATHS.matcher("/performance/**"))
                        .hasAnyRole(PERFORMANCE, MANAGER)
                        .requestMatchers(PATHS.matcher("/oversight"), PATHS.matcher("/oversight/**")).hasRole(MANAGER)
                        .requestMatchers(PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/v3/api-docs/**"))
                        .authenticated()
                        .anyRequest().authenticated())
                // Our sign-in page (SignInPage); after signing in, back to the page asked for, else "/".
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/").failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.permitAll())
                // The Camunda webapps send their own CSRF token (X-XSRF-TOKEN), checked by Camunda's
                // CsrfPreventionFilter on every modifying request to their API.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher(camundaPath + "/api/**")));
        return http.build();
    }
}
