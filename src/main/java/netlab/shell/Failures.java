package netlab.shell;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an exception a command let through into the one line a learner reads. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + m;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + m;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists: " + m;
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder: " + m;
        }
        if (e instanceof BindException) {
            return "cannot bind: " + m + " (another program holds that port; pick another or use port 0 for any free one)";
        }
        if (e instanceof ConnectException) {
            return "connection refused: " + m + " (nothing is listening there; start the server first)";
        }
        if (e instanceof PortUnreachableException) {
            return "port unreachable: " + m + " (nothing is listening on that UDP port)";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host: " + m;
        }
        if (e instanceof UnknownHostException) {
            return "unknown host: " + m;
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out: " + m;
        }
        if (e instanceof SocketException && m.toLowerCase(java.util.Locale.ROOT).contains("reset")) {
            return "connection reset by peer (the other side closed the connection abruptly)";
        }
        if (e instanceof IOException) {
            return m.isEmpty() ? e.getClass().getSimpleName() : m;
        }
        return "internal error: " + e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m)
                + " (run with --debug for details, and please report it)";
    }
}
