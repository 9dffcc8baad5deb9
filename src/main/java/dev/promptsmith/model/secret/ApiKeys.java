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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Finds the API key for a call to a {@link KeyDestination}, in this order: the environment variable
 * the model names ({@code apiKeyEnvar}, if {@link KeyVariables} lets it be read); else a key entered
 * in Promptsmith for that very destination; else, for the provider's public endpoint only, the
 * provider's usual variables such as {@code OPENAI_API_KEY}. A key is never sent to a base URL it
 * was not entered or named for.
 */
@Service
public class ApiKeys {

    static final String ENTERED = "entered in Promptsmith";
    static final String NONE = "none";
    static final String UNREADABLE = "the entered key cannot be read (the master key changed): enter it again";

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
    private final KeyVariables variables;
    private final String masterKeySource;

    @Autowired
    public ApiKeys(SecretStore store, MasterKey masterKey,
                   @Value("${" + KeyVariables.SETTING + ":}") String allowedVariables) {
        this(store, System::getenv, KeyVariables.allowing(allowedVariables), masterKey.source());
    }

    /**
     * @param store       the keys entered in Promptsmith, or {@code null} where there are none (the command line)
     * @param environment reads an environment variable, {@code System::getenv} outside tests
     */
    public ApiKeys(SecretStore store, Function<String, String> environment, KeyVariables variables) {
        this(store, environment, variables, MasterKey.VARIABLE + " or the key file in the data folder");
    }

    private ApiKeys(SecretStore store, Function<String, String> environment, KeyVariables variables,
                    String masterKeySource) {
        this.store = store;
        this.environment = environment;
        this.variables = variables;
        this.masterKeySource = masterKeySource;
    }

    /** Keys from the environment only, for the command line, which has no entered keys. */
    public static ApiKeys environmentOnly(Function<String, String> environment, KeyVariables variables) {
        return new ApiKeys(null, environment, variables);
    }

    /** The environment variables a provider kind's key is usually read from, in order; empty when it needs none. */
    public static List<String> usualVariables(String kind) {
        return USUAL_VARIABLES.getOrDefault(normalise(kind), List.of());
    }

    /**
     * The key to call a destination with.
     *
     * @param apiKeyEnvar the environment variable the model names for its key, or null
     * @throws UnreadableSecretException    when a key was entered for it but cannot be decrypted
     * @throws RefusedKeyVariableException  when {@code apiKeyEnvar} may not be read
     */
    public Optional<String> forDestination(KeyDestination destination, String apiKeyEnvar) {
        return find(destination, apiKeyEnvar).map(Found::value);
    }

    /**
     * Where the key comes from and its masked form, e.g. {@code environment variable OPENAI_API_KEY · sk-…abcd};
     * never throws: a key that cannot be read or a variable that may not be read is said so.
     */
    public String describe(KeyDestination destination, String apiKeyEnvar) {
        try {
            return find(destination, apiKeyEnvar).map(found -> found.source() + " · " + Masking.mask(found.value()))
                    .orElse(NONE);
        } catch (UnreadableSecretException e) {
            return UNREADABLE;
        } catch (RefusedKeyVariableException e) {
            return e.getMessage();
        }
    }

    /** Where {@link #forDestination} takes the key from, without the key: {@code entered in Promptsmith}, ... */
    public String source(KeyDestination destination, String apiKeyEnvar) {
        return find(destination, apiKeyEnvar).map(Found::source).orElse(NONE);
    }

    /** Stores a key entered for a destination, encrypted; it is sent to that destination only. */
    public void store(KeyDestination destination, String value) {
        if (store == null) {
            throw new IllegalStateException("keys cannot be entered here");
        }
        store.put(destination.secretName(), value.strip());
    }

    /**
     * The destinations whose entered keys cannot be decrypted any more (the master key was lost or
     * replaced), as people read them: {@code openai at https://api.openai.com/v1}. Their keys must be
     * entered again.
     */
    public List<String> unreadable() {
        return unreadableNames().stream().map(KeyDestination::describeSecret).toList();
    }

    /** Where the master key that encrypts entered keys comes from, to tell people; never the key. */
    public String masterKeySource() {
        return masterKeySource;
    }

    /** Deletes the entered keys that cannot be decrypted; returns how many there were. */
    public int forgetUnreadable() {
        int forgotten = 0;
        for (String name : unreadableNames()) {
            forgotten += store.delete(name) ? 1 : 0;
        }
        return forgotten;
    }

    private List<String> unreadableNames() {
        if (store == null) {
            return List.of();
        }
        List<String> lost = new ArrayList<>();
        for (String name : store.names()) {
            if (name.startsWith(KeyDestination.SECRET_PREFIX)) {
                try {
                    store.get(name);
                } catch (UnreadableSecretException e) {
                    lost.add(name);
                }
            }
        }
        return lost;
    }

    /** A redactor that knows every stored secret and every provider key in the environment. */
    public Redactor redactor() {
        return redactor(List.of());
    }

    /** Like {@link #redactor()}, also knowing the values of the variables model targets name. */
    public Redactor redactor(Collection<String> apiKeyEnvars) {
        List<String> values = new ArrayList<>();
        if (store != null) {
            for (String name : store.names()) {
                try {
                    store.get(name).ifPresent(values::add);
                } catch (UnreadableSecretException e) {
                    // what cannot be decrypted cannot be recognised either; it is reported where it is used
                    log.debug("{}", e.getMessage());
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (String name : apiKeyEnvars) {
            if (variables.allows(name)) {
                names.add(name);
            }
        }
        USUAL_VARIABLES.values().forEach(names::addAll);
        names.add(MasterKey.VARIABLE);
        for (String name : names) {
            variable(name).ifPresent(values::add);
        }
        return new Redactor(values);
    }

    private Optional<Found> find(KeyDestination destination, String apiKeyEnvar) {
        String named = apiKeyEnvar == null || apiKeyEnvar.isBlank() ? null : apiKeyEnvar.strip();
        if (named != null) {
            variables.check(named);
            Optional<String> value = variable(named);
            if (value.isPresent()) {
                return value.map(v -> new Found(v, "environment variable " + named));
            }
        }
        if (store != null) {
            Optional<String> entered = store.get(destination.secretName()).filter(value -> !value.isBlank());
            if (entered.isPresent()) {
                return entered.map(value -> new Found(value, ENTERED));
            }
        }
        // The usual variable is meant for the provider's own endpoint: another base URL (a local
        // server, a proxy, a URL in someone's suite file) gets it only when the model names it.
        if (named == null && destination.publicEndpoint()) {
            for (String variable : usualVariables(destination.kind())) {
                Optional<String> value = variable(variable);
                if (value.isPresent()) {
                    return value.map(v -> new Found(v, "environment variable " + variable));
                }
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
