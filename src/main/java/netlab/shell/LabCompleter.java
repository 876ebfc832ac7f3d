package netlab.shell;

import java.util.List;
import java.util.Optional;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion from the commands' own picocli specs: the first word completes to a command,
 * later words to the subcommands and options of the command typed so far, to an option's listed
 * values (enums, {@code completionCandidates}), and otherwise to file names.
 */
final class LabCompleter implements Completer {
    private final Lab lab;
    private final Dispatcher dispatcher;
    private final Completer files = new Completers.FileNameCompleter();

    LabCompleter(Lab lab, Dispatcher dispatcher) {
        this.lab = lab;
        this.dispatcher = dispatcher;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        if (index == 0) {
            for (CommandCatalog.Entry entry : lab.catalog().entries()) {
                candidates.add(new Candidate(entry.name(), entry.name(), entry.group(), entry.summary(), null, null, true));
            }
            return;
        }
        Optional<CommandCatalog.Entry> entry = lab.catalog().find(words.get(0));
        if (entry.isEmpty()) {
            return;
        }
        CommandSpec spec = dispatcher.commandLine(entry.get()).getCommandSpec();
        for (int i = 1; i < index; i++) {
            CommandLine sub = spec.subcommands().get(words.get(i));
            if (sub != null) {
                spec = sub.getCommandSpec();
            }
        }
        String previous = words.get(index - 1);
        OptionSpec valueOf = spec.findOption(previous);
        if (valueOf != null && valueOf.arity().max() > 0) {
            Iterable<String> values = valueOf.completionCandidates();
            if (values != null) {
                for (String v : values) {
                    candidates.add(new Candidate(v));
                }
                return;
            }
            files.complete(reader, line, candidates);
            return;
        }
        String current = line.word();
        if (current.startsWith("-")) {
            for (OptionSpec option : spec.options()) {
                for (String name : option.names()) {
                    String description = option.description().length > 0 ? option.description()[0] : null;
                    candidates.add(new Candidate(name, name, null, description, null, null, true));
                }
            }
            return;
        }
        if (!spec.subcommands().isEmpty()) {
            for (var sub : spec.subcommands().entrySet()) {
                String[] description = sub.getValue().getCommandSpec().usageMessage().description();
                candidates.add(new Candidate(sub.getKey(), sub.getKey(), null,
                        description.length > 0 ? description[0] : null, null, null, true));
            }
            return;
        }
        if (!spec.positionalParameters().isEmpty()) {
            Iterable<String> values = spec.positionalParameters().get(0).completionCandidates();
            if (values != null) {
                for (String v : values) {
                    candidates.add(new Candidate(v));
                }
                return;
            }
        }
        files.complete(reader, line, candidates);
    }
}
