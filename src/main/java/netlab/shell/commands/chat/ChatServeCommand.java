package netlab.shell.commands.chat;

import java.io.IOException;
import java.net.InetSocketAddress;
import netlab.net.NetFailure;
import netlab.net.chat.ChatConnection;
import netlab.net.chat.ChatServer;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.commands.sockets.Ports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Wait for a chat client on 127.0.0.1:PORT, then chat: type a line to send it, the client's",
            "lines appear as they arrive. When the client leaves, the server waits for the next one;",
            "typing exit ends the chat and the server. One client at a time (others are told the server is busy)."},
        footer = {"", "Examples:", "  chat serve --port 8008      (then \"chat connect 127.0.0.1:8008\" in another terminal)",
            "  chat serve --hex"})
final class ChatServeCommand extends LabCommand {
    @Option(names = "--port", paramLabel = "P", description = "The TCP port (default 8008, the seeds'; 0 takes any free port).")
    String port = "8008";

    @Option(names = "--bind", paramLabel = "ADDR", description = "The address to bind (default 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(names = "--hex", description = "Show each message's bytes.")
    boolean hex;

    ChatServeCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException, InterruptedException {
        InetSocketAddress bindTo = Ports.bindAddress(console(), bind, Ports.port(port, true));
        ChatTerminal terminal = new ChatTerminal(console(), hex);
        ChatServer server = new ChatServer(lab.scope(), socket -> {
            terminal.say("* client " + NetFailure.name((InetSocketAddress) socket.getRemoteSocketAddress())
                    + " joined; type a line and Enter to send, exit to end");
            return terminal.events("client");
        });
        InetSocketAddress address = server.start(bindTo);
        terminal.say("chat server on " + NetFailure.name(address) + ": run \"chat connect " + NetFailure.name(address)
                + "\" in another terminal; Ctrl-C stops");
        server.open();
        while (true) {
            ChatConnection connection = server.awaitClient(0);
            if (terminal.talk(connection)) {
                terminal.say("chat server stopped");
                return 0;
            }
            terminal.say("waiting for the next client on " + NetFailure.name(address) + " (Ctrl-C stops)");
        }
    }
}
