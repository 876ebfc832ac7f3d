package netlab.shell;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import netlab.core.lesson.LessonCatalog;
import netlab.core.lesson.ProgressStore;
import org.jline.terminal.Terminal;

/**
 * The {@code lab} program: reads the global flags, then runs the interactive shell, one command
 * ({@code ./lab CMD ARGS…}), or a script ({@code --script FILE} or piped stdin).
 */
public final class Main {
    static final String USAGE = """
            Usage: lab [--no-color] [--json] [--debug] [--lessons DIR] [COMMAND [ARGS…]]
                   lab --script FILE      run commands from FILE (or pipe them on stdin)
                   lab --version | --help
            With no COMMAND and a terminal, opens the interactive shell. Exit status: 0 ok, 1 failed, 2 usage.
            """;

    /** The global flags, read before the command name. */
    record Flags(boolean noColor, boolean json, boolean debug, boolean version, boolean help,
                 Optional<Path> script, Optional<Path> lessons, List<String> command) {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = new Main().run(args, System.in, out, err, System.getenv(),
                isTerminal("netlab.stdin.tty"), isTerminal("netlab.stdout.tty"));
        if (Boolean.getBoolean("netlab.aot.repl")) {
            // The launcher records its start-up cache by running the training script with this
            // property inside a pseudo-terminal: the interactive shell then opens too (and reads
            // "exit"), so the terminal's classes are in the cache as well.
            new Main().run(new String[0], System.in, out, err, System.getenv(), true, true);
        }
        out.flush();
        err.flush();
        if (status == Dispatcher.OK && onlyThreadLeft()) {
            return;
        }
        System.exit(status);
    }

