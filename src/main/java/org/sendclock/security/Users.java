package org.sendclock.security;

import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who may sign in. Every profile but {@code production} gets the demo users (password {@code demo}); {@code production}
 * gets only the administrator from {@link AdminSettings} and refuses to start without it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminSettings.class)
class Users {

    static final String DEMO_PASSWORD = "demo";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Profile("!production")
    Account.All demoAccounts(PasswordEncoder encoder) {
        String demo = encoder.encode(DEMO_PASSWORD); // one bcrypt at start-up is enough: they share the password
        return new Account.All(List.of(
                new Account("caseworker", demo, EnumSet.of(Role.CASEWORKER)),
                new Account("caseworker2", demo, EnumSet.of(Role.CASEWORKER)),
                new Account("manager", demo, EnumSet.of(Role.MANAGER)),
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
        return beanFactory -> Binder.get(environment).bind("sendclock.admin", AdminSettings.class)
                .orElseGet(() -> new AdminSettings(null, null))
                .requireComplete();
    }

    @Bean
    @Profile("production")
    Account.All productionAccounts(AdminSettings admin, PasswordEncoder encoder) {
        admin.requireComplete();
        String password = admin.passwordIsEncoded() ? admin.password() : encoder.encode(admin.password());
        return new Account.All(List.of(new Account(admin.username().trim(), password, EnumSet.of(Role.ADMIN))));
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
}
