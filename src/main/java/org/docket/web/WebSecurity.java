package org.docket.web;

import org.docket.users.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what: everyone signs in (a form for people, HTTP Basic for scripts using the API),
 * CSRF protection stays on, the review queue, the outbox and recalls are the mailroom's, the
 * digitisation jobs the archivists', search and documents are open to every role and narrowed to what
 * each may see inside them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurity {

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/error").permitAll()
                        .requestMatchers("/", "/review/**", "/dashboard", "/api/queue/**").hasAnyRole(Role.MAILROOM.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/documents", "/api/documents/*/decision", "/api/documents/*/recall",
                                "/documents/*/recall").hasAnyRole(Role.MAILROOM.name(), Role.ADMIN.name())
                        .requestMatchers("/outbox/**").hasAnyRole(Role.MAILROOM.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/thresholds").hasRole(Role.ADMIN.name())
                        .requestMatchers("/thresholds/**").hasAnyRole(Role.MAILROOM.name(), Role.ADMIN.name())
                        .requestMatchers("/jobs", "/jobs/**").hasAnyRole(Role.ARCHIVIST.name(), Role.ADMIN.name())
                        .requestMatchers("/search/**", "/api/search/**", "/documents/**", "/api/documents/*").authenticated()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", false).permitAll())
                .httpBasic(Customizer.withDefaults())
                // scripts calling the API sign each request with HTTP Basic and carry no session a page could forge
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestURI().startsWith("/api/")
                        && request.getHeader("Authorization") != null))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
        return http.build();
    }
}
