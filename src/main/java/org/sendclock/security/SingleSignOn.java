package org.sendclock.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Signing in through the council's identity provider (OpenID Connect) when {@code sendclock.sso.enabled}: the pages
 * offer it beside the password form, and the API takes the provider's access tokens as bearer tokens. Either way
 * the person's groups give their roles and teams ({@link SingleSignOnSettings}); someone with no mapped role is
 * refused, and everyone let in becomes an account like the configured staff's ({@link SingleSignOnStaff}), so My
 * work, passing tasks on, reassignment and the Camunda webapps treat them alike (ADR 18).
 */
@Component
public class SingleSignOn {

    private final SingleSignOnSettings settings;
    private final SingleSignOnStaff staff;
    private final Set<String> configuredAccounts;
    private final ClientRegistrationRepository providers;
    private final JwtDecoder tokens;
    private final OidcUserService oidcUsers = new OidcUserService();

    /** A way to sign in through an identity provider, for the sign-in page. */
    public record Provider(String name, String path) {
    }

    SingleSignOn(SingleSignOnSettings settings, SingleSignOnStaff staff, Account.All accounts,
                 ObjectProvider<ClientRegistrationRepository> providers, ObjectProvider<JwtDecoder> tokens) {
        settings.requireComplete();
        this.settings = settings;
        this.staff = staff;
        this.configuredAccounts = accounts.accounts().stream().map(a -> a.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.providers = settings.enabled() ? providers.getIfAvailable() : null;
        this.tokens = settings.enabled() ? tokens.getIfAvailable() : null;
        if (settings.enabled() && this.providers == null) {
            throw new IllegalStateException("Single sign-on cannot be set up: sendclock.sso.enabled is true but no "
                    + "identity provider is registered (spring.security.oauth2.client.registration.entra.client-id, "
                    + "client-secret and provider.entra.issuer-uri; see the README).");
        }
    }

    void signInThroughThePages(HttpSecurity http, AuthenticationFailureHandler failures) throws Exception {
        if (providers != null) {
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::signIn))
                    .failureHandler(failures));
        }
    }

    void bearerTokensOnTheApi(HttpSecurity http, ApiRefusals refusals) throws Exception {
        if (tokens != null) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(this::apiCaller))
                    .authenticationEntryPoint(refusals));
        }
    }

    /** The identity providers to offer on the sign-in page; none while single sign-on is off. */
    public List<Provider> providers() {
        List<Provider> offered = new ArrayList<>();
        if (providers instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                offered.add(new Provider(client.getClientName(),
                        "/oauth2/authorization/" + client.getRegistrationId()));
            }
        }
        return offered;
    }

    private OidcUser signIn(OidcUserRequest request) {
        OidcUser user = oidcUsers.loadUser(request);
        String username = user.getClaimAsString(settings.usernameClaim());
        Account account = account(username, user.getClaimAsStringList(settings.groupsClaim()),
                SignInRefused::new);
        if (account.roles().isEmpty()) {
            staff.refused(username);
            throw new SignInRefused("You signed in as " + username + ", but none of your groups gives you a role in "
                    + "SEND Clock. Ask your SEND Clock administrator to add you to the right group.");
        }
        staff.signedIn(account);
        return new DefaultOidcUser(authorities(account), user.getIdToken(), user.getUserInfo(),
                settings.usernameClaim());
    }

    private AbstractAuthenticationToken apiCaller(Jwt token) {
        Account account = account(token.getClaimAsString(settings.usernameClaim()),
                token.getClaimAsStringList(settings.groupsClaim()),
                problem -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, problem, null), problem));
        if (!account.roles().isEmpty()) {
            staff.calledTheApi(account);
        }
        return new JwtAuthenticationToken(token, authorities(account), account.username());
    }

    private Account account(String username, Collection<String> groups,
                            Function<String, ? extends RuntimeException> refusal) {
        if (username == null || !SingleSignOnSettings.USERNAME.matcher(username).matches()) {
            throw refusal.apply("The identity provider gave no usable user name (claim " + settings.usernameClaim()
                    + ": letters, digits and . _ @ - only, at most 100). Ask your SEND Clock administrator.");
        }
        if (configuredAccounts.contains(username.toLowerCase(Locale.ROOT))) {
            throw refusal.apply("The user name " + username + " belongs to a SEND Clock account with a password: sign "
                    + "in with that password, or ask your administrator to remove the account.");
        }
        return settings.accountOf(username, groups == null ? List.of() : groups);
    }

    private static List<GrantedAuthority> authorities(Account account) {
        return account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new)
                .map(GrantedAuthority.class::cast).toList();
    }
}
