package org.sendclock.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who may sign in. Every profile but {@code production} gets the demo users (password {@code demo}); {@code production}
 * gets the administrator from {@link AdminSettings}, refusing to start without it, and the council's staff from
 * {@link StaffSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AdminSettings.class, StaffSettings.class, SignInSettings.class,
        SingleSignOnSettings.class})
class Users {

    static final String DEMO_PASSWORD = "demo";
    /** The demo cases' team. */
    static final String DEMO_TEAM = "North";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Profile("!production")
    Account.All demoAccounts(PasswordEncoder encoder) {
        String demo = encoder.encode(DEMO_PASSWORD); // one bcrypt at start-up is enough: they share the password
        return new Account.All(List.of(
                new Account("caseworker", demo, EnumSet.of(Role.CASEWORKER), Set.of(DEMO_TEAM)),
                new Account("caseworker2", demo, EnumSet.of(Role.CASEWORKER), Set.of(DEMO_TEAM)),
                new Account("manager", demo, EnumSet.of(Role.MANAGER), Set.of(DEMO_TEAM)),
                new Account("analyst", demo, EnumSet.of(Role.PERFORMANCE)),
                new Account("admin", demo, EnumSet.of(Role.ADMIN))));
    }

    /**
     * Checks the administrator's settings before any bean is made, so an incomplete production configuration is
     * refused before the application touches the database.
     */
    @Bean
    @Profile("production")
    static BeanFactoryPostProcessor productionAdminRequired(Environment environment) {
        return beanFactory -> {
            AdminSettings admin = Binder.get(environment).bind("sendclock.admin", AdminSettings.class)
                    .orElseGet(() -> new AdminSettings(null, null));
            admin.requireComplete();
            Binder.get(environment).bind("sendclock", StaffSettings.class).orElseGet(() -> new StaffSettings(null))
                    .accounts(admin.username().trim());
        };
    }

    @Bean
    @Profile("production")
    Account.All productionAccounts(AdminSettings admin, StaffSettings staff, PasswordEncoder encoder) {
        admin.requireComplete();
        String password = admin.passwordIsEncoded() ? admin.password() : encoder.encode(admin.password());
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account(admin.username().trim(), password, EnumSet.of(Role.ADMIN)));
        accounts.addAll(staff.accounts(admin.username().trim()));
        return new Account.All(accounts);
    }

    @Bean
    UserDetailsService userDetailsService(Account.All all) {
        return new InMemoryUserDetailsManager(all.accounts().stream()
                .map(a -> User.withUsername(a.username())
                        .password(a.encodedPassword())
                        .authorities(a.roles().stream().map(Role::authority).toArray(String[]::new))
                        .build())
                .map(UserDetails.class::cast)
                .toList());
    }

    /**
     * The one way passwords are checked, for the login form and HTTP Basic alike: throttled, and remembered briefly
     * for API clients (ADR 18). Being the only {@link AuthenticationProvider} bean, Spring Security builds the
     * shared AuthenticationManager from it alone (and says so once at start-up: logging.level in application.yml).
     */
    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInSettings settings) {
        return new PasswordSignIn(users, encoder, settings, Clock.systemUTC());
    }
}
