package dev.promptsmith.model.secret;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which environment variables a model's {@code apiKeyEnvar} may name. A suite file can come from
 * anyone (a pull request, a colleague, the internet): if it could name any variable, it could send
 * a CI secret such as {@code AWS_SECRET_ACCESS_KEY} to the base URL it names. So only names that
 * say they hold an API key or token are read, plus those the operator lists in the setting
 * {@value #SETTING} (environment variable {@value #VARIABLE}), separated by commas.
 */
public final class KeyVariables {

    public static final String SETTING = "promptsmith.key-variables";
    public static final String VARIABLE = "PROMPTSMITH_KEY_VARIABLES";

    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_]*_(API_KEY|TOKEN)");

    private final Set<String> allowed;

    private KeyVariables(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** @param list the setting's value: names separated by commas; blank or {@code null} for none */
    public static KeyVariables allowing(String list) {
        if (list == null || list.isBlank()) {
            return new KeyVariables(Set.of());
        }
        return new KeyVariables(Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean allows(String name) {
        return name != null && (KEY_LIKE.matcher(name).matches() || allowed.contains(name));
    }

    /**
     * @throws RefusedKeyVariableException when the name may not be read
     */
    public void check(String name) {
        if (!allows(name)) {
            throw new RefusedKeyVariableException(name);
        }
    }
}
