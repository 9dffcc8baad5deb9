package dev.promptsmith.ui.suites;

import dev.promptsmith.run.RunService;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an estimate reads: cells, tokens, cost, and the models whose price is unknown. */
final class RunEstimate {

    private RunEstimate() {
    }

    static String describe(RunService.Estimate estimate) {
        StringBuilder text = new StringBuilder();
        text.append(estimate.cells()).append(estimate.cells() == 1 ? " cell" : " cells")
                .append(" · ~").append(estimate.tokensIn()).append(" tokens in, up to ")
                .append(estimate.tokensOut()).append(" out · ");
        if (estimate.unpriced().isEmpty()) {
            text.append("about ").append(usd(estimate.costUsd()));
        } else {
            text.append("at least ").append(usd(estimate.costUsd()))
                    .append(" · price unknown for ").append(String.join(", ", estimate.unpriced()));
        }
        return text.toString();
    }

    static String usd(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        int scale = value.compareTo(BigDecimal.ONE) >= 0 ? 2 : 4;
        return "$" + value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
