package netlab.shell;

/**
 * The command was understood but could not do its job (exit status 1): a refused connection, a
 * TFTP error from the server, a file that does not exist. The message is the one line shown.
 */
public class CommandFailedException extends RuntimeException {
    public CommandFailedException(String message) {
        super(message);
    }

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
