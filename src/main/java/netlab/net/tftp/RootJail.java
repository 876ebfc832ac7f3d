package netlab.net.tftp;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;
import netlab.core.tftp.ErrorCode;

/**
 * The server's root folder and the only way a requested name becomes a path: every name is
 * checked before the disk is touched, and every path is checked again after symlinks are
 * followed. Refused (error 2, access violation): names over 255 bytes, control characters,
 * backslashes, absolute paths, {@code ..} anywhere (also percent-encoded), symlinks leading out,
 * anything that is not a regular file (devices, pipes, folders).
 */
public final class RootJail {
    /** The longest name accepted, in UTF-8 bytes. */
    public static final int MAX_NAME = 255;
    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");

    private final Path root;

    public RootJail(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new netlab.core.InvalidInputException("not a folder: " + netlab.core.InvalidInputException.quote(
                    root.toString()) + " (--root must name an existing folder)");
        }
        this.root = root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** The file to read for {@code name}: it exists, is a regular file and lies inside the root. */
    public Path forReading(String name) throws Refusal {
        Path path = inside(name);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            throw new Refusal(ErrorCode.FILE_NOT_FOUND, quote(name));
        }
        Path real = real(path, name);
        if (!Files.isRegularFile(real)) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is not a regular file");
        }
        if (!Files.isReadable(real)) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is not readable");
        }
        return real;
    }

    /**
     * Where to write {@code name}: its folder exists inside the root; the name itself is absent, or
     * (with {@code overwrite}) a regular file that is not a symlink.
     */
    public Path forWriting(String name, boolean overwrite) throws Refusal {
        Path path = inside(name);
        Path parent = path.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, "the folder of " + quote(name) + " does not exist");
        }
        Path realParent = real(parent, name);
        Path target = realParent.resolve(path.getFileName());
        if (Files.isSymbolicLink(target)) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is a symlink");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is not a regular file");
            }
            if (!overwrite) {
                throw new Refusal(ErrorCode.FILE_EXISTS, quote(name) + " (the server overwrites only with --create)");
            }
        }
        return target;
    }

    /** The name checked and resolved against the root, symlinks not yet followed. */
    private Path inside(String name) throws Refusal {
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, "name over " + MAX_NAME + " bytes");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " contains a control character");
            }
        }
        if (name.indexOf('\\') >= 0) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " contains a backslash");
        }
        // the regex and the split below run only for names that could need them: a plain name skips both
        if (name.indexOf('%') >= 0 && PERCENT.matcher(name).find()) {
            String decoded;
            try {
                decoded = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " has a broken percent-escape");
            }
            if (!decoded.equals(name) && (decoded.contains("..") || decoded.contains("/") || decoded.contains("\\")
                    || decoded.chars().anyMatch(c -> c < 0x20))) {
                throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " hides a path in percent-encoding");
            }
        }
        if (name.startsWith("/")) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is an absolute path");
        }
        if (name.contains("..")) {
            for (String part : name.split("/", -1)) {
                if (part.equals("..")) {
                    throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " goes up with ..");
                }
            }
        }
        Path path;
        try {
            path = root.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is not a valid path");
        }
        if (!path.startsWith(root) || path.equals(root)) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is outside the root");
        }
        return path;
    }

    private Path real(Path path, String name) throws Refusal {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new Refusal(ErrorCode.FILE_NOT_FOUND, quote(name) + " (a symlink that leads nowhere)");
        }
        if (!real.startsWith(root)) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, quote(name) + " is a symlink leading out of the root");
        }
        return real;
    }

    private static String quote(String name) {
        return netlab.core.InvalidInputException.quote(name);
    }
}
