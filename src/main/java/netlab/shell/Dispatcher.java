package netlab.shell;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import netlab.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one command line: splits it into words, finds the command, lets picocli parse the options,
 * runs the command inside a fresh {@link netlab.net.Scope}, and turns every way of failing into
 * one line and an exit status (0 ok, 1 failed, 2 usage). The REPL, one-shot mode, scripts and the
 * transcript tests all come through here.
 */
public final class Dispatcher {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int STOPPED = 130;

    private final Lab lab;
    private final Map<Class<?>, CommandLine> commandLines = new HashMap<>();
    private volatile Thread running;

    public Dispatcher(Lab lab) {
        this.lab = lab;
        lab.attach(this);
    }

    public int run(String line) {
        Console console = lab.console();
        List<String> words;
        try {
            words = LineSplitter.split(line.strip());
        } catch (UsageException e) {
            console.error(e.getMessage());
            return USAGE;
        }
        if (words.isEmpty() || words.get(0).startsWith("#")) {
            return OK;
        }
        return run(words);
    }

    public int run(List<String> words) {
        Console console = lab.console();
        String name = words.get(0);
        Optional<CommandCatalog.Entry> entry = lab.catalog().find(name);
        if (entry.isEmpty()) {
            console.error(unknownCommand(name));
            return USAGE;
        }
        CommandLine commandLine = commandLine(entry.get());
        String[] args = words.subList(1, words.size()).toArray(String[]::new);
        Thread outer = running;
        running = Thread.currentThread();
        netlab.net.Scope outerScope = lab.scope();
        netlab.net.Scope scope = lab.newScope();
        try {
            int status = execute(commandLine, args);
            return scope.cancelled() ? stopped() : status;
        } catch (Exception | StackOverflowError e) {
            return scope.cancelled() ? stopped() : report(e, commandLine.getCommandName());
        } finally {
            scope.close();
            lab.restoreScope(outerScope);
            running = outer;
            Thread.interrupted();
            console.flush();
        }
    }

    private int stopped() {
        lab.console().out().println();
        lab.console().out().println("stopped (Ctrl-C); everything the command opened is closed.");
        return STOPPED;
    }

    /** Ctrl-C: closes what the running command opened so it returns at once. */
    public void cancelRunning() {
        Thread thread = running;
        lab.scope().cancel();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private int execute(CommandLine commandLine, String[] args) throws Exception {
        ParseResult parsed = commandLine.parseArgs(args);
        if (CommandLine.printHelpIfRequested(parsed)) {
            return OK;
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandSpec spec = leaf.commandSpec();
        if (lab.console().json() && spec.findOption("--json") == null) {
            throw new UsageException(spec.qualifiedName() + " has no JSON form; run it without --json");
        }
        @SuppressWarnings("unchecked")
        Callable<Integer> command = (Callable<Integer>) spec.userObject();
        Integer status = command.call();
        return status == null ? OK : status;
    }

    private int report(Throwable e, String commandName) {
        Console console = lab.console();
        int status;
        String message;
        if (e instanceof ParameterException pe) {
            message = parameterMessage(pe);
            status = USAGE;
        } else if (e instanceof UsageException || e instanceof InvalidInputException) {
            message = e.getMessage();
            status = USAGE;
        } else if (e instanceof CommandFailedException) {
            message = e.getMessage();
            status = FAILED;
        } else if (e instanceof java.io.UncheckedIOException u) {
            message = Failures.describe(u.getCause());
            status = FAILED;
        } else if (e instanceof InterruptedException) {
            message = "interrupted";
            status = FAILED;
        } else if (e instanceof StackOverflowError) {
            message = "internal error: the input nests too deeply";
            status = FAILED;
        } else {
            message = Failures.describe(e);
            status = FAILED;
        }
        console.error(message);
        if (lab.debug()) {
            PrintWriter err = new PrintWriter(System.err, true);
            e.printStackTrace(err);
        }
        return status;
    }

    private static String parameterMessage(ParameterException pe) {
        String name = pe.getCommandLine().getCommandSpec().qualifiedName();
        String message = pe.getMessage();
        if (pe instanceof UnmatchedArgumentException ua) {
            List<String> suggestions = ua.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        if (pe.getCause() instanceof InvalidInputException ie) {
            message = ie.getMessage();
        }
        return message + "; see \"help " + name + "\"";
    }

    private String unknownCommand(String name) {
        String quoted = InvalidInputException.quote(name);
        return lab.catalog().nearest(name)
                .map(n -> "unknown command " + quoted + "; did you mean \"" + n + "\"? (\"help\" lists every command)")
                .orElse("unknown command " + quoted + " (\"help\" lists every command)");
    }

    /**
     * Parses {@code line} as a command without running it (a lesson's "try it" command, checked by
     * the catalogue test); empty when it parses, else the one-line problem.
     */
    public Optional<String> parseProblem(String line) {
        List<String> words;
        try {
            words = LineSplitter.split(line.strip());
        } catch (UsageException e) {
            return Optional.of(e.getMessage());
        }
        if (words.isEmpty()) {
            return Optional.of("an empty command");
        }
        Optional<CommandCatalog.Entry> entry = lab.catalog().find(words.get(0));
        if (entry.isEmpty()) {
            return Optional.of(unknownCommand(words.get(0)));
        }
        try {
            commandLine(entry.get()).parseArgs(words.subList(1, words.size()).toArray(String[]::new));
            return Optional.empty();
        } catch (ParameterException e) {
            return Optional.of(parameterMessage(e));
        }
    }

    /** True when {@code path} (e.g. {@code tcp sticky}) names a command or subcommand of this lab. */
    public boolean knows(List<String> path) {
        Optional<CommandCatalog.Entry> entry = lab.catalog().find(path.get(0));
        if (entry.isEmpty()) {
            return false;
        }
        CommandLine commandLine = commandLine(entry.get());
        for (String word : path.subList(1, path.size())) {
            commandLine = commandLine.getSubcommands().get(word);
            if (commandLine == null) {
                return false;
            }
        }
        return true;
    }

    /** The picocli command line for a catalog entry, built once per session. */
    CommandLine commandLine(CommandCatalog.Entry entry) {
        return commandLines.computeIfAbsent(entry.type(), type -> {
            CommandLine commandLine = new CommandLine(type, new LabFactory(lab));
            commandLine.setOut(lab.console().out());
            commandLine.setErr(lab.console().out());
            commandLine.setColorScheme(Help.defaultColorScheme(
                    lab.console().style().enabled() ? Help.Ansi.ON : Help.Ansi.OFF));
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setAbbreviatedOptionsAllowed(false);
            commandLine.setUsageHelpWidth(Math.min(100, lab.console().width()));
            commandLine.setUsageHelpAutoWidth(false);
            return commandLine;
        });
    }

    /** Creates command objects with the session, and everything else with its no-arg constructor. */
    private record LabFactory(Lab lab) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (LabCommand.class.isAssignableFrom(type)) {
                var constructor = type.getDeclaredConstructor(Lab.class);
                constructor.setAccessible(true);
                return constructor.newInstance(lab);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
