package org.sendclock.kpi;

/** One reason a record would fail the SEN2 return: the case, the SEN2 field at fault, and what is wrong with it. */
public record Sen2Problem(String caseRef, String field, String message) {
}
