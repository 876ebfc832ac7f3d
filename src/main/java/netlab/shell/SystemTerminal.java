package netlab.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * Opens the interactive shell's terminal quickly. Left to its defaults, JLine loads every terminal
 * provider it has (the exec provider starts {@code test -t 1} just to probe), generates the FFM
 * provider's native call stubs at run time, and starts {@code infocmp} for the terminal's
 * capabilities: together about half of the time to the first prompt. So:
 * <ul>
 *   <li>the JNI provider goes first when the launcher has unpacked its native library beside the
 *       jar ({@code library.jline.path}: loaded in place, never copied to a temporary file), then
 *       FFM, each alone; JLine's own choice among all providers is the last resort;</li>
 *   <li>what {@code infocmp -x TERM} printed is kept in the state folder
 *       ({@code terminfo/TERM.caps}) and handed to JLine on the next start.</li>
 * </ul>
 */
final class SystemTerminal {
    private SystemTerminal() {
    }

    static Terminal open(Path stateDir, Map<String, String> env) throws IOException {
        String type = env.get("TERM");
        Path caps = capsFile(stateDir, type);
        boolean cached = caps != null && restore(type, caps);
        Terminal terminal = build();
        if (caps != null && !cached) {
            keep(type, caps);
        }
        return terminal;
    }

    private static Terminal build() throws IOException {
        List<String> providers = new ArrayList<>();
        if (System.getProperty("library.jline.path") != null) {
            providers.add(TerminalBuilder.PROP_PROVIDER_JNI);
        }
        providers.add(TerminalBuilder.PROP_PROVIDER_FFM);
        for (String provider : providers) {
            try {
                return builder().provider(provider).dumb(false).build();
            } catch (IOException | RuntimeException | LinkageError e) {
                // this provider cannot open the terminal here: try the next one
            }
        }
        return builder().build();
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder().system(true).name("netlab").encoding(StandardCharsets.UTF_8);
    }

    /** The file for {@code type}'s capabilities, or null when the name is not a plain terminal name. */
    static Path capsFile(Path stateDir, String type) {
        if (type == null || !type.matches("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}") || type.startsWith("dumb")) {
            return null;
        }
        return stateDir.resolve("terminfo").resolve(type + ".caps");
    }

    /** Hands a kept description to JLine; false when there is none, or it is not one for {@code type}. */
    static boolean restore(String type, Path caps) {
        try {
            if (!Files.isRegularFile(caps)) {
                return false;
            }
            String text = Files.readString(caps, StandardCharsets.UTF_8);
            if (!describes(text, type)) {
                return false;
            }
            InfoCmp.setLoadedInfoCmp(type, text);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code text} reads like {@code infocmp -x type}: comment lines, then the entry's
     * names ({@code tmux-256color|tmux with 256 colors,}), the first of them {@code type}.
     */
    static boolean describes(String text, String type) {
        return text.lines().filter(line -> !line.startsWith("#")).findFirst()
                .map(line -> line.startsWith(type + "|") || line.startsWith(type + ","))
                .orElse(false);
    }

    /** Keeps what infocmp printed (written aside, then renamed, so a reader never sees half of it). */
    static void keep(String type, Path caps) {
        String text = InfoCmp.getLoadedInfoCmp(type);
        if (text == null || !describes(text, type)) {
            return;
        }
        try {
            Files.createDirectories(caps.getParent());
            Path part = caps.resolveSibling(caps.getFileName() + ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, caps, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // only a cache: the next start asks infocmp again
        }
    }
}
