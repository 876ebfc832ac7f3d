package netlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandCatalogTest {
    private final CommandCatalog catalog = new CommandCatalog();

    @Test
    void everyNameAndAliasFindsItsCommand() {
        for (CommandCatalog.Entry entry : catalog.entries()) {
            for (String name : entry.names()) {
                assertThat(new CommandCatalog().find(name)).as(name).contains(entry);
                assertThat(catalog.find(name)).as(name).contains(entry);
            }
        }
    }

    @Test
    void aClassNameIsNotACommandName() {
        for (String typed : List.of("", "Command", "HEXDUMP", "hexdumpCommand", "commands.hexdump",
                "netlab.shell.commands.Hexdump", "x".repeat(100_000))) {
            assertThat(catalog.find(typed)).as(typed).isEmpty();
        }
    }
}
