package netlab.shell.commands.names;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import netlab.core.InvalidInputException;
import netlab.core.ports.PortRange;
import netlab.core.ports.Service;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ports", mixinStandardHelpOptions = true,
        description = {"Port numbers: the three ranges and the common services' well-known ports.",
            "With a NUMBER or a NAME, what that one port is (ports 80, ports ssh)."},
        footer = {"", "Examples:", "  ports", "  ports 8080", "  ports dns", "  ports 53 --json"})
public final class PortsCommand extends LabCommand {
    @Parameters(paramLabel = "NUMBER|NAME", arity = "0..1", description = "A port number 0–65535 or a service name.")
    String which;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    PortsCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        if (which == null) {
            return table();
        }
        int port;
        Optional<Service> service;
        if (which.matches("[0-9]+")) {
            if (which.length() > 5 || Integer.parseInt(which) > 65535) {
                throw new InvalidInputException("not a port number: " + InvalidInputException.quote(which)
                        + " (0–65535: each of TCP and UDP has 65,536 port numbers)");
            }
            port = Integer.parseInt(which);
            service = Service.onPort(port);
        } else {
            service = Service.named(which);
            port = service.orElseThrow(() -> new InvalidInputException("unknown service name " + InvalidInputException.quote(which)
                    + " (known: " + String.join(", ", Service.COMMON.stream().map(Service::name).toList()) + ")")).port();
        }
        PortRange range = PortRange.of(port);
        if (json(jsonOption)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("port", port);
            json.put("range", range.label());
            json.put("service", service.map(Service::name).orElse(null));
            json.put("transports", service.map(Service::transports).orElse(null));
            console().printJson(json);
            return 0;
        }
        Style s = style();
        println(s.bold("Port " + port) + service.map(v -> " — " + v.name() + " (" + v.transports() + "): " + v.what()).orElse(""));
        if (port == 0) {
            println("Port 0 is not a service port: binding port 0 asks the kernel for any free (ephemeral) port.");
            return 0;
        }
        println("Range: " + range.label() + " (" + range.first() + "–" + range.last() + "): " + range.meaning() + ".");
        if (service.isEmpty()) {
            println("No common service uses it" + (range == PortRange.DYNAMIC ? "; clients' ephemeral ports come from around here." : "."));
        }
        println(s.dim("TCP port " + port + " and UDP port " + port + " are separate: one program may hold each."));
        return 0;
    }

    private int table() {
        if (json(jsonOption)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ranges", java.util.Arrays.stream(PortRange.values()).map(r -> Map.of("name", r.label(), "first", r.first(),
                    "last", r.last())).toList());
            json.put("services", Service.COMMON.stream().map(v -> Map.of("name", v.name(), "port", v.port(),
                    "transports", v.transports())).toList());
            console().printJson(json);
            return 0;
        }
        Style s = style();
        println(s.bold("Port numbers: 0–65535, for TCP and for UDP separately (65,536 each)"));
        for (PortRange r : PortRange.values()) {
            println(String.format("  %-11s %5d–%-5d  ", r.label(), r.first(), r.last()) + r.meaning());
        }
        println("");
        println(s.bold(String.format("  %-5s  %-10s  %-7s  %s", "port", "service", "over", "what")));
        for (Service v : Service.COMMON) {
            println(String.format("  %5d  %-10s  %-7s  ", v.port(), v.name(), v.transports()) + v.what());
        }
        println(s.dim("IANA keeps the full list; Linux has a copy in /etc/services."));
        return 0;
    }
}
