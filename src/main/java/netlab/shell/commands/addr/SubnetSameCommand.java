package netlab.shell.commands.addr;

import java.util.LinkedHashMap;
import java.util.Map;
import netlab.core.InvalidInputException;
import netlab.core.addr.Cidr;
import netlab.core.addr.IpAddress;
import netlab.core.addr.Netmask;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "same", mixinStandardHelpOptions = true,
        description = {"Are two addresses on the same subnet under MASK? Each is ANDed with the mask; same result, same subnet.",
            "The mask decides, not the first three numbers: under /16, 10.1.2.3 and 10.1.99.4 share a subnet."},
        footer = {"", "Examples:",
            "  subnet same 192.168.1.10 192.168.1.200 255.255.255.0",
            "  subnet same 192.168.1.10 192.168.1.200 /25",
            "  subnet same 10.1.2.3 10.1.99.4 /16 --json"})
public final class SubnetSameCommand extends LabCommand {
    @Parameters(index = "0", paramLabel = "ADDRESS1", description = "The first address.")
    String first;

    @Parameters(index = "1", paramLabel = "ADDRESS2", description = "The second address.")
    String second;

    @Parameters(index = "2", paramLabel = "MASK", description = "The mask: dotted (255.255.255.0) or a prefix (/24).")
    String mask;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    SubnetSameCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        IpAddress a = IpAddress.parse(first);
        IpAddress b = IpAddress.parse(second);
        if (a.version() != b.version()) {
            throw new InvalidInputException("cannot compare an IPv" + a.version() + " address with an IPv" + b.version()
                    + " address: " + InvalidInputException.quote(first) + " and " + InvalidInputException.quote(second));
        }
        int prefix = Netmask.parse(mask, a.version());
        Cidr ca = new Cidr(a, prefix);
        Cidr cb = new Cidr(b, prefix);
        boolean same = ca.network().equals(cb.network());
        if (json(jsonOption)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address1", a.toString());
            m.put("address2", b.toString());
            m.put("prefix", prefix);
            m.put("netmask", ca.mask().toString());
            m.put("network1", ca.network().toString());
            m.put("network2", cb.network().toString());
            m.put("same", same);
            console().printJson(m);
            return 0;
        }
        AndWorking working = new AndWorking(style());
        println(working.line(a.toString(), a, prefix));
        println(working.line(b.toString(), b, prefix));
        println(working.mask(ca));
        println(working.line("AND → " + ca.network(), ca.network(), prefix));
        println(working.line("AND → " + cb.network(), cb.network(), prefix));
        println(working.verdict(same, same
                ? "both give network " + ca.network() + "/" + prefix + ", so they are on the same subnet"
                : "the networks differ (" + ca.network() + " ≠ " + cb.network() + "), so they are on different subnets"));
        return 0;
    }
}
