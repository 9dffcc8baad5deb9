package dev.promptsmith;

import dev.promptsmith.cli.PromptsmithCli;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two faces: without arguments, with {@code serve}, or with Spring settings only
 * ({@code --name=value}) it serves the web UI; anything else is a command, run headless without
 * the web server. An unknown command is an error, not a server.
 */
@SpringBootApplication
public class PromptsmithApplication {

    public static void main(String[] args) {
        Optional<String[]> server = PromptsmithCli.serverArguments(args);
        if (server.isEmpty()) {
            System.exit(PromptsmithCli.run(args));
        }
        SpringApplication.run(PromptsmithApplication.class, server.get());
    }
}
