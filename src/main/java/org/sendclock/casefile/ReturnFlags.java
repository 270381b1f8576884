package org.sendclock.casefile;

/**
 * The facts about a request that the SEN2 return reports and the assessment's steps do not record (modules 2 and 3):
 * whether it was made while the young person was in relevant youth accommodation, and whether the family went to
 * mediation or the tribunal over the decision not to assess, the assessment's outcome, or anything else. Each is null
 * while not known.
 */
public record ReturnFlags(Boolean youthAccommodation, Boolean requestMediation, Boolean requestTribunal,
                          Boolean assessmentMediation, Boolean assessmentTribunal, Boolean otherMediation,
                          Boolean otherTribunal) {

    public static final ReturnFlags UNKNOWN = new ReturnFlags(null, null, null, null, null, null, null);
}
