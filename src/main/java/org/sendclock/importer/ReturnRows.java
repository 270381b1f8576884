package org.sendclock.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.plan.PlanChecks;
import org.sendclock.plan.ReturnedPlan;
import org.sendclock.plan.SenSetting;
import org.sendclock.sen2.Items;
import org.sendclock.sen2.Sen2File;
import org.sendclock.sen2.Sen2Module;

/**
 * One child of last year's SEN2 return as the rows the other imports take (ADR 31): a row of requests.csv for each
 * request, a row of plans.csv for each plan, a row of reviews.csv for each review meeting, and what those rows cannot
 * hold (the year's settings with their days, the mediation and tribunal flags, residential, work-based learning and
 * personal budget). The codes are translated here and checked as they are; everything else is checked by the rows'
 * own checks, whose errors are named back by module and item ({@link #itemOf}). What the return does not carry is
 * assumed as docs/api.md says ("SEN2 return").
 */
final class ReturnRows {

    /** Who a child's case is, when the file does not say: (UPN or name and birth date) and request date → reference. */
    interface CaseRefs {
        /** The held case of this child and request date (null: a plan without its request), or null. */
        String held(String upn, LocalDate requestDate);
    }

    /** Where a staged row came from, to name its errors by module, record and item. */
    record Origin(String named, ReturnPerson.Location person, Map<Sen2Module, ReturnPerson.Location> records,
                  boolean closedByAssessment) {
        ReturnPerson.Location at(Sen2Module module) {
            ReturnPerson.Location own = records.get(module);
            return own != null ? own : person;
        }
    }

    record Staged(List<String> cells, Origin origin) {
    }

    /** What the rows cannot hold, for a case. */
    record Beyond(String caseRef, String named, ReturnFlags flags, ReturnedPlan plan) {
    }

    final List<Staged> requests = new ArrayList<>();
    final List<Staged> plans = new ArrayList<>();
    final List<Staged> reviews = new ArrayList<>();
    final List<Beyond> beyond = new ArrayList<>();

    private final ReturnPerson child;
    private final LocalDate yearStart;
    private final CaseRefs refs;
    private final boolean refsInFile;

    private ReturnRows(ReturnPerson child, int reportingYear, CaseRefs refs, boolean refsInFile) {
        this.child = child;
        this.yearStart = LocalDate.of(reportingYear, 1, 1);
        this.refs = refs;
        this.refsInFile = refsInFile;
    }

    /**
     * @param refsInFile true for the module CSVs, whose CaseRef names each request's case; the XML has none, so a
     *                   case is found by UPN and request date or given a reference derived from the record
     */
    static ReturnRows of(ReturnPerson child, int reportingYear, CaseRefs refs, boolean refsInFile) {
        ReturnRows rows = new ReturnRows(child, reportingYear, refs, refsInFile);
        for (Sen2File.Request request : child.person().requests()) {
            rows.request(request);
        }
        return rows;
    }

