package org.sendclock.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendclock.assessment.Commands.ChildReturnDetails;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.ChildChecks;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.casefile.Text;
import org.sendclock.casefile.Timeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SEN2 return needs of a case and its steps do not record: the child's identifiers and person codes, and the
 * request's youth accommodation, mediation and tribunal flags. Set on any case, open or not (a closed case is still in
 * the return), checked as entered (ADR 26), each change on the case's timeline. No clock depends on them.
 */
@Service
@Transactional
public class Sen2Facts {

    private final CaseRepository cases;
    private final Timeline timeline;

    public Sen2Facts(CaseRepository cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    public AssessmentCase recordChildDetails(String caseRef, ChildReturnDetails command) {
        AssessmentCase assessment = cases.require(caseRef);
        String upn = Text.blankToNull(command.upn());
        String sex = Text.blankToNull(command.sex());
        String ethnicity = Text.blankToNull(command.ethnicity());
        String postcode = Text.blankToNull(command.postcode());
        String uln = Text.blankToNull(command.uln());
        String reason = Text.blankToNull(command.upnUnknownReason());
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        ChildChecks.check(errors, "", upn, sex, ethnicity, postcode, uln, reason);
        errors.throwIfAny();
        Child was = assessment.getChild();
        Child now = new Child(was.getGivenName(), was.getFamilyName(), was.getDateOfBirth(), upn, was.getSetting())
                .withReturnDetails(sex, ethnicity, ChildChecks.postcodeOf(postcode), uln, reason);
        List<String> changes = new ArrayList<>();
        // Identifiers and the postcode are named, not quoted: the timeline is read by more people than the record.
        changed(changes, "UPN", was.getUpn(), now.getUpn(), false);
        changed(changes, "sex", was.getSex(), now.getSex(), true);
        changed(changes, "ethnicity", was.getEthnicity(), now.getEthnicity(), true);
        changed(changes, "postcode", was.getPostcode(), now.getPostcode(), false);
        changed(changes, "ULN", was.getUln(), now.getUln(), false);
        changed(changes, "reason no UPN or ULN", was.getUpnUnknownReason(), now.getUpnUnknownReason(), true);
        if (!changes.isEmpty()) {
            assessment.restateChild(now);
            timeline.record(assessment, "CHILD_DETAILS_RECORDED", "Child's details for the SEN2 return: "
                    + String.join(", ", changes));
        }
        return assessment;
    }

    public AssessmentCase recordReturnFlags(String caseRef, ReturnFlags flags) {
        AssessmentCase assessment = cases.require(caseRef);
        ReturnFlags was = assessment.returnFlags();
        List<String> changes = new ArrayList<>();
        flag(changes, "made in relevant youth accommodation", was.youthAccommodation(), flags.youthAccommodation());
        flag(changes, "mediation on the request", was.requestMediation(), flags.requestMediation());
        flag(changes, "tribunal on the request", was.requestTribunal(), flags.requestTribunal());
        flag(changes, "mediation on the assessment", was.assessmentMediation(), flags.assessmentMediation());
        flag(changes, "tribunal on the assessment", was.assessmentTribunal(), flags.assessmentTribunal());
        flag(changes, "other mediation", was.otherMediation(), flags.otherMediation());
        flag(changes, "other tribunal", was.otherTribunal(), flags.otherTribunal());
        if (!changes.isEmpty()) {
            assessment.recordReturnFlags(flags);
            timeline.record(assessment, "RETURN_FLAGS_RECORDED", "Request's SEN2 flags: " + String.join(", ", changes));
        }
        return assessment;
    }

    private static void changed(List<String> changes, String what, String was, String now, boolean quoted) {
        if (!Objects.equals(was, now)) {
            changes.add(now == null ? what + " removed" : quoted ? what + " " + now
                    : what + (was == null ? " recorded" : " changed"));
        }
    }

    private static void flag(List<String> changes, String what, Boolean was, Boolean now) {
        if (!Objects.equals(was, now)) {
            changes.add(what + " " + (now == null ? "not known" : now ? "yes" : "no"));
        }
    }
}
