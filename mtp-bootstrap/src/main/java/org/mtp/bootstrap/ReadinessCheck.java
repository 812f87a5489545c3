package org.mtp.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The {@code check} command's question to a freshly started service: what does {@code GET /health/ready} answer?
 * It goes over HTTP, as a load balancer's probe would, so that the check covers the listener and the routes too.
 */
final class ReadinessCheck {

  private static final int TIMEOUT_MS = 5_000;

  private ReadinessCheck() {}

  /** The status code of {@code /health/ready} on the service listening on {@code host:port}. */
  static int status(String host, int port) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI
        .create("http://" + reachable(host) + ":" + port + "/health/ready").toURL().openConnection();
    connection.setConnectTimeout(TIMEOUT_MS);
    connection.setReadTimeout(TIMEOUT_MS);
    try {
      int status = connection.getResponseCode();
      try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      return status;
    } finally {
      connection.disconnect();
    }
  }

  /** A wildcard listen address is reached over loopback; IPv6 literals need brackets in a URL. */
  private static String reachable(String host) {
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      return "127.0.0.1";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
