package dev.promptsmith.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses, before anything else runs, a request whose {@code Host} is not a name the server answers to. */
final class HostCheckFilter extends OncePerRequestFilter {

    private final AllowedHosts allowed;

    HostCheckFilter(AllowedHosts allowed) {
        this.allowed = allowed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (allowed.permits(host)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().println("This Promptsmith server does not answer to the host name "
                + (host == null ? "(none given)" : "'" + printable(host) + "'")
                + ". Whoever runs it can add the name to promptsmith.allowed-hosts.");
    }

    /** The name as sent, short and without control characters: it is the requester's own text. */
    private static String printable(String host) {
        String clean = host.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
