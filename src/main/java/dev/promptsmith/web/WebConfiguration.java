package dev.promptsmith.web;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The admin password, the check of where the server listens, the Host check and the one account. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration {

    @Bean
    WebAccess webAccess(@Value("${promptsmith.admin-password:}") String adminPassword) {
        return new WebAccess(adminPassword);
    }

    @Bean
    ExposureGuard exposureGuard(ServerProperties server, WebAccess access) {
        return new ExposureGuard(server, access);
    }

    @Bean
    FilterRegistrationBean<HostCheckFilter> hostCheck(ServerProperties server,
                                                      @Value("${promptsmith.allowed-hosts:}") String allowedHosts) {
        FilterRegistrationBean<HostCheckFilter> registration =
                new FilterRegistrationBean<>(new HostCheckFilter(new AllowedHosts(allowedHosts, server.getAddress())));
        // ahead of the security chain: a request for a foreign name gets no login page and no session
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Only with sign-in: wrong passwords from one address are slowed to one a minute after a few. */
    @Bean
    FilterRegistrationBean<SignInThrottleFilter> signInThrottle(WebAccess access, Clock clock) {
        FilterRegistrationBean<SignInThrottleFilter> registration =
                new FilterRegistrationBean<>(new SignInThrottleFilter(new SignInThrottle(clock)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setEnabled(access.signInRequired());
        return registration;
    }

    /** Spring Boot would otherwise make up a user with a logged password; here there is the admin or nobody. */
    @Bean
    UserDetailsService users(WebAccess access) {
        return access.adminAccount().map(InMemoryUserDetailsManager::new).orElseGet(InMemoryUserDetailsManager::new);
    }
}