    /**
     * Whether no other thread would keep the JVM running once main returns. Returning is the quicker
     * way out: from main's last line to the end of the process, {@code System.exit} took 22 ms and a
     * return 12–14 ms (medians of 15, {@code hexdump --text hi}). With the JIT off ({@code -Xint})
     * {@code System.exit} took 12 ms too: it waits for a compiler thread that is still compiling.
     * An exit status other than 0, or a thread left running, goes through {@code System.exit}.
     */
    static boolean onlyThreadLeft() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 8];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) {
                return false;
            }
        }
        return count < threads.length;
    }

    /** Runs the lab with explicit streams and environment (the tests call this). */
    public int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
                   boolean stdinTty, boolean stdoutTty) {
        Flags flags;
        try {
            flags = parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return Dispatcher.USAGE;
        }
        if (flags.version()) {
            out.println("netlab " + Version.NUMBER);
            return Dispatcher.OK;
        }
        boolean color = !flags.noColor() && !env.containsKey("NO_COLOR") && stdoutTty;
        Lab.Options options = new Lab.Options(flags.debug(), flags.json(), stateDir(env), flags.lessons());
        if (flags.help()) {
            out.print(USAGE);
            out.println();
            Lab lab = new Lab(console(out, err, color, flags.json(), false, 80), options);
            new Dispatcher(lab).run("help");
            return Dispatcher.OK;
        }
        if (!flags.command().isEmpty()) {
            Lab lab = new Lab(new Console(out, err, new Style(color), flags.json(), false, () -> 80, stdinLines(in)), options);
            Dispatcher dispatcher = withShutdownHook(new Dispatcher(lab));
            return dispatcher.run(flags.command());
        }
        if (flags.script().isPresent()) {
            Path script = flags.script().get();
            if (!Files.isRegularFile(script) || !Files.isReadable(script)) {
                err.println("error: cannot read the script " + script + " (give a readable file of commands, one per line)");
                return Dispatcher.USAGE;
            }
            try (InputStream file = Files.newInputStream(script)) {
                return runScript(file, out, err, color, flags, options);
            } catch (IOException e) {
                err.println("error: cannot read the script " + script + ": " + e.getMessage());
                return Dispatcher.FAILED;
            }
        }
        if (!stdinTty) {
            return runScript(in, out, err, color, flags, options);
        }
        return interactive(flags, options, err);
    }

    private int runScript(InputStream in, PrintWriter out, PrintWriter err, boolean color, Flags flags,
                          Lab.Options options) {
        Lab lab = new Lab(console(out, err, color, flags.json(), false, 80), options);
        Dispatcher dispatcher = withShutdownHook(new Dispatcher(lab));
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new ScriptRunner(lab, dispatcher).run(new BufferedReader(new InputStreamReader(in, decoder)));
    }

    private int interactive(Flags flags, Lab.Options options, PrintWriter err) {
        warmLessons(options);
        try (Terminal terminal = SystemTerminal.open(options.stateDir(), System.getenv())) {
            boolean color = !flags.noColor() && !System.getenv().containsKey("NO_COLOR");
            PrintWriter writer = terminal.writer();
            Console console = new Console(writer, writer, new Style(color), flags.json(), true,
                    terminal::getWidth, LineInput.NONE);
            Lab lab = new Lab(console, options);
            Dispatcher dispatcher = new Dispatcher(lab);
            String banner = banner(console.style())
                    + netlab.shell.commands.lessons.LessonPosition.restore(lab).map(line -> "\n" + line).orElse("");
            return new Repl(lab, dispatcher, terminal).run(banner);
        } catch (IOException e) {
            err.println("error: cannot open the terminal: " + e.getMessage());
            return Dispatcher.FAILED;
        }
    }

    /**
     * A learner coming back is greeted with where they left off, which needs the lessons parsed
     * (about 100 ms): that happens on a second thread while the terminal opens.
     */
    private static void warmLessons(Lab.Options options) {
        if (options.lessonsDir().isEmpty() && Files.exists(new ProgressStore(options.stateDir()).file())) {
            Thread warm = new Thread(() -> {
                try {
                    LessonCatalog.packaged();
                } catch (RuntimeException e) {
                    // the shell reports it when the lessons are first used
                }
            }, "netlab-lessons");
            warm.setDaemon(true);
            warm.start();
        }
    }

    static String banner(Style style) {
        return style.bold("netlab " + Version.NUMBER) + " — a networking lab on your own loopback (127.0.0.1).\n"
                + "Type " + style.command("help") + " for the commands, " + style.command("lessons")
                + " to start the course. Tab completes, Ctrl-C stops a demo, Ctrl-D leaves.";
    }

    private static Console console(PrintWriter out, PrintWriter err, boolean color, boolean json,
                                   boolean interactive, int width) {
        return new Console(out, err, new Style(color), json, interactive, () -> width, LineInput.NONE);
    }

    /** Lines of stdin, read only when a one-shot command asks for one (chat, a question). */
    private static LineInput stdinLines(InputStream in) {
        BufferedReader[] reader = new BufferedReader[1];
        return prompt -> {
            try {
                synchronized (reader) {
                    if (reader[0] == null) {
                        reader[0] = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    return reader[0].readLine();
                }
            } catch (IOException e) {
                return null;
            }
        };
    }

    private static Dispatcher withShutdownHook(Dispatcher dispatcher) {
        Runtime.getRuntime().addShutdownHook(new Thread(dispatcher::cancelRunning, "netlab-cleanup"));
        return dispatcher;
    }

    static Flags parse(String[] args) {
        boolean noColor = false;
        boolean json = false;
        boolean debug = false;
        boolean version = false;
        boolean help = false;
        Optional<Path> script = Optional.empty();
        Optional<Path> lessons = Optional.empty();
        int i = 0;
        for (; i < args.length && args[i].startsWith("-"); i++) {
            switch (args[i]) {
                case "--no-color", "--no-colour" -> noColor = true;
                case "--json" -> json = true;
                case "--debug" -> debug = true;
                case "--version", "-V" -> version = true;
                case "--help", "-h" -> help = true;
                case "--script" -> script = Optional.of(Path.of(value(args, ++i, "--script", "FILE")));
                case "--lessons" -> lessons = Optional.of(Path.of(value(args, ++i, "--lessons", "DIR")));
                default -> throw new UsageException("unknown option " + netlab.core.InvalidInputException.quote(args[i])
                        + " (global options are --no-color, --json, --debug, --script FILE, --lessons DIR, --version, --help)");
            }
        }
        List<String> command = new ArrayList<>(List.of(args).subList(i, args.length));
        if (script.isPresent() && !command.isEmpty()) {
            throw new UsageException("give either --script FILE or a command, not both");
        }
        return new Flags(noColor, json, debug, version, help, script, lessons, command);
    }

    private static String value(String[] args, int index, String option, String label) {
        if (index >= args.length || args[index].isEmpty()) {
            throw new UsageException(option + " needs a " + label + " (e.g. " + option + " "
                    + (label.equals("FILE") ? "commands.txt" : "lessons/") + ")");
        }
        return args[index];
    }

    static Path stateDir(Map<String, String> env) {
        String home = env.get("NETLAB_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "netlab");
        }
        return Path.of(System.getProperty("user.home"), ".local", "state", "netlab");
    }

    /**
     * Whether a standard stream is a terminal: the launcher says so in {@code property}
     * ({@code netlab.stdin.tty}, {@code netlab.stdout.tty}); without it, asks {@code System.console()}.
     */
    public static boolean isTerminal(String property) {
        String value = System.getProperty(property);
        if (value != null) {
            return value.equals("true");
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

}
