package netlab.core.upload;

import java.nio.charset.StandardCharsets;
import netlab.core.InvalidInputException;

/**
 * The file name an upload carries. The receiver joins it to its folder, so a name must be one plain
 * file name: not empty, not {@code .} or {@code ..}, no {@code /} or {@code \}, no NUL or control
 * characters, no drive letter, at most {@value #MAX_BYTES} bytes of UTF-8. Anything else could
 * leave the folder ("path traversal").
 */
public final class UploadName {
    public static final int MAX_BYTES = 255;

    private UploadName() {
    }

    /** The name if it is safe, else an exception that says what is wrong with it. */
    public static String check(String name) {
        String why = problem(name);
        if (why != null) {
            throw new InvalidInputException("refused file name " + InvalidInputException.quote(name) + ": " + why);
        }
        return name;
    }

    /** What is wrong with {@code name}, or null when it is a safe plain file name. */
    public static String problem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.equals(".") || name.equals("..")) {
            return "it names a folder, not a file (. and .. would leave the receiver's folder)";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "it holds a path separator (/ or \\), which could leave the receiver's folder; send a plain file name";
        }
        if (name.length() >= 2 && name.charAt(1) == ':') {
            return "it starts with a drive letter, an absolute path";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "it holds a control character (NUL, newline…)";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "it is longer than " + MAX_BYTES + " bytes";
        }
        return null;
    }
}
