package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests to the engine's APIs are changes (refused while read-only) and which are reads (ADR 15). */
class EngineChangesTest {

    private final EngineChanges readOnly = new EngineChanges(true, "/camunda");
    private final EngineChanges repairWindow = new EngineChanges(false, "/camunda");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "DELETE, /engine-rest/process-instance/abc",
            "DELETE, /engine-rest/engine/default/process-instance/abc",
            "PUT,    /engine-rest/process-instance/abc/suspended",
            "POST,   /engine-rest/process-instance/delete",
            "POST,   /engine-rest/process-instance/abc/modification",
            "POST,   /engine-rest/process-instance/abc/variables",
            "POST,   /engine-rest/process-definition/key/ehc-needs-assessment/start",
            "POST,   /engine-rest/message",
            "POST,   /engine-rest/signal",
            "POST,   /engine-rest/task/abc/complete",
            "POST,   /engine-rest/job/abc/execute",
            "PUT,    /engine-rest/job/abc/duedate",
            "POST,   /engine-rest/deployment/create",
            "DELETE, /engine-rest/deployment/abc",
            "POST,   /engine-rest/migration/execute",
            "POST,   /engine-rest/history/process-instance/delete",
            "PATCH,  /engine-rest/process-instance/abc",
            "DELETE, /camunda/api/engine/engine/default/process-instance/abc",
            "PUT,    /camunda/api/engine/engine/default/process-instance/abc/suspended",
            "POST,   /camunda/api/engine/engine/default/task/abc/complete",
            "POST,   /camunda/api/admin/setup/default/user/create",
            "POST,   /camunda/api/tasklist/plugin/anything/default/x",
    })
    void changesAreRefused(String method, String path) {
        assertThat(readOnly.matches(request(method, path))).isTrue();
        assertThat(repairWindow.matches(request(method, path))).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,    /engine-rest/process-instance/abc",
            "HEAD,   /engine-rest/process-instance",
            "POST,   /engine-rest/process-instance",
            "POST,   /engine-rest/process-instance/count",
            "POST,   /engine-rest/engine/default/task",
            "POST,   /engine-rest/task/count",
            "POST,   /engine-rest/job",
            "POST,   /engine-rest/history/process-instance",
            "POST,   /engine-rest/history/task/count",
            "POST,   /engine-rest/filter/abc/list",
            "PUT,    /engine-rest/job/abc/retries",
            "POST,   /camunda/api/engine/engine/default/process-instance",
            "POST,   /camunda/api/engine/engine/default/history/activity-instance/count",
            "POST,   /camunda/api/cockpit/plugin/base/default/process-instance/count",
            "POST,   /camunda/api/admin/auth/user/default/login/cockpit",
            "POST,   /camunda/api/admin/auth/user/default/logout",
            "POST,   /api/cases",
            "DELETE, /cases/abc",
    })
    void readsAndTheProductsOwnCommandsAreNot(String method, String path) {
        assertThat(readOnly.matches(request(method, path))).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /engine-rest/process-instance/abc", "POST, /engine-rest/process-instance"})
    void aReadAskingToBeTreatedAsAnotherMethodIsAChange(String method, String path) {
        MockHttpServletRequest request = request(method, path);
        request.addHeader("X-HTTP-Method-Override", "DELETE");
        assertThat(readOnly.matches(request)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/engine-rest/process-instance/count/../abc", "/engine-rest/process-instancex",
            "/engine-rest/process-instance/abc/count"})
    void onlyTheQueryPathsThemselvesAreReads(String path) {
        assertThat(readOnly.matches(request("POST", path))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void underAContextPathTooBecauseThePathIsReadBelowIt() {
        MockHttpServletRequest request = request("DELETE", "/sendclock/engine-rest/process-instance/abc");
        request.setContextPath("/sendclock");
        assertThat(readOnly.matches(request)).isTrue();
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }
}
