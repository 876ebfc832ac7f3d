package netlab.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every command: a picocli command object constructed with the {@link Lab} session.
 * Subclasses implement {@link #execute()} and return 0 (ok) or 1 (failed); they report bad input
 * by throwing {@link UsageException} or {@code InvalidInputException} and failures by throwing
 * {@link CommandFailedException} — the dispatcher turns those into one line and an exit status.
 */
public abstract class LabCommand implements Callable<Integer> {
    protected final Lab lab;

    @Spec
    protected CommandSpec spec;

    protected LabCommand(Lab lab) {
        this.lab = lab;
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    protected abstract int execute() throws Exception;

    protected Console console() {
        return lab.console();
    }

    protected Style style() {
        return lab.console().style();
    }

    protected void println(String line) {
        lab.console().println(line);
    }

    /** True when this run should print JSON: the global {@code --json} or the command's own. */
    protected boolean json(JsonOption option) {
        return lab.console().json() || option.on;
    }
}
