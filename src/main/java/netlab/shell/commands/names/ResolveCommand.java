package netlab.shell.commands.names;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netlab.core.addr.AddressType;
import netlab.core.addr.IpAddress;
import netlab.net.names.NameLookup;
import netlab.shell.CommandFailedException;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Look up a host name's addresses (IPv4 and IPv6), and how long the lookup took.",
            "Like Python's socket.getaddrinfo / gethostbyname. localhost needs no network (RFC 6761)."},
        footer = {"", "Examples:", "  resolve localhost", "  resolve example.com", "  resolve 127.0.0.1 --json"})
public final class ResolveCommand extends LabCommand {
    @Parameters(paramLabel = "NAME", description = "A host name (or an address, which resolves to itself).")
    String name;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    ResolveCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws InterruptedException {
        if (name.isBlank() || name.length() > 253 || !name.matches("[\\p{L}\\p{N}.:%_-]+")) {
            throw new netlab.core.InvalidInputException("not a host name: " + netlab.core.InvalidInputException.quote(name)
                    + " (letters, digits, dots and hyphens, e.g. localhost or example.com)");
        }
        NameLookup.Result result = NameLookup.resolve(name);
        if (json(jsonOption)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name);
            json.put("addresses", result.addresses().stream().map(NameLookup::text).toList());
            json.put("millis", result.nanos() / 1_000_000.0);
            json.put("error", result.failure().orElse(null));
            console().printJson(json);
            return result.addresses().isEmpty() ? 1 : 0;
        }
        if (result.addresses().isEmpty()) {
            throw new CommandFailedException("cannot resolve " + netlab.core.InvalidInputException.quote(name) + ": "
                    + result.failure().orElse("no addresses") + " (after " + Durations.text(result.nanos()) + ")");
        }
        print(lab, result);
        return 0;
    }

    static void print(Lab lab, NameLookup.Result result) {
        Style s = lab.console().style();
        int n = result.addresses().size();
        lab.console().println(s.bold(result.name()) + " → " + n + " address" + (n == 1 ? "" : "es") + " in "
                + Durations.text(result.nanos()) + s.dim(" (" + result.how() + ")"));
        List<String> texts = new ArrayList<>();
        result.addresses().forEach(a -> texts.add(NameLookup.text(a)));
        int width = texts.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < n; i++) {
            InetAddress a = result.addresses().get(i);
            lab.console().println("  " + texts.get(i) + " ".repeat(width - texts.get(i).length()) + "  "
                    + (a instanceof java.net.Inet6Address ? "IPv6" : "IPv4") + "  " + type(texts.get(i)));
        }
    }

    static String type(String address) {
        try {
            String bare = address.contains("%") ? address.substring(0, address.indexOf('%')) : address;
            return AddressType.of(IpAddress.parse(bare)).label();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
