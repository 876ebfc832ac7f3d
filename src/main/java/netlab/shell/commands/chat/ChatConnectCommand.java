package netlab.shell.commands.chat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import netlab.net.NetFailure;
import netlab.net.chat.ChatConnection;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.commands.sockets.Ports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connect to a chat server (\"chat serve\" in another terminal) and chat: type a line to send it,",
            "the server's lines appear as they arrive; exit ends the chat on both sides."},
        footer = {"", "Examples:", "  chat connect 127.0.0.1:8008", "  chat connect 127.0.0.1:8008 --hex"})
final class ChatConnectCommand extends LabCommand {
    @Parameters(paramLabel = "HOST:PORT", description = "The chat server, e.g. 127.0.0.1:8008.")
    String target;

    @Option(names = "--hex", description = "Show each message's bytes.")
    boolean hex;

    ChatConnectCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException, InterruptedException {
        InetSocketAddress server = Ports.target(target);
        Socket socket = lab.scope().add(new Socket());
        try {
            socket.connect(server, 5000);
        } catch (IOException e) {
            throw NetFailure.of(e, "connect", server);
        }
        ChatTerminal terminal = new ChatTerminal(console(), hex);
        ChatConnection connection = new ChatConnection(lab.scope(), socket, terminal.events("server"));
        terminal.say("connected " + NetFailure.name(connection.local()) + " → " + NetFailure.name(server)
                + "; type a line and Enter to send, exit to end");
        connection.start();
        terminal.talk(connection);
        return 0;
    }
}
