package org.sendclock.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where every request about one case is let through or refused, page or API alike: any handler whose
 * path names a {@code {caseRef}} (today {@code /cases/{caseRef}/**} and {@code /api/cases/{caseRef}/**}, and any
 * added later). It runs after sign-in and the role rules of {@code WebSecurity}, before the handler reads anything.
 * A case outside the person's scope is refused as an unknown case is (404). Each request let through is written to
 * the {@link AccessLog}, as is each export of the whole caseload.
 */
@Component
class CaseAccessCheck implements HandlerInterceptor, WebMvcConfigurer {

    static final String CASE_REF = "caseRef";

    private final CaseAccess access;
    private final AccessLog log;

    CaseAccessCheck(CaseAccess access, AccessLog log) {
        this.access = access;
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/exports/")) {
            record(request, null, AccessLog.How.EXPORT);
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseRef = variables == null ? null : variables.get(CASE_REF);
        if (caseRef == null) {
            return true;
        }
        access.requireReadable(caseRef);
        // The process diagram comes with every view of the case page and shows only the steps: not a second read.
        if (!path.endsWith(".svg")) {
            record(request, caseRef, path.startsWith("/api/") ? AccessLog.How.API : AccessLog.How.PAGE);
        }
        return true;
    }

    private void record(HttpServletRequest request, String caseRef, AccessLog.How how) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        // The real time of the read, not the application's clock (which tests and drills may move).
        log.record(Instant.now(), who == null ? "(nobody)" : who.getName(), caseRef, how, request.getRemoteAddr());
    }
}
