package org.sendclock.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests that would change the process engine behind the product's back: anything but a read sent to Camunda's
 * REST API ({@code /engine-rest/**}) or to the API behind the Camunda webapps ({@code /camunda/api/**}: Cockpit,
 * Tasklist, Admin). Ending a process there leaves its case open with no tasks and no timers, so administrators read
 * the engine and act only through the product's own commands (ADR 15). Refused while {@code sendclock.engine.read-only}
 * is true (the default); {@code engine.ProcessStopWatch} is the second line for whatever gets through.
 *
 * <p>A read is GET, HEAD or OPTIONS, or one of the few POSTs that only query: Camunda takes long query filters as a
 * JSON body ({@code POST /process-instance}, {@code POST /task/count}, ...). The list is Camunda 7.24's query POSTs,
 * taken from its REST services; anything not on it is a change. Two more are allowed because they restart rather
 * than stop: a failed job's retries ({@code PUT /job/{id}/retries}, what Cockpit's "retry" sends), and the webapps'
 * own sign-in and sign-out, which change no process.
 */
final class EngineChanges implements RequestMatcher {

    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method",
            "X-Method-Override");

    /** Camunda's query resources that take their filter as a POST body, each also with {@code /count}. */
    private static final List<String> QUERIES = List.of("process-instance", "execution", "task", "job",
            "job-definition", "variable-instance", "external-task", "case-instance", "case-execution", "group",
            "history/process-instance", "history/activity-instance", "history/task", "history/variable-instance",
            "history/detail", "history/job-log", "history/external-task-log", "history/case-instance");

    /**
     * After the engine REST root ({@code /engine-rest}, or {@code /camunda/api/engine} for the webapps), with or
     * without {@code /engine/{name}}: a query, a saved filter run as a query (Tasklist's lists), the schema log.
     */
    private static final Pattern ENGINE_READ_POST = Pattern.compile("(/engine/[^/]+)?/(("
            + String.join("|", QUERIES.stream().map(Pattern::quote).toList())
            + ")(/count)?|filter/[^/]+/(list|count)|schema/log)/?");

    private static final Pattern ENGINE_RETRY_PUT = Pattern.compile("(/engine/[^/]+)?/job/[^/]+/retries/?");

    /**
     * Cockpit's own plugin API ({@code /camunda/api/cockpit/plugin/{plugin}/{engine}/...}) only queries: its POSTs
     * are process instance and incident searches. Sign-in and sign-out of the webapps change no process.
     */
    private static final Pattern WEBAPP_READ_POST = Pattern.compile(
            "/cockpit/plugin/.+|/admin/auth/user/[^/]+/(login/[^/]+|logout)/?");

    private final boolean readOnly;
    private final String webappApi;

    /**
     * @param readOnly     {@code sendclock.engine.read-only}: false matches nothing (a repair window, ADR 15)
     * @param webappPath   {@code camunda.bpm.webapp.application-path}, e.g. {@code /camunda}
     */
    EngineChanges(boolean readOnly, String webappPath) {
        this.readOnly = readOnly;
        this.webappApi = webappPath + "/api";
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!readOnly) {
            return false;
        }
        // A read that asks to be treated as another method is not a read (Jersey can honour these headers).
        boolean overridden = METHOD_OVERRIDES.stream().anyMatch(header -> request.getHeader(header) != null);
        if (READING_METHODS.contains(request.getMethod()) && !overridden) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String engineRest = below(path, "/engine-rest");
        if (engineRest == null) {
            engineRest = below(path, webappApi + "/engine");
        }
        if (engineRest != null) {
            return overridden || !isEngineRead(request.getMethod(), engineRest);
        }
        String webapp = below(path, webappApi);
        if (webapp != null) {
            return overridden || !("POST".equals(request.getMethod()) && WEBAPP_READ_POST.matcher(webapp).matches());
        }
        return false;
    }

    private static boolean isEngineRead(String method, String path) {
        return switch (method) {
            case "POST" -> ENGINE_READ_POST.matcher(path).matches();
            case "PUT" -> ENGINE_RETRY_PUT.matcher(path).matches();
            default -> false;
        };
    }

    /** The rest of {@code path} below {@code root}, or null when it is not below it. */
    private static String below(String path, String root) {
        if (path.equals(root)) {
            return "";
        }
        return path.startsWith(root + "/") ? path.substring(root.length()) : null;
    }
}
