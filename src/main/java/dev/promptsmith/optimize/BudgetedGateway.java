package dev.promptsmith.optimize;

import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The gateway an optimization calls through: before every call it takes one call from the budget in the database
 * (and checks the cost and time limits); a call that does not fit is never sent and fails as
 * {@link ModelErrorKind#CANCELLED}. After each answer its cost is added.
 */
final class BudgetedGateway implements ModelGateway {

    /** Says whether one more call fits, and takes it when it does; otherwise returns why not. */
    interface Budgeter {
        /** @return {@code null} when the call was reserved, else why the budget refuses it */
        String reserve();

        void spent(BigDecimal cost);
    }

    private final ModelGateway delegate;
    private final Budgeter budgeter;
    private final AtomicReference<String> refusal = new AtomicReference<>();

    BudgetedGateway(ModelGateway delegate, Budgeter budgeter) {
        this.delegate = delegate;
        this.budgeter = budgeter;
    }

    /** Why the budget refused a call, or {@code null} when it never did. */
    String refusal() {
        return refusal.get();
    }

    @Override
    public String keyIdentity(ModelTarget target) {
        return delegate.keyIdentity(target);
    }

    @Override
    public ModelResponse call(ModelTarget target, ModelRequest request) {
        reserve(target);
        return spent(delegate.call(target, request));
    }

    @Override
    public ModelCall stream(ModelTarget target, ModelRequest request, Consumer<String> onToken) {
        reserve(target);
        ModelCall call = delegate.stream(target, request, onToken);
        call.result().thenAccept(this::spent);
        return call;
    }

    @Override
    public ModelCall submit(ModelTarget target, ModelRequest request) {
        reserve(target);
        ModelCall call = delegate.submit(target, request);
        call.result().thenAccept(this::spent);
        return call;
    }

    private void reserve(ModelTarget target) {
        String refused = budgeter.reserve();
        if (refused != null) {
            refusal.compareAndSet(null, refused);
            throw new ModelException(ModelErrorKind.CANCELLED, target.name() + " (" + target.providerId()
                    + "): not called: " + refused);
        }
    }

    private ModelResponse spent(ModelResponse response) {
        if (response.costUsd() != null) {
            budgeter.spent(response.costUsd());
        }
        return response;
    }
}
