package org.docket.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are kept and how a signing-in person is found. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return name -> {
            DocketUser user = users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
            return User.withUsername(user.name())
                    .password(users.passwordHash(name).orElseThrow())
                    .authorities(new SimpleGrantedAuthority(user.role().authority()))
                    .build();
        };
    }
}
