package org.sendclock.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the API finds who is signed in. The API has no CSRF tokens, so the browser session (which a cross-site form
 * would carry along) counts only for requests that change nothing: a person signed in to the pages can read the API
 * docs and try GET requests; every other method needs HTTP Basic credentials on the request itself. Nothing the API
 * authenticates is ever stored in a session.
 */
final class SessionForReadingOnly implements SecurityContextRepository {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
    private final RequestAttributeSecurityContextRepository request = new RequestAttributeSecurityContextRepository();

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return safe(request) ? session.loadDeferredContext(request) : this.request.loadDeferredContext(request);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        this.request.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return (safe(request) && session.containsContext(request)) || this.request.containsContext(request);
    }

    private static boolean safe(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }
}
