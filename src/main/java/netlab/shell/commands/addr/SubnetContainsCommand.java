package netlab.shell.commands.addr;

import java.util.LinkedHashMap;
import java.util.Map;
import netlab.core.InvalidInputException;
import netlab.core.addr.Cidr;
import netlab.core.addr.IpAddress;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "contains", mixinStandardHelpOptions = true,
        description = {"Is ADDRESS inside NETWORK/PREFIX? Shows the AND of the address with the mask, compared with the network."},
        footer = {"", "Examples:",
            "  subnet contains 192.168.1.128/26 192.168.1.130",
            "  subnet contains 10.0.0.0/8 11.0.0.1",
            "  subnet contains 2001:db8::/32 2001:db8:1::5 --json"})
public final class SubnetContainsCommand extends LabCommand {
    @Parameters(index = "0", paramLabel = "NETWORK/PREFIX", description = "The network.")
    String network;

    @Parameters(index = "1", paramLabel = "ADDRESS", description = "The address to test.")
    String address;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    SubnetContainsCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        Cidr net = Cidr.parse(network);
        IpAddress ip = IpAddress.parse(address);
        if (ip.version() != net.version()) {
            throw new InvalidInputException("cannot compare an IPv" + ip.version() + " address with an IPv" + net.version()
                    + " network: " + InvalidInputException.quote(address) + " and " + InvalidInputException.quote(network));
        }
        Cidr typed = new Cidr(ip, net.prefix());
        IpAddress masked = typed.network();
        boolean yes = net.contains(ip);
        if (json(jsonOption)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("network", net.block().toString());
            m.put("address", ip.toString());
            m.put("masked", masked.toString());
            m.put("contains", yes);
            console().printJson(m);
            return 0;
        }
        AndWorking working = new AndWorking(style());
        if (!net.address().equals(net.network())) {
            println("(" + net + " has host bits set; its network is " + net.block() + ")");
        }
        println(working.line(ip.toString(), ip, net.prefix()));
        println(working.mask(net));
        println(working.line("AND = " + masked, masked, net.prefix()));
        println(working.line("network " + net.network(), net.network(), net.prefix()));
        println(working.verdict(yes, yes
                ? ip + " AND the mask is the network address, so " + ip + " is in " + net.block()
                : ip + " AND the mask is " + masked + ", not " + net.network() + ", so " + ip + " is not in " + net.block()));
        return 0;
    }
}