    private void request(Sen2File.Request r) {
        Items person = child.person().items();
        Items ri = r.items();
        Sen2File.Assessment a = r.assessment();
        Sen2File.NamedPlan named = a == null ? null : a.namedPlan();
        Sen2File.ActivePlan active = r.activePlan();
        boolean hasPlan = named != null || active != null;
        String received = ri.get("ReceivedDate");
        String caseRef = caseRef(r, received);
        if (caseRef == null) {
            return;
        }
        Map<Sen2Module, ReturnPerson.Location> at = new EnumMap<>(Sen2Module.class);
        at.put(Sen2Module.PERSON, child.where(person));
        at.put(Sen2Module.REQUESTS, child.where(ri));
        if (a != null) {
            at.put(Sen2Module.ASSESSMENT, child.where(a.items()));
        }
        if (named != null) {
            at.put(Sen2Module.NAMED_PLAN, child.where(named.items()));
        }
        if (active != null) {
            at.put(Sen2Module.ACTIVE_PLANS, child.where(active.items()));
        }

        String outcome = code(ri, "RequestOutcome", List.of("A", "N", "W", "P"));
        String assessed = a == null ? null : code(a.items(), "AssessmentOutcome", List.of("Y", "N", "A", "W", "H"));
        if (ri.get("RequestOutcome") == null && received != null) {
            child.problem(ri, "RequestOutcome", "is required: A (to assess), N (not to assess), W (withdrawn) or P"
                    + " (pending)");
        }
        if (a != null && a.items().get("AssessmentOutcome") == null) {
            child.problem(a.items(), "AssessmentOutcome", "is required: Y, N, A, W or H");
        }
        if (a != null && outcome != null && !outcome.equals("A")) {
            child.problem(a.items(), "AssessmentOutcome", "an assessment follows only a request decided A (to assess),"
                    + " not " + outcome);
        }
        if (hasPlan && assessed != null && !assessed.equals("Y") && !assessed.equals("H")) {
            child.problem(a.items(), "AssessmentOutcome", "is " + assessed + " but the request has a plan: Y or H");
        }
        Boolean exported = flag(ri, "Exported");
        Boolean week20 = a == null ? null : flag(a.items(), "Week20");
        String closedReason = Boolean.TRUE.equals(exported) ? "MOVED_OUT" : "WITHDRAWN";
        String source = source(ri);

        String planStart = named != null && named.items().has("StartDate") ? named.items().get("StartDate")
                : "Y".equals(assessed) && a.items().has("AssessmentOutcomeDate") ? a.items().get("AssessmentOutcomeDate")
                : yearStart.minusDays(1).toString();

        ReturnFlags flags = new ReturnFlags(flag(ri, "RYA"), flag(ri, "RequestMediation"),
                flag(ri, "RequestTribunal"), a == null ? null : flag(a.items(), "AssessmentMediation"),
                a == null ? null : flag(a.items(), "AssessmentTribunal"),
                a == null ? null : flag(a.items(), "OtherMediation"), a == null ? null : flag(a.items(), "OtherTribunal"));
        String named_ = child.named(caseRef);

        if (received != null) {
            String[] cells = new String[RequestRow.COLUMNS.size()];
            Function<String, Integer> col = RequestRow.COLUMNS::indexOf;
            cells[col.apply("case_ref")] = caseRef;
            cells[col.apply("request_date")] = received;
            cells[col.apply("request_source")] = source;
            boolean closedByAssessment = false;
            if ("A".equals(outcome) || "N".equals(outcome)) {
                cells[col.apply("decision")] = outcome.equals("A") ? "ASSESS" : "REFUSE";
                cells[col.apply("decision_date")] = ri.get("RequestOutcomeDate");
                cells[col.apply("decision_notice_date")] = ri.get("RequestOutcomeDate");
            } else if ("W".equals(outcome)) {
                cells[col.apply("closed_date")] = ri.get("RequestOutcomeDate");
                cells[col.apply("closed_reason")] = closedReason;
            }
            if ("A".equals(outcome) && assessed != null) {
                String date = a.items().get("AssessmentOutcomeDate");
                switch (assessed) {
                    case "Y" -> {
                        cells[col.apply("final_plan_date")] = date;
                        if (Boolean.TRUE.equals(week20)) {
                            cells[col.apply("exception_reason")] = ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES
                                    .name();
                        }
                    }
                    case "N" -> cells[col.apply("no_plan_date")] = date;
                    case "W" -> {
                        cells[col.apply("closed_date")] = date;
                        cells[col.apply("closed_reason")] = closedReason;
                        closedByAssessment = true;
                    }
                    case "H" -> cells[col.apply(hasPlan ? "final_plan_date" : "no_plan_date")] =
                            hasPlan ? planStart : yearStart.minusDays(1).toString();
                    default -> { }
                }
            }
            personCells(cells, col, person);
            cells[col.apply("youth_accommodation")] = yesNo(flags.youthAccommodation());
            requests.add(new Staged(Arrays.asList(cells), new Origin(named_, child.where(person), at,
                    closedByAssessment)));
        }
        if (hasPlan) {
            plan(caseRef, named_, at, person, named, active, planStart, flags);
        } else {
            beyond.add(new Beyond(caseRef, named_, flags, null));
        }
    }

