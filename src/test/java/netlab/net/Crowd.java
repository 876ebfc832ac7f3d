package netlab.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Many clients that connect to a server at once and drop, some abruptly (RST), some with a FIN. */
public final class Crowd {
    private Crowd() {
    }

    /** Opens {@code count} connections, then closes them all; every third one with a reset. */
    public static void connectAndDrop(InetSocketAddress server, int count) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Socket s = new Socket();
                sockets.add(s);
                s.connect(server, 5000);
                if (i % 3 == 0) {
                    s.setSoLinger(true, 0);
                }
            }
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
