package org.sendclock.engine.webapp;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.sendclock.security.Account;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Single sign-on for the Camunda webapps (Cockpit, Tasklist, Admin): whoever signed in with Spring Security is
 * signed in to the webapps too, with Camunda's container-based authentication.
 * <ol>
 *   <li>Spring Security lets only ADMIN into {@code /camunda/**} (see {@code security.WebSecurity}).</li>
 *   <li>Camunda's {@link ContainerBasedAuthenticationFilter}, registered here right after Spring Security's filter
 *   and before the webapps' own filters, asks {@link SpringSecurityUser} who is signed in and puts that user, with
 *   groups from the roles, into the session where the webapps look for their login.</li>
 *   <li>The webapps check that this user exists in the engine's identity service (and re-read the groups from it
 *   every few minutes), so {@link CamundaUsers} copies our accounts there when the application starts.</li>
 * </ol>
 * Nothing here needs {@code camunda.bpm.admin-user}: the webapps never see Camunda's own login form.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerBasedAuthentication(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Container Based Authentication Filter");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityUser.class.getName());
        registration.addUrlPatterns(camundaPath + "/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // After Spring Security (which must have established the user), before Camunda's filters (registered
        // by the webapp starter as "match after" filters, so they always come after ours).
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    CamundaUsers camundaUsers(IdentityService identityService, Account.All accounts) {
        return new CamundaUsers(identityService, accounts);
    }
}