    private void plan(String caseRef, String named_, Map<Sen2Module, ReturnPerson.Location> at, Items person,
                      Sen2File.NamedPlan named, Sen2File.ActivePlan active, String planStart, ReturnFlags flags) {
        String[] cells = new String[PlanRow.COLUMNS.size()];
        Function<String, Integer> col = PlanRow.COLUMNS::indexOf;
        cells[col.apply("case_ref")] = caseRef;
        cells[col.apply("plan_start_date")] = planStart;
        personCells(cells, col, person);
        List<ReturnedPlan.Setting> settings = new ArrayList<>();
        List<Items> settingRecords = active != null && !active.placements().isEmpty() ? active.placements()
                : named != null ? named.planDetails() : List.of();
        Items current = null;
        for (Items s : settingRecords) {
            ReturnedPlan.Setting setting = setting(s, s.module() == Sen2Module.PLAN_DETAIL ? planStart : null);
            if (setting != null) {
                settings.add(setting);
                if (setting.leavingDate() == null) {
                    current = s;
                }
            }
        }
        if (current != null) {
            at.put(current.module(), child.where(current));
            cells[col.apply("setting_urn")] = current.has("URN") ? current.get("URN") : current.get("UKPRN");
            cells[col.apply("sen_setting")] = current.get("SENSetting");
            ReturnedPlan.Setting now = settings.stream().filter(s -> s.leavingDate() == null)
                    .reduce((first, second) -> second).orElseThrow();
            cells[col.apply("placement_rank")] = now.placementRank() == null ? null
                    : String.valueOf(now.placementRank());
            cells[col.apply("sen_unit")] = yesNo(now.senUnit());
            cells[col.apply("resourced_provision")] = yesNo(now.resourcedProvision());
        }
        if (active != null) {
            List<Items> needs = new ArrayList<>(active.needs());
            needs.sort(Comparator.comparing(n -> number(n, "SENtypeRank"), Comparator.nullsLast(Comparator.naturalOrder())));
            List<String> codes = needs.stream().map(n -> n.get("SENtype")).filter(java.util.Objects::nonNull).toList();
            cells[col.apply("sen_need")] = codes.isEmpty() ? null : String.join(";", codes);
            if (!active.needs().isEmpty()) {
                at.put(Sen2Module.SEN_NEED, child.where(active.needs().get(0)));
            }
            String transferLa = active.items().get("TransferLA");
            if (transferLa != null && !transferLa.equals("0")) {
                cells[col.apply("transferred_in_date")] = planStart;
            }
        }
        Boolean residential = null;
        Boolean workBased = null;
        Boolean budget = null;
        if (named != null) {
            Items n = named.items();
            cells[col.apply("ceased_date")] = n.get("CeaseDate");
            cells[col.apply("cease_reason")] = n.get("CeaseReason");
            cells[col.apply("organised_arrangements")] = yesNo(flag(n, "OA"));
            cells[col.apply("direct_payments")] = yesNo(flag(n, "DP"));
            residential = flag(n, "PlanRes");
            workBased = flag(n, "PlanWBP");
            budget = flag(n, "PB");
        }
        if (active != null) {
            Boolean res = flag(active.items(), "RES");
            Boolean wbp = flag(active.items(), "WBP");
            residential = residential != null ? residential : res;
            workBased = workBased != null ? workBased : wbp;
        }
        plans.add(new Staged(Arrays.asList(cells), new Origin(named_, child.where(person), at, false)));
        beyond.add(new Beyond(caseRef, named_, flags, new ReturnedPlan(settings, residential, workBased, budget)));
        if (active != null) {
            review(caseRef, named_, at, active.items());
        }
    }

    private void review(String caseRef, String named_, Map<Sen2Module, ReturnPerson.Location> at, Items items) {
        String decision = code(items, "ReviewOutcome", List.of("A", "C", "M"));
        if (!items.has("ReviewMeeting")) {
            if (items.has("ReviewOutcome") || items.has("LastReview")) {
                child.problem(items, "ReviewMeeting", "is required when ReviewOutcome or LastReview is given");
            }
            return;
        }
        // The return has no column for a review's other steps: those recorded here are kept (ReviewRow.HISTORY).
        String[] cells = new String[ReviewRow.HISTORY.size()];
        Function<String, Integer> col = ReviewRow.HISTORY::indexOf;
        cells[col.apply("case_ref")] = caseRef;
        cells[col.apply("meeting_date")] = items.get("ReviewMeeting");
        cells[col.apply("decision")] = decision == null ? null : switch (decision) {
            case "A" -> "AMEND";
            case "C" -> "CEASE";
            default -> "MAINTAIN";
        };
        cells[col.apply("decision_date")] = items.get("LastReview");
        reviews.add(new Staged(Arrays.asList(cells), new Origin(named_, at.get(Sen2Module.PERSON), at, false)));
    }

