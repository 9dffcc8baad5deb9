package dev.promptsmith.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads promptfoo provider ids ({@code openai:chat:gpt-4o-mini}, {@code openai:responses:MODEL},
 * {@code anthropic:messages:MODEL},
 * {@code google:MODEL}, {@code ollama:chat:MODEL}, {@code azure:chat:DEPLOYMENT}, {@code echo},
 * hosted OpenAI-compatible services such as {@code groq:MODEL}, the generic {@code https://URL}
 * and {@code exec:COMMAND}) with their {@code config} into model targets: the request options
 * promptfoo sends (see {@code ProviderConfig}) with its defaults ({@code PromptfooDefaults}), and
 * base URLs from the environment as promptfoo reads them ({@code EnvironmentBaseUrl}).
 */
public final class ProviderIds {

    private static final Map<String, String[]> COMPATIBLE = Map.of(
            "groq", new String[] {"https://api.groq.com/openai/v1", "GROQ_API_KEY"},
            "mistral", new String[] {"https://api.mistral.ai/v1", "MISTRAL_API_KEY"},
            "deepseek", new String[] {"https://api.deepseek.com/v1", "DEEPSEEK_API_KEY"},
            "openrouter", new String[] {"https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"});

    /** Promptsmith's own setting for Ollama's URL, which suite files' ollama: providers use after OLLAMA_BASE_URL. */
    public static final String OLLAMA_URL_SETTING = "promptsmith.ollama-url";

    private ProviderIds() {
    }

    /**
     * The environment as suite files' providers read it: the process's variables, with {@code ollamaUrl} (the
     * {@value #OLLAMA_URL_SETTING} setting) standing in for {@code OLLAMA_BASE_URL} when that is not set. So an
     * {@code ollama:} provider goes to its config's apiBaseUrl, else OLLAMA_BASE_URL, else the setting, else
     * {@code http://localhost:11434}.
     *
     * @param ollamaUrl {@code null} or blank when the setting is not given
     */
    public static UnaryOperator<String> environment(String ollamaUrl) {
        return environment(System::getenv, ollamaUrl);
    }

    static UnaryOperator<String> environment(UnaryOperator<String> env, String ollamaUrl) {
        return name -> {
            String value = env.apply(name);
            boolean unset = value == null || value.isBlank();
            return unset && name.equals("OLLAMA_BASE_URL") && ollamaUrl != null && !ollamaUrl.isBlank()
                    ? ollamaUrl.strip() : value;
        };
    }

    /**
     * A provider entry of a suite file: {@code {id, label, config}}.
     *
     * @throws IllegalArgumentException naming the id when it is not one Promptsmith supports
     */
    public static ModelTarget parse(Map<String, Object> provider) {
        Map<String, ?> config = provider.get("config") instanceof Map<?, ?> c ? asStrings(c) : Map.of();
        Object label = provider.get("label");
        return parse(String.valueOf(provider.get("id")), label == null ? null : label.toString(), config);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asStrings(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    /**
     * @param label  the name to show, or {@code null} to use the id
     * @param config promptfoo's provider {@code config}: apiBaseUrl, apiKeyEnvar and the request options
     * @throws IllegalArgumentException naming the id (and the key) when it is not one Promptsmith supports
     */
    public static ModelTarget parse(String id, String label, Map<String, ?> config) {
        // the command line takes Promptsmith's settings as -D system properties, or as the variable Spring would read
        return parse(id, label, config, environment(System.getProperty(OLLAMA_URL_SETTING,
                System.getenv("PROMPTSMITH_OLLAMA_URL"))));
    }

    /**
     * As {@link #parse(String, String, Map)}, with promptfoo's defaults read from this environment.
     *
     * @param env the value of an environment variable, {@code null} when it is not set
     */
    public static ModelTarget parse(String id, String label, Map<String, ?> config, UnaryOperator<String> env) {
        Map<String, ?> settings = config == null ? Map.of() : config;
        ModelTarget target = target(id, label, settings, env);
        for (String key : settings.keySet()) {
            ProviderConfig.refusal(target.kind(), target.modelName(), key, settings).ifPresent(reason -> {
                throw new IllegalArgumentException("provider '" + id.strip() + "': " + reason);
            });
        }
        Map<String, Object> options = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (value != null && (!ProviderConfig.SETTINGS.contains(key) || key.equals("omitDefaults")
                    || key.equals("apiVersion"))) {
                options.put(key, value);
            }
        });
        return new ModelTarget(null, target.name(), target.kind(), target.modelName(), target.baseUrl(),
                target.apiKeyEnvar(), PromptfooDefaults.apply(target.kind(), target.modelName(), options, env));
    }

    /**
     * What keeps a provider entry of a suite file from running as promptfoo runs it: by config key,
     * or under the key {@code "id"} when the id itself is not supported. Empty when it runs.
     */
    public static Map<String, String> problems(String id, Map<String, ?> config) {
        Map<String, ?> settings = config == null ? Map.of() : config;
        Map<String, String> problems = new LinkedHashMap<>();
        ModelTarget target;
        try {
            // the environment of the run may still name a resource or base URL: only the file is judged here
            target = target(id, null, settings, name -> name.equals("AZURE_API_HOST") ? "resource.example" : null);
        } catch (IllegalArgumentException e) {
            problems.put("id", e.getMessage());
            return problems;
        }
        for (String key : settings.keySet()) {
            ProviderConfig.refusal(target.kind(), target.modelName(), key, settings)
                    .ifPresent(reason -> problems.put(key, "provider '" + id.strip() + "': " + reason));
        }
        return problems;
    }

    private static ModelTarget target(String id, String label, Map<String, ?> settings, UnaryOperator<String> env) {
        String trimmed = id == null ? "" : id.strip();
        String[] parts = trimmed.split(":", 3);
        String provider = parts[0];
        String baseUrl = text(settings.get("apiBaseUrl"));
        String envar = text(settings.get("apiKeyEnvar"));
        ProviderKind kind;
        String model;
        if (trimmed.equals("echo")) {
            kind = ProviderKind.ECHO;
            model = "echo";
        } else if (provider.equals("exec") && parts.length > 1 && !trimmed.substring("exec:".length()).isBlank()) {
            return new ModelTarget(null, label == null || label.isBlank() ? trimmed : label.strip(), ProviderKind.EXEC,
                    trimmed.substring("exec:".length()).strip(), null, null, Map.of());
        } else if (trimmed.matches("(?i)https?(://.*)?")) {
            kind = ProviderKind.HTTP;
            baseUrl = text(settings.get("url")) != null ? text(settings.get("url")) : trimmed.contains("://") ? trimmed
                    : null;
            if (baseUrl == null) {
                throw new IllegalArgumentException("provider '" + trimmed + "': config.url is required");
            }
            model = trimmed.contains("://") ? trimmed : baseUrl;
            return new ModelTarget(null, label == null || label.isBlank() ? trimmed : label.strip(), kind, model,
                    baseUrl, null, Map.of());
        } else if ((provider.equals("azure") || provider.equals("azureopenai")) && parts.length == 3
                && parts[1].equals("chat") && !parts[2].isBlank()) {
            return azure(trimmed, label, parts[2], settings, env);
        } else if (COMPATIBLE.containsKey(provider) && parts.length >= 2) {
            kind = ProviderKind.OPENAI;
            model = trimmed.substring(provider.length() + 1).replaceFirst("^chat:", "");
            // the service's variable goes to the service's URL: a suite that points groq: elsewhere
            // gets GROQ_API_KEY only by naming it
            if (baseUrl == null) {
                baseUrl = COMPATIBLE.get(provider)[0];
                envar = envar == null ? COMPATIBLE.get(provider)[1] : envar;
            }
        } else if (provider.equals("ollama") && parts.length >= 2) {
            kind = ProviderKind.OLLAMA;
            model = ollamaModel(trimmed, parts);
        } else if (provider.equals("openai") && parts.length == 3 && parts[1].equals("responses")) {
            kind = ProviderKind.OPENAI_RESPONSES;
            model = parts[2].strip();
        } else {
            kind = switch (provider) {
                case "openai" -> ProviderKind.OPENAI;
                case "anthropic" -> ProviderKind.ANTHROPIC;
                case "google" -> ProviderKind.GOOGLE;
                case "ollama" -> ProviderKind.OLLAMA;
                case "bedrock" -> throw bedrock(trimmed);
                default -> throw unsupported(trimmed);
            };
            model = model(trimmed, kind, parts);
        }
        if (model.isBlank()) {
            throw unsupported(trimmed);
        }
        String host = kind == ProviderKind.OPENAI || kind == ProviderKind.OPENAI_RESPONSES
                ? text(settings.get("apiHost")) : null;
        if (host != null) {
            // promptfoo: apiHost comes before apiBaseUrl
            baseUrl = "https://" + host + "/v1";
        } else if (baseUrl == null && !COMPATIBLE.containsKey(provider)) {
            String fromEnvironment = EnvironmentBaseUrl.of(kind, env);
            if (fromEnvironment != null) {
                // the user set both the URL and the usual key variable: the key may go there
                baseUrl = fromEnvironment;
                envar = envar == null ? kind.keyVariable() : envar;
            }
        }
        return new ModelTarget(null, label == null || label.isBlank() ? trimmed : label.strip(), kind, model,
                baseUrl, envar, Map.of());
    }

    /** promptfoo's Azure provider: config.apiBaseUrl, config.apiHost, then the AZURE_ variables. */
    private static ModelTarget azure(String id, String label, String deployment, Map<String, ?> settings,
                                     UnaryOperator<String> env) {
        String baseUrl = text(settings.get("apiBaseUrl"));
        String host = text(settings.get("apiHost"));
        String envar = text(settings.get("apiKeyEnvar"));
        if (baseUrl == null && host != null) {
            baseUrl = "https://" + host.replaceFirst("^https?://", "").replaceFirst("/$", "");
        }
        if (baseUrl == null) {
            baseUrl = EnvironmentBaseUrl.of(ProviderKind.AZURE, env);
            if (baseUrl != null && envar == null) {
                // the user set both the resource and the usual key variable: the key may go there
                envar = env.apply("AZURE_API_KEY") == null && env.apply("AZURE_OPENAI_API_KEY") != null
                        ? "AZURE_OPENAI_API_KEY" : "AZURE_API_KEY";
            }
        }
        if (baseUrl == null) {
            throw new IllegalArgumentException("provider '" + id + "': config.apiHost (the resource's host, e.g. "
                    + "my-resource.openai.azure.com) or AZURE_API_HOST is required");
        }
        return new ModelTarget(null, label == null || label.isBlank() ? id : label.strip(), ProviderKind.AZURE,
                deployment, baseUrl.replaceFirst("/$", ""), envar, Map.of());
    }

    /**
     * promptfoo's {@code ollama:chat:MODEL}, {@code ollama:completion:MODEL} and {@code ollama:MODEL}; a model name
     * may have a tag ({@code llama3.2:3b}). The completion forms are called on Ollama's chat API with the prompt as
     * one user message, which Ollama renders with the same template as its generate API.
     */
    private static String ollamaModel(String id, String[] parts) {
        if (parts[1].equals("embedding") || parts[1].equals("embeddings")) {
            throw new IllegalArgumentException(unsupported(id).getMessage() + ": an embedding model does not answer "
                    + "prompts");
        }
        boolean named = parts[1].equals("chat") || parts[1].equals("completion");
        String model = named ? (parts.length == 3 ? parts[2] : "") : id.substring("ollama:".length());
        return model.strip();
    }

    private static String model(String id, ProviderKind kind, String[] parts) {
        if (parts.length == 2) {
            return parts[1];
        }
        if (parts.length == 3) {
            String expected = switch (kind) {
                case OPENAI, OLLAMA -> "chat";
                case ANTHROPIC -> "messages";
                case GOOGLE -> "chat";
                case ECHO, HTTP, EXEC, AZURE, OPENAI_RESPONSES -> "";
            };
            if (!parts[1].equals(expected)) {
                throw unsupported(id);
            }
            return parts[2];
        }
        return "";
    }

    /** Bedrock's own API needs AWS request signing, which Promptsmith does not do: say what works instead. */
    private static IllegalArgumentException bedrock(String id) {
        return new IllegalArgumentException(unsupported(id).getMessage() + ". Bedrock's API takes AWS-signed "
                + "requests, which Promptsmith does not make: call the model through an OpenAI-compatible gateway in "
                + "front of Bedrock (such as LiteLLM or AWS's Bedrock Access Gateway) with openai:chat:MODEL and "
                + "config.apiBaseUrl, or at its own provider (anthropic:messages:MODEL, openai:responses:MODEL ...)");
    }

    private static IllegalArgumentException unsupported(String id) {
        return new IllegalArgumentException("provider '" + id + "' is not supported: use openai:chat:MODEL "
                + "or openai:responses:MODEL "
                + "(with config.apiBaseUrl for compatible servers), anthropic:messages:MODEL, google:MODEL, "
                + "ollama:chat:MODEL (or ollama:MODEL), azure:chat:DEPLOYMENT, groq:MODEL, mistral:MODEL, deepseek:MODEL, openrouter:MODEL, https://URL "
                + "(or http with config.url), exec:COMMAND or echo");
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
