package org.sendclock.casefile;

/** The step an open case is at, in the order of the 20-week process. */
public enum Stage {
    DECISION("Deciding whether to assess"),
    REQUESTING_ADVICE("Requesting advice"),
    AWAITING_ADVICE("Awaiting advice"),
    PLAN_DECISION("Deciding whether to issue a plan"),
    DRAFTING("Drafting the plan"),
    COMMENT_PERIOD("Parent's comment period"),
    CONSULTING_SCHOOL("Consulting the named school or college"),
    FINALISING("Issuing the final plan"),
    FINISHED("Finished");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
