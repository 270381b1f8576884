package org.sendclock.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sendclock.importer.UploadTooLarge;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import whose stated length is over the limit before a byte of it is read: 413 with a problem detail
 * naming the limit. It runs before sign-in is checked, so not even an anonymous caller can make the server read a
 * body it would refuse. {@code POST /api/imports/**} takes one file as the body ({@code max-file-size});
 * {@code POST /imports}, the page, takes both files in one form ({@code max-request-size}). A body sent without a
 * length is cut off at the same limits as it arrives (ImportController; Tomcat for the page's form).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before Spring Security's filters, which are at -100
class UploadLimit extends OncePerRequestFilter {

    private final MultipartProperties multipart;
    private final ObjectMapper json;

    UploadLimit(MultipartProperties multipart, ObjectMapper json) {
        this.multipart = multipart;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        UploadTooLarge refused = null;
        if (path.startsWith("/api/imports/")) {
            refused = over(request, multipart.getMaxFileSize(), "The file");
        } else if (path.equals("/imports") || path.equals("/imports/")) {
            refused = over(request, multipart.getMaxRequestSize(), "The upload (both files together)");
        }
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(413);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // The body is left unread: the connection cannot be used again.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        byte[] problem = json.writeValueAsBytes(ApiErrors.uploadTooLarge(refused, path));
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
        response.flushBuffer(); // the answer goes out whole now, while Tomcat drains or drops the unread body
    }

    private static UploadTooLarge over(HttpServletRequest request, org.springframework.util.unit.DataSize limit,
                                       String what) {
        long length = request.getContentLengthLong();
        boolean over = limit != null && limit.toBytes() >= 0 && length > limit.toBytes();
        return over ? new UploadTooLarge(limit, what) : null;
    }
}
