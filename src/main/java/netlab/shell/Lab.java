package netlab.shell;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import netlab.net.Scope;

/**
 * One lab session: the console, the global options, the state folder, the command catalog, the
 * scope of the command that is running, and session-wide services (lesson position, captured
 * traffic…) that commands share. Every command is constructed with it.
 */
public final class Lab {
    private final Console console;
    private final Options options;
    private final CommandCatalog catalog = new CommandCatalog();
    private final Map<Class<?>, Object> services = new HashMap<>();
    private volatile Scope scope = new Scope();
    private Dispatcher dispatcher;
    private String promptTag = "";
    private boolean exitRequested;

    /** Global options given to {@code ./lab} before the command. */
    public record Options(boolean debug, boolean json, Path stateDir, Optional<Path> lessonsDir) {
    }

    public Lab(Console console, Options options) {
        this.console = console;
        this.options = options;
    }

    public Console console() {
        return console;
    }

    public Options options() {
        return options;
    }

    public boolean debug() {
        return options.debug();
    }

    public CommandCatalog catalog() {
        return catalog;
    }

    /** The folder for history and progress ({@code $NETLAB_HOME}, else the XDG state folder). */
    public Path stateDir() {
        return options.stateDir();
    }

    /** The resources of the command that is running now; closed when it ends or on Ctrl-C. */
    public Scope scope() {
        return scope;
    }

    Scope newScope() {
        scope = new Scope();
        return scope;
    }

    void restoreScope(Scope previous) {
        scope = previous;
    }

    /** A session-wide service, created on first use (e.g. the lesson cursor, the capture store). */
    public synchronized <T> T service(Class<T> type, Supplier<T> create) {
        return type.cast(services.computeIfAbsent(type, k -> create.get()));
    }

    /** Runs another command line as if typed (a lesson's "try it"); returns its exit status. */
    public int run(String line) {
        return dispatcher.run(line);
    }

    void attach(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Where the learner is, shown in the prompt as {@code lab[TAG]>}; empty for none. */
    public void setPromptTag(String tag) {
        this.promptTag = tag == null ? "" : tag;
    }

    public String prompt() {
        return promptTag.isEmpty() ? "lab> " : "lab[" + promptTag + "]> ";
    }

    public void requestExit() {
        exitRequested = true;
    }

    public boolean exitRequested() {
        return exitRequested;
    }
}
