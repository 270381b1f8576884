package org.sendclock.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against the running application: redirects are not followed (the tests assert them), cookies
 * are kept per instance, so one instance is one browser session. Optionally sends HTTP Basic credentials instead.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private String basic;

    private Browser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    public static Browser anonymous(int port) {
        return new Browser(port);
    }

    /** Sends HTTP Basic credentials with every request; no session. */
    public static Browser basic(int port, String user, String password) {
        Browser browser = new Browser(port);
        browser.basic = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return browser;
    }

    /** Signs in through the login form, as a person would; the session cookie stays in this browser. */
    public static Browser signedIn(int port, String user, String password) throws Exception {
        Browser browser = new Browser(port);
        HttpResponse<String> login = browser.signIn(user, password);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(user + " could not sign in: " + login.statusCode() + " " + login.headers().map());
        }
        return browser;
    }

    public HttpResponse<String> signIn(String user, String password) throws Exception {
        return postForm("/login", "username=" + encode(user) + "&password=" + encode(password));
    }

    /** Posts a form the way the pages do: with the CSRF token of the login page's session. */
    public HttpResponse<String> postForm(String path, String form) throws Exception {
        String token = csrfToken();
        String body = form.isEmpty() ? "_csrf=" + encode(token) : form + "&_csrf=" + encode(token);
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postFormWithoutCsrfToken(String path, String form) throws Exception {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public String csrfToken() throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on /login: " + page.body());
        }
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return postJson(path, json, Map.of());
    }

    public HttpResponse<String> postJson(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method, with an optional JSON body and extra headers: a DELETE or PUT to an API. */
    public HttpResponse<String> send(String method, String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Posts a form with files the way the import page does (multipart, with the CSRF token). Each file is given as
     * its field name and content; its filename is the field name plus ".csv".
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, String> files)
            throws Exception {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken());
        return postMultipartWithoutCsrfToken(path, all, files);
    }

    /** The same as {@link #postMultipart} without the CSRF token, as a forged upload would come. */
    public HttpResponse<String> postMultipartWithoutCsrfToken(String path, Map<String, String> all,
                                                              Map<String, String> files) throws Exception {
        String boundary = "----sendclock" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(name).append(".csv\"\r\n").append("Content-Type: text/csv\r\n\r\n")
                .append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*");
        if (basic != null) {
            builder.header("Authorization", basic);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
