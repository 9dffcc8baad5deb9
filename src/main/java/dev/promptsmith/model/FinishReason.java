package dev.promptsmith.model;

/** Why a model stopped writing. {@code LENGTH} means the answer was cut off at the token limit. */
public enum FinishReason {
    STOP, LENGTH, CONTENT_FILTER, TOOL, OTHER
}
