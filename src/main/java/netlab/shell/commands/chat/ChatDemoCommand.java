package netlab.shell.commands.chat;

import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.chat.ChatDemo;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Both ends of the chat in this terminal: a short scripted exchange, one step with both",
            "sides sending at once, then exit. For the real thing use two terminals: chat serve, chat connect."},
        footer = {"", "Examples:", "  chat demo", "  chat demo 你好"})
final class ChatDemoCommand extends DemoCommand {
    @Parameters(arity = "0..1", paramLabel = "MESSAGE", description = "What the client says first (default Hello!).")
    String first = "Hello!";

    ChatDemoCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws Exception {
        if (first.equals(netlab.net.chat.ChatConnection.EXIT) || first.isBlank() || first.contains("\n")) {
            throw new netlab.core.InvalidInputException("the first message cannot be " + netlab.core.InvalidInputException.quote(first)
                    + " (give a line of text other than exit)");
        }
        TrafficLog log = new TrafficLog();
        ChatDemo.Result result = new ChatDemo(lab.scope(), log).run(first);
        println("chat server on " + NetFailure.name(result.server()) + ", client " + NetFailure.name(result.client())
                + " (both in this terminal; each with a reader thread)");
        for (ChatDemo.Line line : result.lines()) {
            if (line.who().endsWith(" read")) {
                println("    " + line.who() + ": " + line.text());
            } else {
                println(line.who() + " types: " + line.text());
            }
        }
        println(ChatTerminal.ending("client", result.serverEnd(), ""));
        println("");
        showTraffic(log, false);
        println("");
        println("Each message is a line: UTF-8 text and a newline (0a). The newline is the framing: TCP keeps no"
                + " message boundaries, so the reader collects bytes until it sees one.");
        return 0;
    }
}
