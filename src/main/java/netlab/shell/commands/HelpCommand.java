package netlab.shell.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netlab.core.InvalidInputException;
import netlab.shell.CommandCatalog;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "help", aliases = "?", mixinStandardHelpOptions = true,
        description = "List the commands, or show how to use one (its options and an example).",
        footer = {"", "Examples:", "  help", "  help hexdump"})
public final class HelpCommand extends LabCommand {
    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "A command (and subcommand) to explain.")
    List<String> topic = new ArrayList<>();

    HelpCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        if (topic == null || topic.isEmpty()) {
            listAll();
        } else {
            usageOf(topic);
        }
        return 0;
    }

    private void listAll() {
        Map<String, List<CommandCatalog.Entry>> groups = new LinkedHashMap<>();
        for (CommandCatalog.Entry entry : lab.catalog().entries()) {
            groups.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry);
        }
        int width = lab.catalog().entries().stream().mapToInt(e -> e.name().length()).max().orElse(8) + 2;
        for (var group : groups.entrySet()) {
            println(style().heading(group.getKey()));
            for (CommandCatalog.Entry entry : group.getValue()) {
                String name = entry.name();
                println("  " + style().command(name) + " ".repeat(width - name.length()) + entry.summary());
            }
        }
        println("");
        println("Type \"help COMMAND\" for its options and an example. Tab completes; Ctrl-C stops a demo; Ctrl-D leaves.");
    }

    private void usageOf(List<String> words) {
        CommandCatalog.Entry entry = lab.catalog().find(words.get(0)).orElseThrow(() -> new UsageException(
                "no command called " + InvalidInputException.quote(words.get(0))
                        + lab.catalog().nearest(words.get(0)).map(n -> "; did you mean \"" + n + "\"?").orElse("")
                        + " (\"help\" lists every command)"));
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        args.add("--help");
        lab.run(String.join(" ", quoteAll(entry.name(), args)));
    }

    private static List<String> quoteAll(String name, List<String> args) {
        List<String> words = new ArrayList<>();
        words.add(name);
        for (String a : args) {
            words.add(a.matches("[A-Za-z0-9._/:-]+") ? a : "'" + a.replace("'", "") + "'");
        }
        return words;
    }
}
