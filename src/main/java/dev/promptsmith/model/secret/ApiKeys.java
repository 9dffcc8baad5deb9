package dev.promptsmith.model.secret;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Finds the API key for a provider: a key entered in Promptsmith (the secret named
 * {@code provider:<kind>}) wins; else the environment variable a model target names; else the
 * provider's usual variables, such as {@code OPENAI_API_KEY}.
 */
@Service
public class ApiKeys {

    static final String SECRET_PREFIX = "provider:";
    static final String ENTERED = "entered in Promptsmith";
    static final String NONE = "none";

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    private static final Map<String, List<String>> USUAL_VARIABLES = Map.of(
            "openai", List.of("OPENAI_API_KEY"),
            "anthropic", List.of("ANTHROPIC_API_KEY"),
            "google", List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"),
            "groq", List.of("GROQ_API_KEY"),
            "mistral", List.of("MISTRAL_API_KEY"),
            "deepseek", List.of("DEEPSEEK_API_KEY"),
            "openrouter", List.of("OPENROUTER_API_KEY"));

    private final SecretStore store;
    private final Function<String, String> environment;

    @Autowired
    public ApiKeys(SecretStore store) {
        this(store, System::getenv);
    }

    /** @param environment reads an environment variable, {@code System::getenv} outside tests */
    public ApiKeys(SecretStore store, Function<String, String> environment) {
        this.store = store;
        this.environment = environment;
    }

    /** The name of the secret that holds the key entered for a provider kind, e.g. {@code provider:openai}. */
    public static String secretName(String kind) {
        return SECRET_PREFIX + normalise(kind);
    }

    /** The environment variables a provider kind's key is usually read from, in order; empty when it needs none. */
    public static List<String> usualVariables(String kind) {
        return USUAL_VARIABLES.getOrDefault(normalise(kind), List.of());
    }

    /**
     * The key to call a provider with.
     *
     * @param kind        the provider kind: openai, anthropic, google, groq, ...
     * @param apiKeyEnvar the environment variable a model target names for its key, or null
     * @throws UnreadableSecretException when a key was entered but cannot be decrypted
     */
    public Optional<String> forProvider(String kind, String apiKeyEnvar) {
        return find(kind, apiKeyEnvar).map(Found::value);
    }

    /** Where the key comes from and its masked form, e.g. {@code environment variable OPENAI_API_KEY · sk-…abcd}. */
    public String describe(String kind, String apiKeyEnvar) {
        String source = source(kind, apiKeyEnvar);
        return forProvider(kind, apiKeyEnvar).map(key -> source + " · " + Masking.mask(key)).orElse(source);
    }

    /** Stores a key entered for a provider, encrypted; it wins over the environment from now on. */
    public void store(String kind, String value) {
        store.put(secretName(kind), value.strip());
    }

    /**
     * Where {@link #forProvider} takes the key from, to show people, without the key:
     * {@code entered in Promptsmith}, {@code environment variable OPENAI_API_KEY} or {@code none}.
     */
    public String source(String kind, String apiKeyEnvar) {
        return find(kind, apiKeyEnvar).map(Found::source).orElse(NONE);
    }

    /** A redactor that knows every stored secret and every provider key in the environment. */
    public Redactor redactor() {
        return redactor(List.of());
    }

    /** Like {@link #redactor()}, also knowing the values of the variables model targets name. */
    public Redactor redactor(Collection<String> apiKeyEnvars) {
        List<String> values = new ArrayList<>();
        for (String name : store.names()) {
            try {
                store.get(name).ifPresent(values::add);
            } catch (UnreadableSecretException e) {
                // what cannot be decrypted cannot be recognised either; it is reported where it is used
                log.warn("{}", e.getMessage());
            }
        }
        List<String> variables = new ArrayList<>(apiKeyEnvars);
        USUAL_VARIABLES.values().forEach(variables::addAll);
        variables.add(MasterKey.VARIABLE);
        for (String variable : variables) {
            variable(variable).ifPresent(values::add);
        }
        return new Redactor(values);
    }

    private Optional<Found> find(String kind, String apiKeyEnvar) {
        Optional<String> entered = store.get(secretName(kind)).filter(value -> !value.isBlank());
        if (entered.isPresent()) {
            return entered.map(value -> new Found(value, ENTERED));
        }
        // A target that names its variable gets that key or none: falling back to the usual
        // variable could send, say, OPENAI_API_KEY to the other server an OpenAI-compatible target names.
        List<String> candidates = apiKeyEnvar == null || apiKeyEnvar.isBlank()
                ? usualVariables(kind)
                : List.of(apiKeyEnvar.strip());
        for (String variable : candidates) {
            Optional<String> value = variable(variable);
            if (value.isPresent()) {
                return value.map(v -> new Found(v, "environment variable " + variable));
            }
        }
        return Optional.empty();
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.apply(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String normalise(String kind) {
        return kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
    }

    private record Found(String value, String source) {

        @Override
        public String toString() {
            return "Found[source=" + source + "]";
        }
    }
}
