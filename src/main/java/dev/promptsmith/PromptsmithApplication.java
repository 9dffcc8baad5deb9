package dev.promptsmith;

import dev.promptsmith.cli.PromptsmithCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two faces: without arguments (or with Spring options) it serves the web UI;
 * with a command name it runs that command headless, without starting the web server.
 */
@SpringBootApplication
public class PromptsmithApplication {

    public static void main(String[] args) {
        if (PromptsmithCli.handles(args)) {
            System.exit(PromptsmithCli.run(args));
        }
        SpringApplication.run(PromptsmithApplication.class, args);
    }
}
