package netlab.shell.commands.names;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netlab.net.names.NameLookup;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "hostinfo", mixinStandardHelpOptions = true,
        description = {"This machine's host name, what it resolves to, and every network interface with its addresses.",
            "The notes do it in Python as socket.gethostbyname(socket.gethostname())."},
        footer = {"", "Examples:", "  hostinfo", "  hostinfo --json"})
public final class HostinfoCommand extends LabCommand {
    @Mixin
    JsonOption jsonOption = new JsonOption();

    HostinfoCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws Exception {
        NameLookup.HostName host = NameLookup.hostName();
        List<NameLookup.Interface> interfaces = NameLookup.interfaces();
        if (json(jsonOption)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("hostname", host.name());
            json.put("addresses", host.resolved().addresses().stream().map(NameLookup::text).toList());
            json.put("interfaces", interfaces.stream().map(i -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", i.name());
                m.put("up", i.up());
                m.put("loopback", i.loopback());
                m.put("addresses", i.addresses());
                return m;
            }).toList());
            console().printJson(json);
            return 0;
        }
        Style s = style();
        println(s.bold("Host name:") + " " + host.name() + s.dim("   (gethostname())"));
        if (host.resolved().addresses().isEmpty()) {
            println(s.bold("Resolves to:") + " nothing: " + host.resolved().failure().orElse("") + s.dim("   (gethostbyname fails)"));
        } else {
            println(s.bold("Resolves to:") + s.dim("   (gethostbyname(gethostname()))"));
            ResolveCommand.print(lab, host.resolved());
        }
        println(s.bold("Interfaces:"));
        int width = interfaces.stream().mapToInt(i -> i.name().length()).max().orElse(2);
        for (NameLookup.Interface i : interfaces) {
            String flags = (i.up() ? "up  " : "down") + (i.loopback() ? " loopback" : "         ");
            String addresses = i.addresses().isEmpty() ? s.dim("(no addresses)") : String.join(", ", i.addresses());
            println("  " + i.name() + " ".repeat(width - i.name().length()) + "  " + flags + "  " + addresses);
        }
        println(s.dim("127.0.0.1 and ::1 (interface lo) are this machine itself: every demo of the lab runs there."));
        return 0;
    }
}