    /** A setting of 5b (or 4b, entered on the plan's start), checked; null when it has a problem. */
    private ReturnedPlan.Setting setting(Items s, String entryWhenNotGiven) {
        int before = problems();
        String urn = s.get("URN");
        String ukprn = s.get("UKPRN");
        if (urn != null && ukprn != null) {
            child.problem(s, "UKPRN", "give the URN or the UKPRN, not both");
        }
        String number = urn != null ? urn : ukprn;
        String urnProblem = PlanChecks.settingUrn(number);
        if (urnProblem != null) {
            child.problem(s, urn != null ? "URN" : "UKPRN", urnProblem);
        }
        SenSetting code = null;
        if (s.has("SENSetting")) {
            try {
                code = SenSetting.valueOf(s.get("SENSetting"));
            } catch (IllegalArgumentException e) {
                child.problem(s, "SENSetting", "must be one of " + Arrays.toString(SenSetting.values())
                        .replaceAll("[\\[\\]]", "") + ", not \"" + ImportErrors.excerpt(s.get("SENSetting")) + "\"");
            }
        }
        if (number == null && !s.has("SENSetting")) {
            child.problem(s, "URN", "a setting needs its URN or UKPRN, or a SENSetting code");
        }
        if (number != null && code != null) {
            child.problem(s, "SENSetting", PlanChecks.bothSettings(number, code));
        }
        Integer rank = number(s, "PlacementRank");
        String rankProblem = PlanChecks.placementRank(rank);
        if (rankProblem != null) {
            child.problem(s, "PlacementRank", rankProblem);
        }
        LocalDate entry = s.module() == Sen2Module.PLACEMENT_DETAIL ? date(s, "EntryDate") : date(entryWhenNotGiven);
        LocalDate leaving = s.module() == Sen2Module.PLACEMENT_DETAIL ? date(s, "LeavingDate") : null;
        if (entry != null && leaving != null && leaving.isBefore(entry)) {
            child.problem(s, "LeavingDate", "must not be before EntryDate (" + entry + ")");
        }
        Boolean unit = flag(s, "SENunitIndicator");
        Boolean resourced = flag(s, "ResourcedProvisionIndicator");
        if (problems() > before) {
            return null;
        }
        return new ReturnedPlan.Setting(number, code, entry, leaving, rank, Boolean.TRUE.equals(unit),
                Boolean.TRUE.equals(resourced));
    }

    private int problems() {
        return child.problemCount();
    }

    /**
     * The case of a request: the CaseRef the module CSVs give; else the held case of the child's UPN and this request
     * date; else a reference derived from the record, so that importing the same return again finds it (ADR 31).
     */
    private String caseRef(Sen2File.Request r, String received) {
        if (refsInFile) {
            if (r.caseRef() == null) {
                child.problem(r.items(), "CaseRef", "is required: the council's own reference for the case");
                return null;
            }
            return r.caseRef();
        }
        Items person = child.person().items();
        String upn = person.get("UPN");
        LocalDate requestDate = received == null ? null : date(received);
        if (upn != null) {
            String held = refs.held(upn.toUpperCase(Locale.ROOT), requestDate);
            if (held != null) {
                return held;
            }
        }
        String who = upn != null ? "UPN|" + upn.toUpperCase(Locale.ROOT) : "NAME|" + lower(person.get("Surname"))
                + "|" + lower(person.get("Forename")) + "|" + person.get("PersonBirthDate");
        return derivedRef(who + "|" + (received == null ? "plan" : received));
    }

    /** "SEN2-" and the first 12 hex digits of the SHA-256 of the child and request: stable, and no personal data. */
    static String derivedRef(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "SEN2-" + HexFormat.of().withUpperCase().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void personCells(String[] cells, Function<String, Integer> col, Items person) {
        cells[col.apply("child_given_name")] = person.get("Forename");
        cells[col.apply("child_family_name")] = person.get("Surname");
        cells[col.apply("child_date_of_birth")] = person.get("PersonBirthDate");
        cells[col.apply("upn")] = person.get("UPN");
        cells[col.apply("child_sex")] = person.get("Sex");
        cells[col.apply("child_ethnicity")] = person.get("Ethnicity");
        cells[col.apply("child_postcode")] = person.get("PostCode");
        cells[col.apply("child_uln")] = person.get("UniqueLearnerNumber");
        cells[col.apply("upn_unknown_reason")] = person.get("UPNunknown");
    }

    /** RequestSource: 1 the parent or young person, 2 a school, 3 to 5 others (the record keeps no finer source). */
    private String source(Items ri) {
        String code = code(ri, "RequestSource", List.of("1", "2", "3", "4", "5"));
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "1" -> "PARENT";
            case "2" -> "SCHOOL";
            default -> "OTHER";
        };
    }

