package org.sendclock.casefile;

/** Who asked for the assessment, as SEN2 records it. */
public enum RequestSource {
    PARENT, SCHOOL, YOUNG_PERSON, OTHER
}
