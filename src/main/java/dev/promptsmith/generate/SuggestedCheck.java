package dev.promptsmith.generate;

import java.util.Map;

/**
 * A check a model suggests for a suite.
 *
 * @param caseNumber the case it belongs to, from 1 as the suite lists them, or 0 for every case (the suite's defaults)
 * @param check      the check as a suite writes it
 */
public record SuggestedCheck(int caseNumber, String why, Map<String, Object> check) {

    public SuggestedCheck {
        check = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(check));
    }
}
