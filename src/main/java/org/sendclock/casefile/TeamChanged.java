package org.sendclock.casefile;

/**
 * A case moved to another team (or to none) by a change written with other facts, as an import restating it. Heard
 * after the commit: the case's open tasks follow it to that team's list ({@code tasks.TasksFollowTheCasesTeam}).
 */
public record TeamChanged(String caseRef, String from, String to) {
}
