package netlab.shell.commands.chat;

/** Lets tests in other packages wait for a command's server to listen. */
public final class ChatCommandsTestAccess {
    private ChatCommandsTestAccess() {
    }

    public static void awaitListening(int port) throws Exception {
        ChatCommandsTest.connectWhenListening(port).close();
    }
}
