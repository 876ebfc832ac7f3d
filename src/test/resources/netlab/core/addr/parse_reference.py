# Independent reference for netlab's address parsing: for each line of the file named by argv[1],
# prints the canonical form Python's ipaddress gives (RFC 5952 mixed form for IPv4-mapped), or
# "invalid" when Python refuses the text.
import ipaddress as ip
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        text = line.rstrip("\n")
        try:
            a = ip.ip_address(text)
        except ValueError:
            print("invalid")
            continue
        print("::ffff:" + str(a.ipv4_mapped) if a.version == 6 and a.ipv4_mapped is not None else str(a))
