package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.ChildChecks;
import org.sendclock.plan.PlanCommands;
import org.sendclock.plan.PlanService;
import org.sendclock.security.Role;
import org.sendclock.sen2.Sen2File;
import org.sendclock.sen2.Sen2Module;
import org.sendclock.sen2.Sen2Return;
import org.sendclock.support.EmptySystem;
import org.sendclock.support.IntegrationTest;
import org.sendclock.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, item 5: a realistic caseload's SEN2 return, read back by the return import into an empty system and built
 * again, gives the same file: the XML byte for byte (but its time of making), and, imported from the module CSVs, every
 * module CSV with its CaseRef. Importing the same return again changes nothing. The caseload covers requests decided
 * in the year and before it, plans issued within 20 weeks, late, and late with an exception, a refusal, a decision not
 * to issue, withdrawals before and during the assessment (one moved away), a request still pending and one still
 * being assessed, a child asked about twice, plans ceased with a reason, a plan transferred in without its request,
 * a change of setting, ranked needs and a review with each decision and one still undecided.
 */
@IntegrationTest
class Sen2ReturnRoundTripIT {

    static final String REQUESTS = "case_ref,request_date,request_source,decision_date,decision,no_plan_date,"
            + "final_plan_date,exception_reason,closed_date,closed_reason,child_given_name,child_family_name,"
            + "child_date_of_birth,upn,child_sex,child_ethnicity,child_postcode,youth_accommodation\n";
    static final String PLANS = "case_ref,plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,"
            + "ceased_date,cease_reason,child_given_name,child_family_name,child_date_of_birth,upn,placement_rank,"
            + "organised_arrangements,direct_payments\n";
    static final String REVIEWS = "case_ref,meeting_date,decision,decision_date\n";

    @Autowired CaseloadImport caseloadImport;
    @Autowired PlansImport plansImport;
    @Autowired ReviewsImport reviewsImport;
    @Autowired ReturnImport returnImport;
    @Autowired Sen2Return sen2;
    @Autowired PlanService planService;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;

    /** A Unique Pupil Number with its right check letter. */
    static String upn(int n) {
        String digits = "80120000" + String.format("%04d", n);
        return ChildChecks.upnCheckLetter(digits) + digits;
    }

    @Test
    void aReturnReadBackIntoAnEmptySystemIsBuiltAgainTheSame() throws IOException {
        int year = LocalDate.now(clock).getYear() - 1;
        EmptySystem.empty(jdbc, runtime);
        caseload(year);
        Sen2File before = sen2.build(year);
        String xml = xml(before);
        Map<Sen2Module, String> modules = modules(before);
        assertThat(before.persons()).hasSize(14);
        assertThat(modules.get(Sen2Module.ASSESSMENT)).contains(",Y,", ",N,", ",A,", ",W,", ",H,");
        assertThat(modules.get(Sen2Module.ACTIVE_PLANS)).contains(",M,", ",A,", ",C,");
        assertThat(modules.get(Sen2Module.PLACEMENT_DETAIL).lines()).hasSizeGreaterThan(8);

        EmptySystem.empty(jdbc, runtime);
        ReturnImport.Result fromXml = importXml(xml);
        assertThat(fromXml.requests().imported()).isEqualTo(14);
        assertThat(xml(sen2.build(year))).isEqualTo(xml);
        ReturnImport.Result again = importXml(xml);
        assertThat(List.of(again.requests().imported(), again.requests().updated(), again.plans().imported(),
                again.plans().updated(), again.reviews().imported(), again.reviews().updated(),
                again.otherFactsChanged())).as("the same XML again changes nothing").containsOnly(0);

        EmptySystem.empty(jdbc, runtime);
        importModules(modules, year);
        Sen2File rebuilt = sen2.build(year);
        for (Sen2Module module : Sen2Module.values()) {
            assertThat(Sen2Return.csv(rebuilt, module)).as(module.slug()).isEqualTo(modules.get(module));
        }
        assertThat(xml(rebuilt)).isEqualTo(xml);
        ReturnImport.Result csvAgain = importModules(modules, year);
        assertThat(List.of(csvAgain.requests().updated(), csvAgain.plans().updated(), csvAgain.reviews().updated(),
                csvAgain.requests().imported(), csvAgain.plans().imported(), csvAgain.reviews().imported(),
                csvAgain.otherFactsChanged())).as("the same CSVs again change nothing").containsOnly(0);
        EmptySystem.empty(jdbc, runtime);
    }

