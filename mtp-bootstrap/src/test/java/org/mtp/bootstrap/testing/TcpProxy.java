package org.mtp.bootstrap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test helper: a TCP proxy on a loopback port that a test puts between the service and its database, and then cuts in
 * one of the two ways a database goes away. {@link #refuse()} closes every connection and refuses new ones (the
 * database process died: fast failures); {@link #blackHole()} keeps every connection open but silent and accepts new
 * ones that never answer (a network partition or a frozen host: the case that hangs services without timeouts).
 * {@link #restore()} forwards again. Its threads are daemons, ended by {@link #close()}.
 */
public final class TcpProxy implements AutoCloseable {

    /** Where the proxy listens. */
    public static final String HOST = "127.0.0.1";

    private static final int CONNECT_TIMEOUT_MS = 2_000;

    /** What the proxy does with connections. */
    private enum Mode {
        FORWARDING,
        REFUSING,
        BLACK_HOLING
    }

    private final InetSocketAddress target;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARDING;
    private ServerSocket listener;
    private Thread acceptor;
    private boolean closed;

    private TcpProxy(InetSocketAddress target) {
        this.target = target;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        this.acceptor = startAccepting(listener);
    }

    /** A proxy forwarding a free loopback port to {@code host:port}. */
    public static TcpProxy to(String host, int port) {
        return new TcpProxy(new InetSocketAddress(host, port));
    }

    /** The loopback port clients connect to; the same for the proxy's whole life, across cuts. */
    public int port() {
        return port;
    }

    /** Closes every open connection both ways and refuses new ones (connect fails at once), until {@link #restore}. */
    public void refuse() {
        Thread accepting;
        synchronized (this) {
            mode = Mode.REFUSING;
            closeQuietly(listener);
            closeLinks();
            accepting = acceptor;
        }
        awaitEnd(accepting);
    }

    /**
     * Keeps every open connection open but forwards nothing more either way, and accepts new connections that never get
     * an answer, until {@link #restore}.
     */
    public synchronized void blackHole() {
        mode = Mode.BLACK_HOLING;
        links.forEach(Link::silence);
    }

    /**
     * Forwards again. Connections open during the cut are closed (bytes swallowed by a black hole cannot be given
     * back), as a database that comes back would have forgotten them; new ones reach the database.
     */
    public synchronized void restore() {
        closeLinks();
        if (listener.isClosed() && !closed) {
            listener = listen(port);
            acceptor = startAccepting(listener);
        }
        mode = Mode.FORWARDING;
    }

    @Override
    public void close() {
        Thread accepting;
        synchronized (this) {
            closed = true;
            closeQuietly(listener);
            closeLinks();
            accepting = acceptor;
        }
        awaitEnd(accepting);
    }

    /**
     * Waits for the accepting thread of a closed listener to end: while a thread is blocked in {@code accept()}, the
     * JDK releases the socket only when that thread leaves it, and until then the port still accepts connections.
     * Called without the lock, which that thread may need for a connection it has just accepted (and then drops).
     */
    private static void awaitEnd(Thread accepting) {
        try {
            accepting.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("the proxy cannot listen on port " + port, e);
        }
    }

    private Thread startAccepting(ServerSocket socket) {
        return daemon("tcp-proxy-accept-" + port, () -> {
            while (!socket.isClosed()) {
                try {
                    accepted(socket.accept());
                } catch (IOException e) {
                    // The listener was closed by refuse() or close(): stop accepting.
                }
            }
        });
    }

    private synchronized void accepted(Socket client) {
        if (mode == Mode.REFUSING || closed) {
            closeQuietly(client);
            return;
        }
        if (mode == Mode.BLACK_HOLING) {
            Link silent = new Link(client, null);
            silent.silence();
            links.add(silent);
            daemon("tcp-proxy-hole-" + port, () -> silent.pump(client, null));
            return;
        }
        Socket upstream = new Socket();
        try {
            upstream.connect(target, CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        Link link = new Link(client, upstream);
        links.add(link);
        if (mode == Mode.BLACK_HOLING) {
            link.silence();
        }
        daemon("tcp-proxy-up-" + port, () -> link.pump(client, upstream));
        daemon("tcp-proxy-down-" + port, () -> link.pump(upstream, client));
    }

    private void closeLinks() {
        for (Link link : List.copyOf(links)) {
            link.close();
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // Already closed or broken: either way it is gone, which is all a cut wants.
        }
    }

    /** One client connection and its upstream connection (none for a connection accepted into a black hole). */
    private final class Link {

        private final Socket client;
        private final Socket upstream;
        private volatile boolean silent;

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void silence() {
            silent = true;
        }

        /**
         * Copies {@code from} to {@code to} while forwarding; swallows the bytes while silent; ends on close or EOF.
         */
        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to == null ? null : to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!silent && out != null) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (SocketException e) {
                // Closed by the other pump, by a cut or by a restore.
            } catch (IOException e) {
                // A broken connection ends the link like a closed one.
            }
            if (!silent) {
                close();
            }
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }
}
