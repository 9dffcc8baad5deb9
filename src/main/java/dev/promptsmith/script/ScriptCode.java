package dev.promptsmith.script;

/**
 * A script ready to run.
 *
 * @param language  which runtime runs it
 * @param source    inline code as written, or a file's whole text
 * @param function  the function of a file to call, or {@code null} for its default (inline code has none)
 * @param origin    where it comes from, for messages: {@code inline} or the file as written
 */
public record ScriptCode(Language language, String source, String function, String origin, boolean file) {

    public enum Language { JAVASCRIPT, PYTHON }

    public static ScriptCode inline(Language language, String source) {
        return new ScriptCode(language, source, null, "inline " + (language == Language.PYTHON ? "Python" : "JavaScript"),
                false);
    }
}
