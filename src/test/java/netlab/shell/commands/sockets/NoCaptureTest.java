package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;

/** As a normal user tcpdump may not capture: the lab says why and how to allow it, and still shows the states. */
class NoCaptureTest {
    @Test
    void withoutPermissionTheStatesAreShownAndTheRemedyIsNamed() throws Exception {
        // under target/, not /tmp: /tmp may be mounted noexec
        Path dir = Files.createTempDirectory(Path.of("target"), "tcpdump");
        Path fake = dir.resolve("tcpdump");
        Files.writeString(fake, "#!/bin/sh\necho 'tcpdump: lo: You don'\"'\"'t have permission to capture on that device"
                + " (socket: Operation not permitted)' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        String before = System.getProperty("netlab.tcpdump");
        System.setProperty("netlab.tcpdump", fake.toString());
        try {
            LabRun run = LabRun.of("", "--no-color", "tcp", "handshake");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("ESTABLISHED  client")
                    .contains("No packet capture: tcpdump may not capture on lo for this user (tcpdump: lo: You don't have"
                            + " permission to capture on that device (socket: Operation not permitted)).")
                    .contains("To see the real segments: run the lab as root, or allow tcpdump once:"
                            + " sudo setcap cap_net_raw,cap_net_admin=eip $(which tcpdump).");
        } finally {
            Files.deleteIfExists(fake);
            Files.deleteIfExists(dir);
            if (before == null) {
                System.clearProperty("netlab.tcpdump");
            } else {
                System.setProperty("netlab.tcpdump", before);
            }
        }
    }
}