    /** The caseload, brought in as a council would: requests, then plans, then reviews, then a move of setting. */
    private void caseload(int y) throws IOException {
        String y0 = String.valueOf(y);
        run(CsvKind.REQUESTS, REQUESTS
                // plan issued within 20 weeks; moves school in September
                + "RT-1," + y0 + "-01-06,PARENT," + y0 + "-02-10,ASSESS,," + y0 + "-05-20,,,,Ann,Able,2014-03-01,"
                + upn(1) + ",F,WBRI,AB1 2DD,\n"
                // late, no exception
                + "RT-2," + y0 + "-02-03,SCHOOL," + y0 + "-03-10,ASSESS,," + y0 + "-08-29,,,,Ben,Brook,2012-07-14,"
                + upn(2) + ",M,AIND,,Y\n"
                // late with an exception; no UPN: known by name and birth date
                + "RT-3," + y0 + "-03-03,OTHER," + y0 + "-04-07,ASSESS,," + y0 + "-09-15,"
                + "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,,,Cal,Cole,2016-11-30,,M,,,\n"
                + "RT-4," + y0 + "-04-01,PARENT," + y0 + "-05-12,REFUSE,,,,,,Dee,Dale,2015-01-02," + upn(4) + ",,,,\n"
                + "RT-5," + y0 + "-01-13,YOUNG_PERSON," + y0 + "-02-17,ASSESS," + y0 + "-05-01,,,,,Eve,East,2007-05-05,"
                + upn(5) + ",F,,,\n"
                + "RT-6," + y0 + "-05-01,PARENT,,,,,," + y0 + "-05-20,WITHDRAWN,Fin,Fox,2013-02-02," + upn(6)
                + ",,,,\n"
                + "RT-7," + y0 + "-02-10,SCHOOL," + y0 + "-03-17,ASSESS,,,," + y0 + "-04-30,MOVED_OUT,Gil,Gray,"
                + "2011-08-08," + upn(7) + ",,,,\n"
                + "RT-8," + y0 + "-12-01,PARENT,,,,,,,,Hal,Hart,2018-04-04," + upn(8) + ",,,,\n"
                + "RT-9," + y0 + "-10-06,PARENT," + y0 + "-11-10,ASSESS,,,,,,Ida,Ince,2017-09-09," + upn(9) + ",,,,\n"
                // asked about twice in the year: refused, then assessed and issued
                + "RT-10A," + y0 + "-01-20,PARENT," + y0 + "-02-24,REFUSE,,,,,,Jo,Jones,2010-10-10," + upn(10)
                + ",,,,\n"
                + "RT-10B," + y0 + "-06-02,PARENT," + y0 + "-07-07,ASSESS,," + y0 + "-10-20,,,,Jo,Jones,2010-10-10,"
                + upn(10) + ",F,WBRI,,\n"
                // plans issued in earlier years, reviewed in this one
                + "RT-11," + (y - 2) + "-01-09,PARENT," + (y - 2) + "-02-13,ASSESS,," + (y - 2) + "-05-30,,,,Kit,"
                + "King,2012-02-02," + upn(11) + ",,,,\n"
                + "RT-12," + (y - 3) + "-03-01,SCHOOL," + (y - 3) + "-04-04,ASSESS,," + (y - 3) + "-09-01,,,,Lou,"
                + "Lane,2006-06-06," + upn(12) + ",,,,\n"
                + "RT-13," + (y - 4) + "-01-11,PARENT," + (y - 4) + "-02-15,ASSESS,," + (y - 4) + "-06-01,,,,Max,"
                + "Moss,2013-03-03," + upn(13) + ",,,,\n");
        run(CsvKind.PLANS, PLANS
                + "RT-1," + y0 + "-05-20,100001,,SEMH;ASD,,,,,,,,1,Y,N\n"
                + "RT-2," + y0 + "-08-29,,OLA,SLCN,,,,,,,,,,\n"
                + "RT-3," + y0 + "-09-15,100003,,PD,,,,,,,,,,\n"
                + "RT-10B," + y0 + "-10-20,10000010,,SPLD;MLD;OTH,,,,,,,,,N,Y\n"
                + "RT-11," + (y - 2) + "-05-30,100011,,MLD,,,,,,,,,,\n"
                + "RT-12," + (y - 3) + "-09-01,100012,,ASD," + "," + y0 + "-07-18,2,,,,,,,\n"
                + "RT-13," + (y - 4) + "-06-01,,EHE,HI;VI,,,,,,,,,,\n"
                // transferred in from another council, no request of ours
                + "RT-14," + (y - 1) + "-03-01,100014,,SLCN," + (y - 1) + "-03-01,,,Ned,Nash,2015-12-12," + upn(14)
                + ",,,\n");
        run(CsvKind.REVIEWS, REVIEWS
                + "RT-11," + (y - 1) + "-05-10,MAINTAIN," + (y - 1) + "-05-24\n"
                + "RT-11," + y0 + "-05-12,MAINTAIN," + y0 + "-05-23\n"
                + "RT-12," + y0 + "-06-10,CEASE," + y0 + "-06-20\n"
                + "RT-13," + y0 + "-11-20,,\n"
                + "RT-14," + y0 + "-02-20,AMEND," + y0 + "-03-05\n");
        SignedIn.as("caseworker", Role.CASEWORKER, () -> {
            planService.changeSetting("RT-1", new PlanCommands.ChangeSetting("100002", null,
                    LocalDate.of(y, 9, 1), 1, true, false));
            planService.changeSetting("RT-11", new PlanCommands.ChangeSetting(null,
                    org.sendclock.plan.SenSetting.OTH, LocalDate.of(y, 4, 14)));
            return null;
        });
    }

