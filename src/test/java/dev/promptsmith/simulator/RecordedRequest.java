package dev.promptsmith.simulator;

import java.util.List;
import java.util.Map;

/**
 * A request the simulator received.
 *
 * @param headers lower-case header names
 */
public record RecordedRequest(Api api, String method, String path, Map<String, List<String>> headers, String body,
                              String model, boolean stream) {

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The text of the last user message (all its text parts), in whichever wire format the request came. */
    public String userText() {
        return Wire.userText(api, body);
    }
}
