package dev.promptsmith.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 request over a plain socket, for what the JDK's client will not send: any
 * {@code Host} header. Reads the status line, the headers and whatever body comes before the
 * server closes the connection.
 */
public final class RawHttp {

    /** An answer: its status, its header lines ({@code name: value}) and its body as text. */
    public record Response(int status, List<String> headers, String body) {

        /** Every value of a header, by name, case ignored. */
        public List<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).toList();
        }

        public Optional<String> firstHeader(String name) {
            return header(name).stream().findFirst();
        }
    }

    private RawHttp() {
    }

    /** A GET of {@code path} on 127.0.0.1 at {@code port}, naming {@code host} in the Host header. */
    public static Response get(int port, String path, String host, String... extraHeaders) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String header : extraHeaders) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
        String statusLine = lines.removeFirst();
        return new Response(Integer.parseInt(statusLine.split(" ")[1]), List.copyOf(lines), body);
    }
}