    private enum CsvKind { REQUESTS, PLANS, REVIEWS }

    private void run(CsvKind kind, String csv) throws IOException {
        Path file = Files.createTempFile("round-trip-", ".csv");
        try {
            Files.writeString(file, csv);
            switch (kind) {
                case REQUESTS -> caseloadImport.run(new ImportFiles(file, null), false, new ImportProgress());
                case PLANS -> plansImport.run(file, false, new ImportProgress());
                case REVIEWS -> reviewsImport.run(file, false, new ImportProgress());
            }
        } catch (ImportRefused refused) {
            throw new AssertionError(kind + ": " + refused.errors(), refused);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private ReturnImport.Result importXml(String xml) throws IOException {
        Path file = Files.createTempFile("round-trip-", ".xml");
        try {
            Files.writeString(file, xml);
            return returnImport.run(new ReturnImport.Source(file, "return.xml", null), null, false,
                    new ImportProgress());
        } catch (ImportRefused refused) {
            throw new AssertionError(String.valueOf(refused.errors()), refused);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private ReturnImport.Result importModules(Map<Sen2Module, String> modules, int year) throws IOException {
        Map<Sen2Module, Path> files = new EnumMap<>(Sen2Module.class);
        try {
            for (Map.Entry<Sen2Module, String> module : modules.entrySet()) {
                Path file = Files.createTempFile("round-trip-", ".csv");
                Files.writeString(file, module.getValue());
                files.put(module.getKey(), file);
            }
            return returnImport.run(new ReturnImport.Source(null, null, files), year, false, new ImportProgress());
        } catch (ImportRefused refused) {
            throw new AssertionError(String.valueOf(refused.errors()), refused);
        } finally {
            for (Path file : files.values()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The XML without its time of making, which differs between any two builds. */
    static String xml(Sen2File file) {
        return new String(Sen2Return.xml(file), StandardCharsets.UTF_8)
                .replaceAll("<DateTime>[^<]*</DateTime>", "<DateTime/>");
    }

    static Map<Sen2Module, String> modules(Sen2File file) {
        Map<Sen2Module, String> modules = new EnumMap<>(Sen2Module.class);
        for (Sen2Module module : Sen2Module.values()) {
            modules.put(module, Sen2Return.csv(file, module));
        }
        return modules;
    }
}
