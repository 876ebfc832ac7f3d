package netlab.shell.commands.addr;

import java.util.LinkedHashMap;
import java.util.Map;
import netlab.core.InvalidInputException;
import netlab.core.addr.AddressClass;
import netlab.core.addr.AddressType;
import netlab.core.addr.IpAddress;
import netlab.core.addr.Ipv4Address;
import netlab.core.addr.Ipv6Address;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ip", mixinStandardHelpOptions = true,
        description = {"Explain one IP address: version, class (IPv4), type, and its binary, decimal and hex forms.",
            "IPv4 is four numbers 0–255 (no leading zeros); IPv6 is printed in its RFC 5952 form and in full."},
        footer = {"", "Examples:",
            "  ip 192.168.1.130",
            "  ip 10.0.0.1 --json",
            "  ip 2001:db8::1"})
public final class IpCommand extends LabCommand {
    @Parameters(paramLabel = "ADDRESS", description = "An IPv4 or IPv6 address.")
    String address;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    IpCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        if (address.indexOf('/') >= 0) {
            throw new InvalidInputException("ip takes an address without a prefix: " + InvalidInputException.quote(address)
                    + " (for a block use: subnet " + address + ")");
        }
        IpAddress ip = IpAddress.parse(address);
        if (json(jsonOption)) {
            console().printJson(json(ip));
            return 0;
        }
        switch (ip) {
            case Ipv4Address v4 -> printV4(v4);
            case Ipv6Address v6 -> printV6(v6);
        }
        return 0;
    }

    private void printV4(Ipv4Address ip) {
        Style s = style();
        AddressClass c = AddressClass.of(ip);
        AddressType type = AddressType.of(ip);
        String firstOctet = ip.binary().substring(0, 8);
        int lead = c.leadingBits().length();
        println(s.bold("Address:") + "  " + ip + " (IPv4)");
        println(s.bold("Binary:") + "   " + ip.binary());
        println(s.bold("Decimal:") + "  " + ip.unsigned());
        println(s.bold("Hex:") + "      " + String.format("0x%08X", ip.unsigned()));
        println(s.bold("Class:") + "    " + c + ": the first octet " + s.fg(Style.Color.CYAN, firstOctet.substring(0, lead))
                + "|" + firstOctet.substring(lead) + " starts with " + c.leadingBits() + " (" + c.range() + ")");
        println("          " + c.rule());
        if (c.defaultPrefix() > 0) {
            println("          classful mask /" + c.defaultPrefix() + "; in practice the mask (CIDR), not the class, decides the network");
        }
        println(s.bold("Type:") + "     " + type.label() + ": " + type.meaning());
    }

    private void printV6(Ipv6Address ip) {
        Style s = style();
        AddressType type = AddressType.of(ip);
        String[] bits = ip.binary().split(":");
        println(s.bold("Address:") + "    " + ip + " (IPv6, RFC 5952 form)");
        println(s.bold("Full form:") + "  " + ip.full());
        println(s.bold("Binary:") + "     " + String.join(":", bits[0], bits[1], bits[2], bits[3]));
        println("            " + String.join(":", bits[4], bits[5], bits[6], bits[7]));
        println(s.bold("Decimal:") + "    " + ip.toBigInteger());
        println(s.bold("Hex:") + "        0x" + ip.full().replace(":", ""));
        println(s.bold("Class:") + "      none (classes are an IPv4 idea; IPv6 always uses prefixes)");
        println(s.bold("Type:") + "       " + type.label() + ": " + type.meaning());
    }

    private static Map<String, Object> json(IpAddress ip) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", ip.version());
        m.put("address", ip.toString());
        m.put("full", ip instanceof Ipv6Address v6 ? v6.full() : ip.toString());
        m.put("binary", ip.binary());
        m.put("decimal", ip instanceof Ipv4Address v4 ? (Object) v4.unsigned() : ip.toBigInteger().toString());
        m.put("hex", ip instanceof Ipv4Address v4 ? String.format("0x%08x", v4.unsigned())
                : "0x" + ((Ipv6Address) ip).full().replace(":", ""));
        AddressClass c = ip instanceof Ipv4Address v4 ? AddressClass.of(v4) : null;
        m.put("class", c == null ? null : c.name());
        m.put("leadingBits", c == null ? null : c.leadingBits());
        m.put("type", AddressType.of(ip).label());
        return m;
    }
}
