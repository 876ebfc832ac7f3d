package netlab.core.addr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import netlab.core.InvalidInputException;

/**
 * Variable-length subnet masking (RFC 950 subnetting with per-subnet masks, RFC 1878): each
 * request for H hosts gets the smallest power-of-two block that holds H + 2 addresses (the
 * network and broadcast addresses are not hosts), and blocks are allocated largest first from
 * the start of the parent, which keeps every block aligned. The plan fits exactly when the
 * blocks add up to no more than the parent.
 */
public final class Vlsm {
    /** Requests are limited so a typed list cannot make the lab allocate without end. */
    public static final int MAX_REQUESTS = 4096;

    /** One block of the plan and the request it serves. */
    public record Allocation(Cidr block, long requested) {
    }

    private Vlsm() {
    }

    /** The smallest block size, a power of two, holding {@code hosts} hosts plus network and broadcast. */
    public static long blockSize(long hosts) {
        return Long.highestOneBit(hosts + 1) << 1;
    }

    /** Parses {@code 100,50,10}: positive whole numbers separated by commas. */
    public static List<Long> parseRequests(String text) {
        if (text.isBlank()) {
            throw new InvalidInputException("--hosts needs host counts, e.g. --hosts 100,50,10");
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_REQUESTS) {
            throw new InvalidInputException("--hosts lists " + parts.length + " requests; at most " + MAX_REQUESTS);
        }
        List<Long> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            String p = part.strip();
            boolean digits = !p.isEmpty() && p.length() <= 12;
            for (int i = 0; i < p.length() && digits; i++) {
                digits = p.charAt(i) >= '0' && p.charAt(i) <= '9';
            }
            if (!digits || Long.parseLong(p) < 1) {
                throw new InvalidInputException("not a host count: " + InvalidInputException.quote(part)
                        + " in --hosts " + InvalidInputException.quote(text)
                        + " (each is a whole number 1–999999999999, separated by commas, e.g. 100,50,10)");
            }
            out.add(Long.parseLong(p));
        }
        return out;
    }

    /** The plan for {@code requests} inside {@code parent}, in address order, or a one-line refusal. */
    public static List<Allocation> plan(Cidr parent, List<Long> requests) {
        if (parent.version() != 4) {
            throw new InvalidInputException("--hosts (VLSM) is for IPv4 networks; split IPv6 with --prefix (e.g. --prefix 64)");
        }
        Cidr block = parent.block();
        long available = 1L << block.hostBits();
        List<Integer> order = new ArrayList<>();
        long needed = 0;
        for (int i = 0; i < requests.size(); i++) {
            order.add(i);
            needed += blockSize(requests.get(i));
        }
        if (needed > available) {
            throw new InvalidInputException("the requests do not fit in " + block + ": their smallest blocks need "
                    + needed + " addresses and it has " + available + " (" + sizes(requests) + ")");
        }
        order.sort(Comparator.comparingLong((Integer i) -> blockSize(requests.get(i))).reversed());
        List<Allocation> plan = new ArrayList<>(requests.size());
        long next = ((Ipv4Address) block.address()).unsigned();
        for (int i : order) {
            long size = blockSize(requests.get(i));
            plan.add(new Allocation(new Cidr(Ipv4Address.ofLong(next), 32 - Long.numberOfTrailingZeros(size)),
                    requests.get(i)));
            next += size;
        }
        return plan;
    }

    private static String sizes(List<Long> requests) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(requests.size(), 8);
        for (int i = 0; i < shown; i++) {
            long h = requests.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(h).append(h == 1 ? " host → " : " hosts → ").append(blockSize(h));
        }
        if (shown < requests.size()) {
            sb.append(", …");
        }
        return sb.toString();
    }
}
