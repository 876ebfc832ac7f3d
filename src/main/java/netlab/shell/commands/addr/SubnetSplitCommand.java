package netlab.shell.commands.addr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import netlab.core.addr.Cidr;
import netlab.core.addr.EqualSplit;
import netlab.core.addr.Ipv4Address;
import netlab.core.addr.SubnetFacts;
import netlab.core.addr.Vlsm;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.UsageException;
import netlab.shell.render.AddressJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split", mixinStandardHelpOptions = true,
        customSynopsis = {"subnet split [-hV] [--all] [--json]",
            "                    (--count=N | --prefix=P | --hosts=H1,H2,…) NETWORK/PREFIX"},
        description = {"Split a network into equal subnets (--count, --prefix) or size subnets for host counts (--hosts, VLSM).",
            "--count N uses the smallest prefix giving at least N subnets.",
            "--hosts gives each request the smallest block holding it plus the network and broadcast addresses,",
            "allocated largest first and listed in address order.",
            "Lists longer than " + SubnetSplitCommand.SHOWN + " subnets are summarised; --all lists every one (at most "
                    + SubnetSplitCommand.MAX_LISTED + ")."},
        footer = {"", "Examples:",
            "  subnet split 192.168.1.0/24 --count 4",
            "  subnet split 10.0.0.0/16 --prefix 20",
            "  subnet split 192.168.1.0/24 --hosts 100,50,20,2",
            "  subnet split 2001:db8::/48 --prefix 52"})
public final class SubnetSplitCommand extends LabCommand {
    static final int SHOWN = 16;
    static final int MAX_LISTED = 65_536;

    @Parameters(paramLabel = "NETWORK/PREFIX", description = "The network to split.")
    String network;

    // Exactly one of the three is checked in execute(), not by a picocli @ArgGroup: its messages
    // came out as "error: Error: …", and the group's annotation type cost every "subnet" command
    // (split or not) start-up time: 7 ms for "subnet 192.168.1.130/26", 14 ms for a split.
    @Option(names = "--count", paramLabel = "N", description = "At least N equal subnets.")
    Long count;

    @Option(names = "--prefix", paramLabel = "P", description = "Equal subnets of prefix P (26 or /26).")
    String prefix;

    @Option(names = "--hosts", paramLabel = "H1,H2,…", description = "One subnet per host count (VLSM, IPv4).")
    String hosts;

    @Option(names = "--all", description = "List every subnet of a long equal split instead of a summary.")
    boolean all;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    SubnetSplitCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        Cidr parent = Cidr.parse(network);
        List<String> ways = new ArrayList<>();
        if (count != null) {
            ways.add("--count");
        }
        if (prefix != null) {
            ways.add("--prefix");
        }
        if (hosts != null) {
            ways.add("--hosts");
        }
        if (ways.isEmpty()) {
            throw new UsageException("say how to split " + parent + ": --count N, --prefix P or --hosts H1,H2,… "
                    + "(e.g. subnet split " + parent + " --count 4)");
        }
        if (ways.size() > 1) {
            String given = String.join(", ", ways.subList(0, ways.size() - 1)) + " and " + ways.get(ways.size() - 1);
            throw new UsageException("give only one of --count, --prefix and --hosts (got " + given + ")");
        }
        if (!parent.address().equals(parent.network()) && !json(jsonOption)) {
            println("(" + parent + " has host bits set; splitting its network " + parent.block() + ")");
        }
        if (hosts != null) {
            vlsm(parent.block(), Vlsm.plan(parent, Vlsm.parseRequests(hosts)));
        } else {
            equal(count != null ? EqualSplit.intoAtLeast(parent, count) : EqualSplit.withPrefix(parent, prefix));
        }
        return 0;
    }

    private void equal(EqualSplit split) {
        BigInteger count = split.count();
        boolean json = json(jsonOption);
        boolean listAll = json || all || count.compareTo(BigInteger.valueOf(SHOWN)) <= 0;
        if (listAll && count.compareTo(BigInteger.valueOf(MAX_LISTED)) > 0) {
            throw new UsageException("this split makes " + count + " subnets; " + (json ? "JSON" : "--all")
                    + " lists at most " + MAX_LISTED + " (choose a shorter --prefix, or drop "
                    + (json ? "--json" : "--all") + " for a summary)");
        }
        if (json) {
            List<Cidr> subnets = new ArrayList<>(count.intValueExact());
            for (int i = 0; i < count.intValueExact(); i++) {
                subnets.add(split.subnet(BigInteger.valueOf(i)));
            }
            println(AddressJson.split(split.parent(), subnets, null));
            return;
        }
        SubnetFacts each = SubnetFacts.of(split.subnet(BigInteger.ZERO));
        int borrowed = split.childPrefix() - split.parent().prefix();
        String size = each.version() == 4 ? plural(each.addresses(), "address", "addresses") + ", "
                + plural(each.hosts(), "host", "hosts") + " each"
                : "2^" + (128 - split.childPrefix()) + " addresses each";
        println(split.parent() + " split into " + count + (count.equals(BigInteger.ONE) ? " subnet" : " subnets") + " of /"
                + split.childPrefix() + " (" + size + "; " + borrowed + (borrowed == 1 ? " bit" : " bits")
                + " borrowed from the host part)");
        SubnetTable table = new SubnetTable(style(), split.parent().version(), false);
        println(table.header());
        if (listAll) {
            for (int i = 0; i < count.intValueExact(); i++) {
                println(table.row(i + 1, split.subnet(BigInteger.valueOf(i)), null));
            }
            return;
        }
        for (int i = 0; i < SHOWN / 2; i++) {
            println(table.row(i + 1, split.subnet(BigInteger.valueOf(i)), null));
        }
        BigInteger tail = BigInteger.valueOf(4);
        println("  … " + count.subtract(tail).subtract(BigInteger.valueOf(SHOWN / 2)) + " more …");
        for (BigInteger i = count.subtract(tail); i.compareTo(count) < 0; i = i.add(BigInteger.ONE)) {
            println(table.row(i.add(BigInteger.ONE), split.subnet(i), null));
        }
        println(count + " subnets in all" + (count.compareTo(BigInteger.valueOf(MAX_LISTED)) <= 0
                ? " (add --all to list every one)" : ""));
    }

    private void vlsm(Cidr parent, List<Vlsm.Allocation> plan) {
        if (json(jsonOption)) {
            println(AddressJson.split(parent, plan.stream().map(Vlsm.Allocation::block).toList(),
                    plan.stream().map(Vlsm.Allocation::requested).toList()));
            return;
        }
        long size = 1L << parent.hostBits();
        println("VLSM in " + parent + " (" + size + " addresses): " + plan.size()
                + (plan.size() == 1 ? " request" : " requests") + ", largest block first, in address order");
        SubnetTable table = new SubnetTable(style(), 4, true);
        println(table.header());
        long used = 0;
        for (int i = 0; i < plan.size(); i++) {
            Vlsm.Allocation a = plan.get(i);
            println(table.row(i + 1, a.block(), a.requested()));
            used += 1L << a.block().hostBits();
        }
        println("Used " + used + " of " + size + " addresses" + (used < size
                ? "; free from " + Ipv4Address.ofLong(((Ipv4Address) parent.address()).unsigned() + used)
                        + " (" + (size - used) + " addresses)"
                : "; none left"));
    }

    private static String plural(BigInteger n, String one, String many) {
        return n + " " + (n.equals(BigInteger.ONE) ? one : many);
    }
}
