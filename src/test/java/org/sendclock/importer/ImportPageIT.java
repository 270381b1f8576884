package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrators' import page: both files in one go, every error listed, progress readable while it runs. */
@IntegrationTest
class ImportPageIT {

    @LocalServerPort int port;
    @Autowired CaseRepository cases;

    private final String p = "P" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void anAdministratorImportsBothFilesTogetherAndSeesWhatWasDone() throws Exception {
        Browser admin = Browser.signedIn(port, "admin", "demo");
        HttpResponse<String> form = admin.get("/imports");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Import a caseload", "name=\"requests\"", "name=\"advice\"");

        String token = UUID.randomUUID().toString();
        HttpResponse<String> done = admin.postMultipart("/imports", Map.of("progressToken", token), Map.of(
                "requests", ImportApiIT.REQUESTS_HEADER + p + "1,2024-01-08,PARENT,2024-02-12,ASSESS,,,2024-05-20,,,,,\n",
                "advice", ImportApiIT.ADVICE_HEADER + p + "1,HEALTH,2024-02-19,2024-04-10,\n"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Caseload imported", "requests.csv (cases)", "advice.csv (advice requests)");
        assertThat(cases.findByCaseRef(p + "1")).get().extracting(c -> c.getFinalPlanDate().toString())
                .isEqualTo("2024-05-20");
        HttpResponse<String> progress = admin.get("/imports/progress/" + token);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("\"finished\":true", "\"step\":\"Putting ");
    }

    @Test
    void refusedFilesAreListedRowByRowAndNothingIsWritten() throws Exception {
        Browser admin = Browser.signedIn(port, "admin", "demo");
        HttpResponse<String> refused = admin.postMultipart("/imports", Map.of(), Map.of(
                "requests", ImportApiIT.REQUESTS_HEADER + p + "1,2024-01-08,PARENT,,,,,,,,,,\n"
                        + p + "2,2024-13-01,PARENT,,,,,,,,,,\n"));

        assertThat(refused.body()).contains("The files were refused: 1 error. Nothing was imported.",
                "must be a real date written YYYY-MM-DD, not &quot;2024-13-01&quot;");
        assertThat(cases.existsByCaseRef(p + "1")).isFalse();
    }

    @Test
    void aCheckOnlyRunWritesNothingAndAnEmptyFormIsExplained() throws Exception {
        Browser admin = Browser.signedIn(port, "admin", "demo");
        HttpResponse<String> checked = admin.postMultipart("/imports", Map.of("dryRun", "true"), Map.of(
                "requests", ImportApiIT.REQUESTS_HEADER + p + "1,2024-01-08,PARENT,,,,,,,,,,\n"));
        assertThat(checked.body()).contains("The files are ready to import", "nothing was written");
        assertThat(cases.existsByCaseRef(p + "1")).isFalse();

        assertThat(admin.postMultipart("/imports", Map.of(), Map.of()).body())
                .contains("Choose requests.csv, advice.csv or both");
    }

    @Test
    void thePlansThenTheirReviewsAreImportedFromFormsOfTheirOwn() throws Exception {
        Browser admin = Browser.signedIn(port, "admin", "demo");
        assertThat(admin.get("/imports").body()).contains("name=\"plans\"", "name=\"reviews\"",
                "Import the annual reviews");
        admin.postMultipart("/imports/plans", Map.of(), Map.of("plans", PlansImportIT.HEADER
                + p + "r,Rae,Reviews,2012-03-01,,2022-01-03,,,,,,,,\n"));

        HttpResponse<String> done = admin.postMultipart("/imports/reviews", Map.of(), Map.of("reviews",
                ReviewsImportIT.HEADER + p + "r,2022-12-01,MAINTAIN,2022-12-20,,,\n"));
        assertThat(done.body()).contains("Caseload imported", "reviews.csv (annual reviews)");
        assertThat(cases.findByCaseRef(p + "r")).isPresent();

        HttpResponse<String> refused = admin.postMultipart("/imports/reviews", Map.of(), Map.of("reviews",
                ReviewsImportIT.HEADER + p + "r,2022-12-01,SUSPEND,2022-12-20,,,\n"));
        assertThat(refused.body()).contains("The files were refused: 1 error. Nothing was imported.",
                "must be one of MAINTAIN, AMEND, CEASE, not &quot;SUSPEND&quot;");
        assertThat(admin.postMultipart("/imports/reviews", Map.of(), Map.of()).body()).contains("Choose reviews.csv");
    }

    @Test
    void thePlansFormTakesTheirReviewsTooAsOneStep() throws Exception {
        Browser admin = Browser.signedIn(port, "admin", "demo");
        assertThat(admin.get("/imports").body()).contains("reviews.csv (optional)",
                "Import the plans and reviews");
        HttpResponse<String> done = admin.postMultipart("/imports/plans", Map.of(), Map.of(
                "plans", PlansImportIT.HEADER + p + "b,Bea,Both,2012-03-01,,2022-01-03,,,,,,,,\n",
                "reviews", ReviewsImportIT.HEADER + p + "b,2022-12-01,MAINTAIN,2022-12-20,,,\n"));
        assertThat(done.body()).contains("Caseload imported", "plans.csv (maintained plans)",
                "reviews.csv (annual reviews)");
        assertThat(cases.findByCaseRef(p + "b")).isPresent();

        // Errors of both files at once, each named with its file; nothing written.
        HttpResponse<String> refused = admin.postMultipart("/imports/plans", Map.of(), Map.of(
                "plans", PlansImportIT.HEADER + p + "c,Cy,Both,2012-03-01,,2099-01-03,,,,,,,,\n",
                "reviews", ReviewsImportIT.HEADER + p + "b,2022-12-01,SUSPEND,2022-12-20,,,\n"));
        assertThat(refused.body()).contains("The files were refused: 2 errors. Nothing was imported.", "plans.csv",
                "must be one of MAINTAIN, AMEND, CEASE, not &quot;SUSPEND&quot;");
        assertThat(cases.findByCaseRef(p + "c")).isEmpty();
        assertThat(admin.postMultipart("/imports/plans", Map.of(), Map.of("reviews", ReviewsImportIT.HEADER
                + p + "b,2022-12-01,MAINTAIN,2022-12-20,,,\n")).body()).contains("Choose plans.csv");
    }

    @Test
    void onlyAdministratorsSeeThePage() throws Exception {
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/imports").statusCode()).isEqualTo(403);
        assertThat(Browser.signedIn(port, "admin", "demo").get("/cases").body()).contains("Import a caseload");
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/my-work").body()).doesNotContain("Import a caseload");
    }
}
