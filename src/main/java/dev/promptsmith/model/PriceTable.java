package dev.promptsmith.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prices in US dollars per million tokens, input and output, by model name. Defaults cover
 * common hosted models (list prices of late 2026; edit them when your contract differs).
 * The longest matching prefix wins, so {@code gpt-4o-mini-2024} finds {@code gpt-4o-mini}.
 *
 * <p>A model's price, in this order: the price a user set for it; for a model that runs on the user's
 * machine or network ({@link ModelTarget#runsLocally()}) nothing, unless it is named as a listed hosted
 * model behind a local OpenAI-compatible proxy (LiteLLM serving {@code gpt-4o}); the listed price; else
 * none, and its cost is unknown.
 *
 * <p>A cost is worked out from the tokens of a call when it is shown, with the prices of that
 * moment: a price added later prices earlier results and cached answers too.
 */
@Component
public class PriceTable {

    /** Price per million tokens. */
    public record Price(BigDecimal input, BigDecimal output) {

        /** What a call with these tokens costs, to the hundred-millionth of a dollar. */
        public BigDecimal cost(int tokensIn, int tokensOut) {
            return input.multiply(BigDecimal.valueOf(tokensIn)).add(output.multiply(BigDecimal.valueOf(tokensOut)))
                    .movePointLeft(6).setScale(8, RoundingMode.HALF_UP);
        }
    }

    private static final Price FREE = new Price(BigDecimal.ZERO, BigDecimal.ZERO);

    private final Map<String, Price> prices = new ConcurrentHashMap<>(defaults());
    /** The prices a user set, which come before the rule that local models cost nothing. */
    private final Map<String, Price> set = new ConcurrentHashMap<>();
    private final PriceStore store;

    /** The default prices only, kept in memory. */
    public PriceTable() {
        this.store = null;
    }

    /** The default prices with the ones the user set on top; changes are stored. */
    @org.springframework.beans.factory.annotation.Autowired
    PriceTable(PriceStore store) {
        this.store = store;
        set.putAll(store.all());
        prices.putAll(set);
    }

    /** The default prices with the ones stored in this database on top; changes are stored. */
    public static PriceTable stored(JdbcClient jdbc, Clock clock) {
        return new PriceTable(new PriceStore(jdbc, clock));
    }

    public static Map<String, Price> defaults() {
        Map<String, Price> table = new LinkedHashMap<>();
        put(table, "gpt-4o-mini", "0.15", "0.60");
        put(table, "gpt-4o", "2.50", "10.00");
        put(table, "gpt-4.1-nano", "0.10", "0.40");
        put(table, "gpt-4.1-mini", "0.40", "1.60");
        put(table, "gpt-4.1", "2.00", "8.00");
        put(table, "gpt-5-nano", "0.05", "0.40");
        put(table, "gpt-5-mini", "0.25", "2.00");
        put(table, "gpt-5", "1.25", "10.00");
        put(table, "o4-mini", "1.10", "4.40");
        put(table, "o3", "2.00", "8.00");
        put(table, "claude-3-5-haiku", "0.80", "4.00");
        put(table, "claude-haiku-4", "1.00", "5.00");
        put(table, "claude-sonnet-4", "3.00", "15.00");
        put(table, "claude-3-7-sonnet", "3.00", "15.00");
        put(table, "claude-opus-4", "15.00", "75.00");
        put(table, "gemini-2.0-flash", "0.10", "0.40");
        put(table, "gemini-2.5-flash", "0.30", "2.50");
        put(table, "gemini-2.5-pro", "1.25", "10.00");
        put(table, "deepseek-chat", "0.27", "1.10");
        put(table, "mistral-small", "0.10", "0.30");
        put(table, "mistral-large", "2.00", "6.00");
        return table;
    }

    private static void put(Map<String, Price> table, String model, String input, String output) {
        table.put(model, new Price(new BigDecimal(input), new BigDecimal(output)));
    }

    public Map<String, Price> all() {
        return Map.copyOf(prices);
    }

    /**
     * Sets the price of a model (or of every model whose name starts with {@code model}).
     *
     * @throws IllegalArgumentException for an empty name or a negative price
     */
    public void set(String model, Price price) {
        String key = model == null ? "" : model.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a price needs the model name it is for");
        }
        if (price.input() == null || price.output() == null || price.input().signum() < 0 || price.output().signum() < 0) {
            throw new IllegalArgumentException("the prices of '" + key + "' must be zero or more dollars per million tokens");
        }
        if (store != null) {
            store.put(key, price);
        }
        set.put(key, price);
        prices.put(key, price);
    }

    public Optional<Price> find(ModelTarget target) {
        String model = target.modelName() == null ? "" : target.modelName().toLowerCase(Locale.ROOT);
        String bare = model.contains("/") ? model.substring(model.lastIndexOf('/') + 1) : model;
        Optional<Price> chosen = longest(set, bare);
        if (chosen.isPresent()) {
            return chosen;
        }
        boolean local = target.runsLocally();
        // Ollama serves the weights it pulled, never a hosted model of the same name
        Optional<Price> listed = local && target.kind() == ProviderKind.OLLAMA ? Optional.empty() : longest(prices, bare);
        return listed.isPresent() || !local ? listed : Optional.of(FREE);
    }

    private static Optional<Price> longest(Map<String, Price> table, String bare) {
        return table.entrySet().stream()
                .filter(e -> bare.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** The cost of a call, or {@code null} when the model's price is unknown. */
    public BigDecimal cost(ModelTarget target, int tokensIn, int tokensOut) {
        return find(target).map(p -> p.cost(tokensIn, tokensOut)).orElse(null);
    }

    /**
     * The cost of a call with these tokens at today's prices; {@code before}, the cost it was given, when
     * the tokens are unknown or the model has no price now.
     */
    public BigDecimal cost(ModelTarget target, Integer tokensIn, Integer tokensOut, BigDecimal before) {
        if (tokensIn == null || tokensOut == null) {
            return before;
        }
        BigDecimal now = cost(target, tokensIn, tokensOut);
        return now == null ? before : now;
    }

    /** The answer priced at today's prices (a cached answer keeps the cost of its day only without a price now). */
    public ModelResponse priced(ModelTarget target, ModelResponse response) {
        BigDecimal now = cost(target, response.tokensIn(), response.tokensOut(), response.costUsd());
        return now == null ? response : response.withCost(now);
    }
}
