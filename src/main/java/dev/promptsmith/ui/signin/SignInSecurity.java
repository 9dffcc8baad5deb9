package dev.promptsmith.ui.signin;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.promptsmith.web.SecurityHeaders;
import dev.promptsmith.web.WebAccess;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One security chain. With an admin password, Vaadin's configurer: every page and every request
 * of the app needs a signed-in session, except the sign-in page and the files it is made of; a
 * screen is allowed by its path, the same rule as its URL, so views need no annotations. Without a
 * password, everything is let through (the server then only listens on this machine, see
 * {@code web.ServerExposure}), and Vaadin's own request tokens guard its requests as before.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInSecurity {

    @Bean
    SecurityFilterChain securityChain(HttpSecurity http, WebAccess access) {
        SecurityHeaders.apply(http);
        if (access.signInRequired()) {
            // the sign-in page wears the app's own style sheet and icon (Vaadin lets favicon.ico through itself)
            http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/favicon.svg").permitAll());
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInView.class));
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable());
        }
        return http.build();
    }

    @Bean
    static NavigationAccessControlConfigurer screenAccess(WebAccess access) {
        if (!access.signInRequired()) {
            return new NavigationAccessControlConfigurer().disabled();
        }
        return new NavigationAccessControlConfigurer().withRoutePathAccessChecker().withLoginView(SignInView.class);
    }
}
