package dev.promptsmith.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back sign-in attempts from an address that has tried too many wrong passwords (see
 * {@link SignInThrottle}), ahead of the security chain; learns of each attempt's outcome from where
 * the chain sends the browser: back to the sign-in page with an error, or on.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String SIGN_IN_PATH = "/login";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && SIGN_IN_PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().println("Too many wrong passwords from this address: try again in " + seconds
                    + " s.");
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader("Location");
        if (location != null && location.contains(SIGN_IN_PATH + "?error")) {
            throttle.failed(address);
        } else if (response.getStatus() / 100 == 3) {
            throttle.succeeded(address);
        }
    }
}
