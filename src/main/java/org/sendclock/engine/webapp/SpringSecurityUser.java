package org.sendclock.engine.webapp;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.sendclock.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's {@code ContainerBasedAuthenticationFilter} who signed in with Spring Security: the user name as
 * Camunda user id, the roles as Camunda groups ({@link Role#camundaGroup()}, so ADMIN is {@code camunda-admin}).
 * Camunda creates this class itself (by name, with no Spring injection), once per filter.
 */
public class SpringSecurityUser extends ContainerBasedAuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SpringSecurityUser.class);

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = signedIn.getName();
        // The webapps fail on a user their engine does not know: refuse (401) rather than fail (500).
        if (engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
            log.warn("{} signed in but is not a user of the process engine '{}': no access to the Camunda webapps",
                    userId, engine.getName());
            return AuthenticationResult.unsuccessful(userId);
        }
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(groupsOf(signedIn));
        return result;
    }

    static List<String> groupsOf(Authentication signedIn) {
        return signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Role::ofAuthority)
                .filter(Objects::nonNull)
                .map(Role::camundaGroup)
                .distinct()
                .toList();
    }
}