    private String code(Items items, String item, List<String> codes) {
        String value = items.get(item);
        if (value == null) {
            return null;
        }
        if (!codes.contains(value)) {
            child.problem(items, item, "must be one of " + String.join(", ", codes) + ", not \""
                    + ImportErrors.excerpt(value) + "\"");
            return null;
        }
        return value;
    }

    private Boolean flag(Items items, String item) {
        String value = items.get(item);
        if (value == null) {
            return null;
        }
        if (value.equals("1") || value.equals("0")) {
            return value.equals("1");
        }
        child.problem(items, item, "must be 1 or 0, not \"" + ImportErrors.excerpt(value) + "\"");
        return null;
    }

    private Integer number(Items items, String item) {
        String value = items.get(item);
        if (value == null) {
            return null;
        }
        if (value.length() <= 2 && value.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(value);
        }
        child.problem(items, item, "must be a whole number, not \"" + ImportErrors.excerpt(value) + "\"");
        return null;
    }

    private LocalDate date(Items items, String item) {
        String value = items.get(item);
        LocalDate date = date(value);
        if (value != null && date == null) {
            child.problem(items, item, "must be a real date written YYYY-MM-DD, not \"" + ImportErrors.excerpt(value)
                    + "\"");
        }
        return date;
    }

    private static LocalDate date(String value) {
        if (value == null || !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "Y" : "N";
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The module and item a column of the staged files stands for, to name a row check's error as the return does;
     * null for a column with no item of its own.
     */
    static String[] itemOf(String file, String column, Origin origin) {
        String[] found = switch (file) {
            case RequestRow.FILE -> switch (column) {
                case "case_ref" -> new String[] {"2", "ReceivedDate"};
                case "request_date" -> new String[] {"2", "ReceivedDate"};
                case "request_source" -> new String[] {"2", "RequestSource"};
                case "decision", "decision_date", "decision_notice_date" -> new String[] {"2", "RequestOutcomeDate"};
                case "final_plan_date", "no_plan_date", "draft_plan_date" -> new String[] {"3", "AssessmentOutcomeDate"};
                case "exception_reason" -> new String[] {"3", "Week20"};
                case "closed_date", "closed_reason" -> origin.closedByAssessment()
                        ? new String[] {"3", "AssessmentOutcomeDate"} : new String[] {"2", "RequestOutcomeDate"};
                case "youth_accommodation" -> new String[] {"2", "RYA"};
                default -> personItem(column);
            };
            case PlanRow.FILE -> switch (column) {
                case "case_ref", "plan_start_date" -> new String[] {"4a", "StartDate"};
                case "setting_urn" -> new String[] {"5b", "URN"};
                case "sen_setting" -> new String[] {"5b", "SENSetting"};
                case "placement_rank" -> new String[] {"5b", "PlacementRank"};
                case "sen_unit" -> new String[] {"5b", "SENunitIndicator"};
                case "resourced_provision" -> new String[] {"5b", "ResourcedProvisionIndicator"};
                case "sen_need" -> new String[] {"5c", "SENtype"};
                case "transferred_in_date" -> new String[] {"5a", "TransferLA"};
                case "ceased_date" -> new String[] {"4a", "CeaseDate"};
                case "cease_reason" -> new String[] {"4a", "CeaseReason"};
                case "organised_arrangements" -> new String[] {"4a", "OA"};
                case "direct_payments" -> new String[] {"4a", "DP"};
                default -> personItem(column);
            };
            default -> switch (column) {
                case "case_ref", "meeting_date", "phase_transfer" -> new String[] {"5a", "ReviewMeeting"};
                case "decision" -> new String[] {"5a", "ReviewOutcome"};
                default -> new String[] {"5a", "LastReview"};
            };
        };
        return found;
    }

    private static String[] personItem(String column) {
        String item = switch (column) {
            case "child_given_name" -> "Forename";
            case "child_family_name" -> "Surname";
            case "child_date_of_birth" -> "PersonBirthDate";
            case "upn" -> "UPN";
            case "child_sex" -> "Sex";
            case "child_ethnicity" -> "Ethnicity";
            case "child_postcode" -> "PostCode";
            case "child_uln" -> "UniqueLearnerNumber";
            case "upn_unknown_reason" -> "UPNunknown";
            default -> null;
        };
        return item == null ? new String[] {"2", column} : new String[] {"1", item};
    }
}
