package netlab.shell;

import picocli.CommandLine.Option;

/** The {@code --json} option, mixed into the commands that have a JSON form. */
public final class JsonOption {
    @Option(names = "--json", description = "Print one line of JSON instead of text.")
    public boolean on;
}
