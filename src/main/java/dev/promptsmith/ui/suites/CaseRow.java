package dev.promptsmith.ui.suites;

import java.util.Map;

/** A row of the cases grid: one test case as written; rows are told apart by identity, as two cases may be equal. */
final class CaseRow {

    Map<String, Object> test;

    CaseRow(Map<String, Object> test) {
        this.test = test;
    }

    String description() {
        return test.get("description") == null ? "" : String.valueOf(test.get("description"));
    }

    Map<?, ?> vars() {
        return test.get("vars") instanceof Map<?, ?> vars ? vars : Map.of();
    }
}
