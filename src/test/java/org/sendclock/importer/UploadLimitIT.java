package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads over the limit are refused before they are read: each request below states a length over the limit and
 * sends only its first bytes, then waits for the answer. Were the body being read, no answer would come.
 */
@IntegrationTest
class UploadLimitIT {

    private static final long OVER_200_MB = 300L * 1024 * 1024;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void anApiImportOverTheFileLimitIsRefusedWith413NamingTheLimit() throws Exception {
        Answer answer = post("/api/imports/requests", "text/csv", OVER_200_MB, true);

        assertThat(answer.status).isEqualTo(413);
        JsonNode problem = json.readTree(answer.body);
        assertThat(problem.get("title").asText()).isEqualTo("The upload is too large");
        assertThat(problem.get("limit").asText()).isEqualTo("200 MB");
        assertThat(problem.get("limitBytes").asLong()).isEqualTo(200L * 1024 * 1024);
        assertThat(problem.get("detail").asText()).startsWith("The file is larger than the limit of 200 MB;"
                + " nothing was read or imported.");
    }

    @Test
    void thePageUploadOverTheRequestLimitIsRefusedWith413() throws Exception {
        Answer answer = post("/imports", "multipart/form-data; boundary=x", 500L * 1024 * 1024, true);

        assertThat(answer.status).isEqualTo(413);
        assertThat(json.readTree(answer.body).get("limit").asText()).isEqualTo("400 MB");
    }

    @Test
    void anUploadWithinTheLimitIsReadAsBefore() throws Exception {
        byte[] csv = "case_ref,request_date\n".getBytes(StandardCharsets.UTF_8);
        Answer answer = post("/api/imports/requests?dryRun=true", "text/csv", csv.length, true, csv);
        assertThat(answer.status).isEqualTo(200);
    }

    @Test
    void theLimitIsCheckedBeforeSignInSoNoOneCanMakeTheServerReadAnOversizedBody() throws Exception {
        assertThat(post("/api/imports/requests", "text/csv", OVER_200_MB, false).status).isEqualTo(413);
        assertThat(post("/api/imports/requests", "text/csv", 10, false, new byte[10]).status).isEqualTo(401);
    }

    private record Answer(int status, String body) {
    }

    private Answer post(String path, String contentType, long statedLength, boolean admin) throws Exception {
        return post(path, contentType, statedLength, admin, new byte[64 * 1024]);
    }

    /** Sends the head and these bytes of the body, then reads the whole answer (the server closes the connection). */
    private Answer post(String path, String contentType, long statedLength, boolean admin, byte[] firstBytes)
            throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
                    + "Content-Length: " + statedLength + "\r\nConnection: close\r\n"
                    + (admin ? "Authorization: Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes())
                    + "\r\n" : "") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(firstBytes);
            out.flush();
            if (firstBytes.length == statedLength) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
                if (headAndBodyComplete(received.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
            String response = received.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n") + 4;
            return new Answer(status, dechunked(response.substring(bodyStart), response.substring(0, bodyStart)));
        }
    }

    private static boolean headAndBodyComplete(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = response.substring(0, end).toLowerCase();
        String body = response.substring(end + 4);
        if (head.contains("transfer-encoding: chunked")) {
            return body.endsWith("0\r\n\r\n");
        }
        int at = head.indexOf("content-length: ");
        if (at >= 0) {
            int length = Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
            return body.getBytes(StandardCharsets.UTF_8).length >= length;
        }
        return false;
    }

    private static String dechunked(String body, String head) {
        if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
