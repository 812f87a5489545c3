package org.mtp.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test proxy forwards, refuses, black-holes and forwards again, in front of a loopback echo server. */
class TcpProxyTest {

    private static final int SILENCE_MS = 300;

    private final ServerSocket echo = echoServer();
    private final TcpProxy proxy = TcpProxy.to(TcpProxy.HOST, echo.getLocalPort());

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void forwardsBothWays() throws IOException {
        try (Socket client = connect()) {
            assertThat(roundTrip(client, 'a')).isEqualTo('a');
        }
    }

    @Test
    void refusing_closesOpenConnectionsAndRefusesNewOnes_untilRestored() throws IOException {
        try (Socket open = connect()) {
            roundTrip(open, 'a');

            proxy.refuse();

            assertThat(readOrEnd(open)).as("an open connection is closed").isEqualTo(-1);
            assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);
        }
        proxy.restore();
        try (Socket again = connect()) {
            assertThat(roundTrip(again, 'b')).isEqualTo('b');
        }
    }

    @Test
    void blackHoling_silencesOpenConnectionsAndNewOnes_untilRestored() throws IOException {
        try (Socket open = connect()) {
            roundTrip(open, 'a');

            proxy.blackHole();

            open.getOutputStream().write('b');
            assertThatThrownBy(() -> open.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            try (Socket accepted = connect()) {
                accepted.getOutputStream().write('c');
                assertThatThrownBy(() -> accepted.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            }
        }
        proxy.restore();
        try (Socket again = connect()) {
            assertThat(roundTrip(again, 'd')).isEqualTo('d');
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(TcpProxy.HOST, proxy.port());
        socket.setSoTimeout(SILENCE_MS);
        return socket;
    }

    private static char roundTrip(Socket socket, char sent) throws IOException {
        socket.getOutputStream().write(sent);
        socket.setSoTimeout(5_000);
        int answer = socket.getInputStream().read();
        socket.setSoTimeout(SILENCE_MS);
        return (char) answer;
    }

    /** -1 when the connection ends (or is reset), else the byte read. */
    private static int readOrEnd(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        try {
            return socket.getInputStream().read();
        } catch (SocketException reset) {
            return -1;
        }
    }

    /** Echoes every byte of every connection back, on daemon threads. */
    private static ServerSocket echoServer() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName(TcpProxy.HOST));
            Thread acceptor = new Thread(
                    () -> {
                        while (!server.isClosed()) {
                            try {
                                Socket socket = server.accept();
                                Thread echoing = new Thread(() -> echo(socket), "echo");
                                echoing.setDaemon(true);
                                echoing.start();
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    "echo-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echo(Socket socket) {
        try (socket;
                InputStream in = socket.getInputStream()) {
            int b;
            while ((b = in.read()) >= 0) {
                socket.getOutputStream().write(b);
            }
        } catch (IOException ended) {
            // The proxy closed its side.
        }
    }
}
