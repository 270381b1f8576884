package org.sendclock.engine.webapp;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.sendclock.security.Account;
import org.sendclock.security.Role;
import org.sendclock.security.SingleSignOnStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;

/**
 * Copies our accounts into the process engine's identity service when the application starts, before the web
 * server takes requests, and single sign-on's accounts as their owners sign in: one Camunda group per {@link Role},
 * one Camunda user per account, with the memberships of its roles. Spring Security stays the only place that checks
 * passwords: a new Camunda user gets a long random password nobody knows. Users and groups that are not ours are left alone, and so are existing users' other
 * groups.
 */
class CamundaUsers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CamundaUsers.class);
    private static final Map<Role, String> GROUP_NAMES = new EnumMap<>(Map.of(
            Role.CASEWORKER, "Caseworkers",
            Role.MANAGER, "Managers",
            Role.PERFORMANCE, "Performance team",
            Role.ADMIN, "Camunda administrators"));
    private static final Set<String> OUR_GROUPS =
            Arrays.stream(Role.values()).map(Role::camundaGroup).collect(Collectors.toUnmodifiableSet());

    private final IdentityService identity;
    private final Account.All accounts;
    private final SecureRandom random = new SecureRandom();

    CamundaUsers(IdentityService identity, Account.All accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Role role : Role.values()) {
            ensureGroup(role);
        }
        for (Account account : accounts.accounts()) {
            ensureUser(account);
        }
    }

    /**
     * Someone signed in through single sign-on: a user of the Camunda webapps like a configured account, with the
     * memberships their groups give them now.
     */
    @EventListener
    void signedInWithSso(SingleSignOnStaff.SignedInWithSso signedIn) {
        ensureUser(signedIn.account());
    }

    private void ensureGroup(Role role) {
        if (identity.createGroupQuery().groupId(role.camundaGroup()).count() == 0) {
            Group group = identity.newGroup(role.camundaGroup());
            group.setName(GROUP_NAMES.get(role));
            group.setType(role == Role.ADMIN ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        }
    }

    private void ensureUser(Account account) {
        String userId = account.username();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setPassword(unusablePassword());
            identity.saveUser(user);
            log.info("Camunda user {} created for the Camunda webapps", userId);
        }
        Set<String> wanted = account.roles().stream().map(Role::camundaGroup).collect(Collectors.toSet());
        Set<String> current = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).filter(OUR_GROUPS::contains).collect(Collectors.toSet());
        for (String group : wanted) {
            if (!current.contains(group)) {
                identity.createMembership(userId, group);
            }
        }
        for (String group : current) {
            if (!wanted.contains(group)) {
                identity.deleteMembership(userId, group);
            }
        }
    }

    /** Random, and shaped to pass Camunda's default password policy should someone switch it on. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aA1!";
    }
}
