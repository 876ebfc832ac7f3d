package netlab.shell.commands.sockets;

import java.util.List;
import netlab.core.kernel.TcpState;
import netlab.net.NetFailure;
import netlab.net.tcp.ConnectionLifecycle.SocketState;
import netlab.net.tcp.ConnectionLifecycle.Step;
import netlab.shell.Style;

/** Prints the steps of a connection's life with the kernel's state of each socket after each step. */
final class StepsView {
    private final Style style;

    StepsView(Style style) {
        this.style = style;
    }

    String step(int number, Step step, boolean withStates) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold(number + ". " + step.who() + ": " + step.call())).append('\n');
        sb.append("   ").append(step.effect()).append('\n');
        if (withStates) {
            sb.append(states(step.sockets()));
        }
        return sb.toString();
    }

    String states(List<SocketState> sockets) {
        StringBuilder sb = new StringBuilder();
        if (sockets.isEmpty()) {
            sb.append("     (no socket of this connection left in the kernel's table)\n");
        }
        for (SocketState s : sockets) {
            String state = String.format("%-11s", s.state().name());
            sb.append("     ").append(s.state() == TcpState.TIME_WAIT || s.state() == TcpState.CLOSE_WAIT
                    ? style.warn(state) : style.ok(state)).append("  ");
            sb.append(String.format("%-8s", s.role())).append(' ');
            if (s.state() == TcpState.LISTEN) {
                sb.append(NetFailure.name(s.local())).append("  accept queue ").append(s.rxQueue());
            } else {
                sb.append(NetFailure.name(s.local())).append(" → ").append(NetFailure.name(s.remote()));
                if (s.state() == TcpState.CLOSE_WAIT && s.rxQueue() == 1) {
                    sb.append("  FIN not yet read (it counts as one byte of sequence space)");
                } else if (s.rxQueue() > 0) {
                    sb.append("  ").append(s.rxQueue()).append(" B unread");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
