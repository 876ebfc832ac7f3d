package netlab.shell.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import netlab.core.InvalidInputException;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.Annotator;
import netlab.core.bytes.HexDump;
import netlab.core.bytes.HexParser;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.UsageException;
import netlab.shell.render.Annotators;
import netlab.shell.render.HexRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "hexdump", mixinStandardHelpOptions = true,
        description = {"Show bytes as hexdump -C does: offset, 16 bytes in hex, and the ASCII beside them.",
            "Give exactly one input: a FILE, --text TEXT (its UTF-8 bytes) or --hex HEX.",
            "Lines equal to the one before are squeezed into a single *; the last line is the length."},
        footer = {"", "Examples:",
            "  hexdump --text \"Hello, TFTP!\"",
            "  hexdump --text 我爱你            (3 bytes per character in UTF-8)",
            "  hexdump --hex \"00 01 68 65 6c 6c 6f 00\"",
            "  hexdump notes.txt"})
public final class HexdumpCommand extends LabCommand {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A file to dump.")
    Path file;

    @Option(names = "--text", paramLabel = "TEXT", description = "Dump the UTF-8 bytes of TEXT.")
    String text;

    @Option(names = "--hex", paramLabel = "HEX", description = "Dump bytes written in hex (spaces, colons and 0x allowed).")
    String hex;

    @Option(names = "--annotate", paramLabel = "PROTO",
            description = "Read the bytes as a packet of PROTO and colour and explain each field.")
    String annotate;

    HexdumpCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        int inputs = (file != null ? 1 : 0) + (text != null ? 1 : 0) + (hex != null ? 1 : 0);
        if (inputs != 1) {
            throw new UsageException((inputs == 0 ? "hexdump needs an input" : "hexdump takes one input, got " + inputs)
                    + ": a FILE, --text TEXT or --hex HEX (e.g. hexdump --text hi)");
        }
        if (annotate != null) {
            return annotated(bytes());
        }
        if (file != null) {
            dumpFile();
        } else {
            HexDump dump = new HexDump(console().out());
            byte[] bytes = bytes();
            dump.feed(bytes, 0, bytes.length);
            dump.finish();
        }
        return 0;
    }

    private byte[] bytes() throws IOException {
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (hex != null) {
            return HexParser.parse(hex);
        }
        checkReadable();
        long size = Files.size(file);
        if (size > 1 << 20) {
            throw new UsageException("--annotate reads one packet, and " + file + " has " + size + " bytes (at most 1 MiB)");
        }
        return Files.readAllBytes(file);
    }

    private void dumpFile() throws IOException {
        checkReadable();
        HexDump dump = new HexDump(console().out());
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                dump.feed(buffer, 0, n);
                if (lab.scope().cancelled() || console().out().checkError()) {
                    return;
                }
            }
        }
        dump.finish();
    }

    private void checkReadable() {
        if (!Files.exists(file)) {
            throw new CommandFailedException("no such file: " + InvalidInputException.quote(file.toString()));
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailedException(InvalidInputException.quote(file.toString()) + " is a folder; give a file");
        }
        if (!Files.isReadable(file)) {
            throw new CommandFailedException("cannot read " + InvalidInputException.quote(file.toString()) + ": permission denied");
        }
    }

    private int annotated(byte[] bytes) {
        Annotator annotator = Annotators.find(annotate).orElseThrow(() -> new UsageException(
                "unknown protocol for --annotate: " + InvalidInputException.quote(annotate)
                        + (Annotators.names().isEmpty() ? " (no packet decoders are installed yet)"
                        : " (choose one of: " + String.join(", ", Annotators.names()) + ")")));
        Annotation annotation = annotator.annotate(bytes);
        HexRenderer renderer = new HexRenderer(style());
        println(style().bold(annotation.protocol()) + ": " + annotation.summary());
        console().out().print(renderer.dump(bytes, annotation.spans()));
        console().out().print(renderer.legend(annotation.spans()));
        for (String problem : annotation.problems()) {
            println(style().error("problem: ") + problem);
        }
        return annotation.ok() ? 0 : 1;
    }
}
