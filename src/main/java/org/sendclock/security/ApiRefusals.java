package org.sendclock.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's refusals as RFC 9457 problem details, like every other refusal of the API: 401 with an HTTP Basic
 * challenge when nobody (or a wrong password) signed in, 429 with Retry-After while password sign-in is throttled,
 * 403 when the person signed in may not do this.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realm;

    ApiRefusals(String realm) {
        this.realm = realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            Instant now = Instant.now();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.secondsLeft(now)));
            write(response, request, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                    "Too many wrong passwords for this account or from this address: try again in "
                            + throttled.minutesLeft(now) + " minute(s).");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
        write(response, request, HttpStatus.UNAUTHORIZED, "Sign in first",
                "This API needs a user name and password (HTTP Basic), or with single sign-on a bearer token from "
                        + "the council's identity provider.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, request, HttpStatus.FORBIDDEN, "Not allowed",
                "Your role does not allow this request.");
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status,
                              String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
