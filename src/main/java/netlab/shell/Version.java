package netlab.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The lab's version, from the build (the pom's {@code project.version}). */
public final class Version {
    public static final String NUMBER = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/netlab/version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "dev";
        }
    }
}
