package netlab.shell.commands.addr;

import netlab.core.InvalidInputException;
import netlab.core.addr.Cidr;
import netlab.core.addr.IpAddress;
import netlab.core.addr.SubnetFacts;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.UsageException;
import netlab.shell.render.AddressBits;
import netlab.shell.render.AddressJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "subnet", mixinStandardHelpOptions = true,
        subcommands = {SubnetSplitCommand.class, SubnetContainsCommand.class, SubnetSameCommand.class},
        description = {"Subnet calculator: network, broadcast, first and last host, host count, with the bits shown.",
            "Give ADDRESS/PREFIX, or ADDRESS and a MASK (dotted or /n). Network and host bits are split by |.",
            "/31 has 2 hosts and no broadcast (RFC 3021); /32 is one host. IPv6 has no broadcast."},
        footer = {"", "Examples:",
            "  subnet 192.168.1.130/26",
            "  subnet 192.168.1.130 255.255.255.192",
            "  subnet 2001:db8::1/64 --json",
            "  subnet split 192.168.1.0/24 --count 4",
            "  subnet contains 10.0.0.0/8 10.20.30.40",
            "  subnet same 192.168.1.10 192.168.1.200 /25"})
public final class SubnetCommand extends LabCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "(ADDRESS/PREFIX | ADDRESS MASK)", hideParamSyntax = true,
            description = {"An address and its prefix, or an address and its mask (255.255.255.192 or /26)."})
    String address;

    @Parameters(index = "1", arity = "0..1", hidden = true)
    String mask;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    SubnetCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        if (address == null) {
            throw new UsageException("subnet needs ADDRESS/PREFIX or ADDRESS MASK (e.g. subnet 192.168.1.130/26),"
                    + " or a subcommand: split, contains, same");
        }
        if (mask != null && address.indexOf('/') >= 0) {
            throw new UsageException("give ADDRESS/PREFIX or ADDRESS MASK, not both: " + InvalidInputException.quote(address)
                    + " and " + InvalidInputException.quote(mask) + " (e.g. subnet 192.168.1.130/26)");
        }
        Cidr cidr = mask == null ? Cidr.parse(address) : Cidr.parse(address, mask);
        SubnetFacts facts = SubnetFacts.of(cidr);
        if (json(jsonOption)) {
            println(AddressJson.facts(facts));
        } else if (facts.version() == 4) {
            printV4(facts);
        } else {
            printV6(facts);
        }
        return 0;
    }

    private void printV4(SubnetFacts f) {
        int p = f.prefix();
        row("Address:", f.address().toString(), f.address(), p);
        row("Netmask:", f.netmask() + " = /" + p, f.netmask(), p);
        row("Wildcard:", f.wildcard().toString(), f.wildcard(), p);
        row("Network:", f.network() + "/" + p, f.network(), p);
        if (f.broadcast() != null) {
            row("Broadcast:", f.broadcast().toString(), f.broadcast(), p);
        } else {
            println(label("Broadcast:") + (p == 31 ? "none (/31 point-to-point link: both addresses are hosts, RFC 3021)"
                    : "none (/32 is a single host)"));
        }
        row("First host:", f.firstHost().toString(), f.firstHost(), p);
        row("Last host:", f.lastHost().toString(), f.lastHost(), p);
        int hostBits = 32 - p;
        println(label("Addresses:") + pad(String.valueOf(f.addresses())) + "2^" + hostBits + " (" + hostBits + (hostBits == 1 ? " host bit)" : " host bits)"));
        println(label("Hosts:") + pad(String.valueOf(f.hosts())) + (p <= 30 ? "2^" + hostBits + " − 2 (the network and broadcast addresses are not hosts)"
                : p == 31 ? "both addresses (RFC 3021)" : "the address itself"));
        println(label("Class:") + pad(f.addressClass().name()) + "leading bits " + f.addressClass().leadingBits());
        println(label("Type:") + f.type().label() + ": " + f.type().meaning());
        println(label("") + bitCounts(p, hostBits));
    }

    private void printV6(SubnetFacts f) {
        int p = f.prefix();
        println(label("Address:") + f.address());
        println(label("Prefix:") + "/" + p + " (" + p + " network bits, " + (128 - p) + " host bits)");
        println(label("Netmask:") + f.netmask());
        println(label("Network:") + f.network() + "/" + p);
        println(label("Broadcast:") + "none (IPv6 has no broadcast; it uses multicast)");
        println(label("First:") + f.firstHost());
        println(label("Last:") + f.lastHost());
        println(label("Addresses:") + f.addresses() + " (2^" + (128 - p) + ")");
        println(label("Type:") + f.type().label() + ": " + f.type().meaning());
        String name = "Bits:";
        for (String line : new AddressBits(style()).lines(f.address(), p, 4)) {
            println(label(name) + line);
            name = "";
        }
        println(label("") + bitCounts(p, 128 - p));
    }

    private void row(String name, String value, IpAddress address, int prefix) {
        println(label(name) + pad(value) + new AddressBits(style()).split(address, prefix));
    }

    private String label(String name) {
        return (name.isEmpty() ? "" : style().bold(name)) + " ".repeat(12 - name.length());
    }

    private static String pad(String value) {
        return value + " ".repeat(Math.max(1, 23 - value.length()));
    }

    private static String bitCounts(int network, int host) {
        return network + (network == 1 ? " network bit" : " network bits") + " | " + host + (host == 1 ? " host bit" : " host bits");
    }
}
