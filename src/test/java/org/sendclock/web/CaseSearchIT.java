package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Finding a case by reference, name or UPN, by status and stage; page by page; never with a name in the address. */
@IntegrationTest
class CaseSearchIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    @Test
    void byReferencePartOfANameUpnStatusAndStage() throws Exception {
        String family = "Fitz" + UUID.randomUUID().toString().substring(0, 6);
        String digits = String.valueOf(System.nanoTime()).substring(0, 11) + "7";
        String upn = org.sendclock.casefile.ChildChecks.upnCheckLetter(digits) + digits;
        String ref = register("Ada", family, upn);
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");

        assertThat(caseworker.get("/cases").body()).contains("method=\"post\"", "Case reference, child's name or UPN");
        assertThat(caseworker.postForm("/cases", "text=" + family.substring(0, 8).toLowerCase()).body())
                .contains(ref, "Ada " + family);
        assertThat(caseworker.postForm("/cases", "text=ada+" + family).body()).contains(ref);
        assertThat(caseworker.postForm("/cases", "text=" + ref).body()).contains(ref, "1 case");
        assertThat(caseworker.postForm("/cases", "text=" + upn.toLowerCase()).body()).contains(ref);
        assertThat(caseworker.postForm("/cases", "text=" + family + "&stage=DECISION").body()).contains(ref);
        assertThat(caseworker.postForm("/cases", "text=" + family + "&status=REFUSED").body())
                .doesNotContain(ref).contains("0 cases");
    }

    @Test
    void aWithdrawnRequestListsNoDueDates() throws Exception {
        String family = "Gone" + UUID.randomUUID().toString().substring(0, 6);
        String ref = register("Ben", family, null);
        Browser.basic(port, "caseworker", "demo").postJson("/api/cases/" + ref + "/withdrawal",
                "{\"withdrawnDate\":\"" + LocalDate.now(clock) + "\"}");

        String row = Browser.signedIn(port, "caseworker", "demo").postForm("/cases", "text=" + family).body();
        row = row.substring(row.indexOf(ref));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Withdrawn");
        assertThat(row.split("stopped", -1)).as("both clocks stopped").hasSize(3);
    }

    @Test
    void manyAnswersComePageByPage() throws Exception {
        String family = "Page" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < CaseListPage.PAGE_SIZE + 2; i++) {
            register("Child" + i, family, null);
        }
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String first = caseworker.postForm("/cases", "text=" + family).body();
        assertThat(first).contains((CaseListPage.PAGE_SIZE + 2) + " cases", "Page 1 of 2", "Next page");
        String second = caseworker.postForm("/cases", "text=" + family + "&page=1").body();
        assertThat(second).contains("Page 2 of 2", "Previous page");
        assertThat(Browser.signedIn(port, "admin", "demo").postForm("/cases", "text=" + family).statusCode())
                .as("administrators may search too").isEqualTo(200);
        assertThat(Browser.signedIn(port, "analyst", "demo").postForm("/cases", "text=" + family).statusCode())
                .isEqualTo(403);
    }

    private String register(String given, String family, String upn) throws Exception {
        return json.readTree(Browser.basic(port, "caseworker", "demo").postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","child":{"givenName":"%s","familyName":"%s",
                 "dateOfBirth":"2016-09-01"%s}}
                """.formatted(LocalDate.now(clock).minusDays(3), given, family,
                upn == null ? "" : ",\"upn\":\"" + upn + "\"")).body()).get("caseRef").asText();
    }
}
