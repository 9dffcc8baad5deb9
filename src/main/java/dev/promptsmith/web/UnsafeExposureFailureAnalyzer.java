package dev.promptsmith.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into Spring Boot's short "what happened / what to do" report, without a stack trace. */
class UnsafeExposureFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeExposureException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeExposureException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
