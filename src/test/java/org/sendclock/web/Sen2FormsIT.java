package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.plan.PlanRepository;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The SEN2 facts on the case page and the new request page: submitted through their forms and shown; a bad value
 * named beside its field with everything typed kept, and nothing saved.
 */
@IntegrationTest
class Sen2FormsIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;

    @Test
    void theChildsDetailsAndTheRequestsFlagsAreRecordedOnTheCasePage() throws Exception {
        String ref = importedCase(",100001,SEMH");
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        assertThat(caseworker.get(page).body()).contains("Record the child's details for the SEN2 return",
                "Sex not recorded, ethnicity not recorded, postcode not recorded");

        HttpResponse<String> refused = caseworker.postForm(page + "/child-details",
                "upn=a801200005001&uln=9276308687&sex=F&ethnicity=WBRI&postcode=NOT+A+POSTCODE");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The UPN has the wrong check letter", "The ULN has the wrong check digit",
                "The postcode must be a UK postcode", "value=\"a801200005001\"", "value=\"NOT A POSTCODE\"",
                "<option value=\"WBRI\" selected=\"selected\"");
        assertThat(child(ref).getChild().getPostcode()).as("nothing saved").isNull();

        ok(caseworker.postForm(page + "/child-details",
                "upn=b801200005001&uln=&sex=F&ethnicity=WBRI&postcode=sw1a+1aa&upnUnknownReason="));
        AssessmentCase saved = cases.findByCaseRef(ref).orElseThrow();
        assertThat(saved.getChild().getUpn()).isEqualTo("B801200005001");
        assertThat(saved.getChild().getPostcode()).isEqualTo("SW1A 1AA");
        assertThat(caseworker.get(page).body()).contains("F, WBRI, SW1A 1AA", "value=\"B801200005001\"");

        ok(caseworker.postForm(page + "/return-flags", "youthAccommodation=no&requestMediation=yes"
                + "&requestTribunal=unknown"));
        AssessmentCase flagged = cases.findByCaseRef(ref).orElseThrow();
        assertThat(flagged.returnFlags().youthAccommodation()).isFalse();
        assertThat(flagged.returnFlags().requestMediation()).isTrue();
        assertThat(flagged.returnFlags().requestTribunal()).isNull();
        assertThat(caseworker.get(page).body()).contains("id=\"requestMediation-yes\" name=\"requestMediation\""
                + " type=\"radio\" value=\"yes\" checked=\"checked\"");
    }

    @Test
    void thePlansBudgetAndItsSettingAreDescribedOnTheCasePage() throws Exception {
        String ref = importedCase(",100001,SEMH");
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String page = "/cases/" + ref;
        HttpResponse<String> refused = caseworker.postForm(page + "/plan/placements/1", "placementRank=first"
                + "&senUnit=true");
        assertThat(refused.body()).contains("The rank must be a whole number from 1 (the main setting) to 9",
                "value=\"first\"");
        ok(caseworker.postForm(page + "/plan/placements/1", "placementRank=1&resourcedProvision=true"));
        assertThat(caseworker.get(page).body()).contains("Rank 1, resourced provision");

        HttpResponse<String> noBudget = caseworker.postForm(page + "/plan/record", "settingUrn=&needs=SEMH"
                + "&directPayments=true&planStartDay=20&planStartMonth=5&planStartYear=2024");
        assertThat(noBudget.body()).contains("Is how a personal budget is taken up");
        ok(caseworker.postForm(page + "/plan/record", "needs=SEMH&personalBudget=true&directPayments=true"
                + "&planStartDay=20&planStartMonth=5&planStartYear=2024"));
        assertThat(plans.findByCaseId(cases.findByCaseRef(ref).orElseThrow().getId()).orElseThrow()
                .isDirectPayments()).isTrue();
        assertThat(caseworker.get(page).body()).contains("Yes (direct payments), no, no");
    }

    @Test
    void theNewRequestFormTakesTheChildsReturnDetails() throws Exception {
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String family = "Form" + UUID.randomUUID().toString().substring(0, 6);
        String typed = "requestDay=2&requestMonth=11&requestYear=2026&source=PARENT&givenName=Noor&familyName="
                + family + "&birthDay=3&birthMonth=2&birthYear=2017&sex=F&ethnicity=AOTH";
        HttpResponse<String> refused = caseworker.postForm("/cases/new", typed + "&uln=123&postcode=NOPE");
        assertThat(refused.body()).contains("The ULN must be a Unique Learner Number", "The postcode must be a UK"
                + " postcode", "value=\"NOPE\"", "<option value=\"AOTH\" selected=\"selected\"");
        HttpResponse<String> registered = caseworker.postForm("/cases/new", typed + "&uln=1234567899&postcode=le1+5ww");
        assertThat(registered.statusCode()).isEqualTo(302);
        AssessmentCase c = cases.findAll().stream().filter(x -> family.equals(x.getChild().getFamilyName()))
                .findFirst().orElseThrow();
        assertThat(c.getChild().getSex()).isEqualTo("F");
        assertThat(c.getChild().getEthnicity()).isEqualTo("AOTH");
        assertThat(c.getChild().getPostcode()).isEqualTo("LE1 5WW");
        assertThat(c.getChild().getUln()).isEqualTo("1234567899");
    }

    private AssessmentCase child(String ref) {
        return cases.findByCaseRef(ref).orElseThrow();
    }

    /** A case with its plan, brought in through the imports; {@code planCells} its setting and needs. */
    private String importedCase(String planCells) {
        String ref = "SF" + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>("case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date,"
                        + "setting_urn,sen_need\n" + ref + ",Sam,Forms,2014-10-01,2024-05-20" + planCells + "\n",
                        headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        return ref;
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }
}
