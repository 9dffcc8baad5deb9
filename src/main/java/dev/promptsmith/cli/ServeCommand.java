package dev.promptsmith.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve}: listed with the commands so that {@code --help} names it. The jar's main starts
 * the server itself when {@code serve} is followed by settings only (see
 * {@link PromptsmithCli#serverArguments}); the command line only sees {@code serve} when something
 * else follows it, which is an error, or {@code --help}.
 */
@Command(name = ServeCommand.NAME, mixinStandardHelpOptions = true,
        description = {"Serves the web UI (the same as giving no command), on 127.0.0.1:8080 unless set otherwise.",
                "Spring Boot settings may follow, written --name=value: e.g. --server.port=9090, or "
                        + "--server.address=0.0.0.0, which needs an admin password (PROMPTSMITH_ADMIN_PASSWORD)."})
final class ServeCommand implements Callable<Integer> {

    static final String NAME = "serve";

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String notASetting = arguments.stream().filter(argument -> !PromptsmithCli.isSpringSetting(argument))
                .findFirst().orElse("");
        spec.commandLine().getErr().println("serve: '" + notASetting + "' is not a setting; serve takes only Spring "
                + "Boot settings written --name=value, e.g. --server.port=9090");
        spec.commandLine().getErr().flush();
        return 2;
    }
}
