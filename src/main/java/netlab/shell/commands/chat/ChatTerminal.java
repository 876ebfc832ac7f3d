package netlab.shell.commands.chat;

import java.io.IOException;
import netlab.core.bytes.HexDump;
import netlab.net.chat.ChatConnection;
import netlab.shell.Console;

/**
 * One side of a chat at the terminal: the peer's lines are printed by the connection's reader
 * thread as they arrive, while this thread reads what the learner types and sends it. In a script
 * or piped input the typed lines come from the input (echoed as {@code > LINE}).
 */
final class ChatTerminal {
    private final Console console;
    private final boolean hex;
    private volatile boolean waiting;

    ChatTerminal(Console console, boolean hex) {
        this.console = console;
        this.hex = hex;
    }

    /** The events that print what {@code peer} (e.g. "client") says and how the chat ends. */
    ChatConnection.Events events(String peer) {
        return new ChatConnection.Events() {
            @Override
            public void message(String text, byte[] wire) {
                synchronized (console) {
                    console.printAbove(peer + ": " + text + "\n" + (hex ? HexDump.of(wire) : ""));
                }
            }

            @Override
            public void ended(ChatConnection.End end, String detail) {
                String line = ending(peer, end, detail);
                if (line.isEmpty()) {
                    return;
                }
                synchronized (console) {
                    console.printAbove(line + (waiting && console.interactive() ? " (press Enter)" : ""));
                }
            }
        };
    }

    static String ending(String peer, ChatConnection.End end, String detail) {
        String more = detail.isEmpty() ? "" : " (" + detail + ")";
        return switch (end) {
            case PEER_EXIT -> "* " + peer + " typed exit: the chat is over, both sides closed";
            case LOCAL_EXIT -> "* you typed exit: " + peer + " closed in turn; the chat is over";
            case PEER_CLOSED -> "* " + peer + " left without exit: the connection was closed" + more;
            case MID_MESSAGE -> "* " + peer + " dropped in the middle of a message" + more;
            case RESET -> "* " + peer + "'s connection was reset: its program stopped abruptly" + more;
            case GARBAGE -> "* " + peer + " sent garbage" + more;
            case STOPPED -> "";
        };
    }

    /**
     * Sends each typed line until {@code exit}, the end of the input, or the end of the chat.
     * Returns true when this side typed {@code exit}.
     */
    boolean talk(ChatConnection connection) throws IOException, InterruptedException {
        while (!connection.ended()) {
            waiting = true;
            String line = console.ask("");
            waiting = false;
            if (connection.ended()) {
                if (line != null && !line.isBlank() && !line.equals(ChatConnection.EXIT)) {
                    say("(not sent: the chat has ended)");
                }
                return line != null && line.equals(ChatConnection.EXIT);
            }
            if (line == null) {
                say("(end of input: saying exit)");
                connection.exit(this::sent);
                connection.await(2000);
                return true;
            }
            if (line.equals(ChatConnection.EXIT)) {
                connection.exit(this::sent);
                connection.await(2000);
                return true;
            }
            if (!line.isEmpty()) {
                sent(netlab.core.chat.LineFramer.encode(line));
                connection.send(line);
            }
        }
        return false;
    }

    private void sent(byte[] wire) {
        if (hex) {
            synchronized (console) {
                console.println("sent " + wire.length + " bytes:");
                console.out().print(HexDump.of(wire));
                console.flush();
            }
        }
    }

    void say(String line) {
        synchronized (console) {
            console.printAbove(line);
        }
    }
}
