package netlab.shell;

import java.util.stream.Collectors;

/**
 * A command that only holds subcommands ({@code tcp}, {@code udp}, {@code tftp}…): run bare, it
 * says which subcommands there are.
 */
public abstract class GroupCommand extends LabCommand {
    protected GroupCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        String names = spec.subcommands().keySet().stream().collect(Collectors.joining(", "));
        throw new UsageException(spec.name() + " needs a subcommand: " + names
                + " (e.g. \"" + spec.name() + " " + spec.subcommands().keySet().iterator().next()
                + "\"; \"help " + spec.name() + "\" for more)");
    }
}
