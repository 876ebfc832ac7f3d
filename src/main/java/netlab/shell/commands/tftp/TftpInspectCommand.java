package netlab.shell.commands.tftp;

import java.util.List;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.HexParser;
import netlab.core.tftp.TftpAnnotator;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Decode one TFTP packet given in hex: every field named, and for a bad packet what is wrong and at"
                + " which offset.",
            "Opcodes: 1 RRQ, 2 WRQ, 3 DATA, 4 ACK, 5 ERROR, 6 OACK. Exit status 1 for a bad packet."},
        footer = {"", "Examples:", "  tftp inspect 00 01 68 65 6c 6c 6f 2e 74 78 74 00 6f 63 74 65 74 00",
            "  tftp inspect 0004 0001", "  tftp inspect 00 05 00 01 46 69 6c 65 20 6e 6f 74 20 66 6f 75 6e 64 00",
            "  tftp inspect 00 01 61 00 6d 61 69 6c 00   (mail mode: refused)"})
final class TftpInspectCommand extends LabCommand {
    @Parameters(arity = "1..*", paramLabel = "HEX", description = "The packet's bytes in hex (spaces, colons and 0x allowed).")
    List<String> hex;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    TftpInspectCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        byte[] bytes = HexParser.parse(String.join(" ", hex));
        if (bytes.length == 0) {
            throw new UsageException("tftp inspect needs the bytes of one packet in hex (e.g. tftp inspect 0004 0001)");
        }
        Annotation a = TftpAnnotator.INSTANCE.annotate(bytes);
        if (json(jsonOption)) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("ok", a.ok());
            m.put("summary", a.summary());
            m.put("length", bytes.length);
            m.put("fields", a.spans().stream().map(f -> {
                java.util.Map<String, Object> field = new java.util.LinkedHashMap<>();
                field.put("offset", f.offset());
                field.put("length", f.length());
                field.put("name", f.name());
                field.put("value", f.value());
                return field;
            }).toList());
            m.put("problems", a.problems());
            console().printJson(m);
            return a.ok() ? 0 : 1;
        }
        println(style().bold("TFTP") + ": " + a.summary() + " (" + bytes.length + " bytes)");
        console().out().print(new TftpView(style(), console().width()).packet(bytes, true));
        return a.ok() ? 0 : 1;
    }
}
