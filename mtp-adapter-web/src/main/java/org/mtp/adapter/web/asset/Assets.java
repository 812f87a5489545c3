package org.mtp.adapter.web.asset;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' static files (own CSS, scripts and icon; htmx, Leaflet and leaflet-draw from their webjars), read once
 * from the class path and served under {@code /assets/<version>/<name>}, where the version is a digest of all of them:
 * a URL never changes meaning, so browsers keep each file for a year, and a new build brings new URLs. Javalin
 * compresses them.
 */
public final class Assets {

    public static final String PREFIX = "/assets/";
    /** The stylesheet at a stable address, for pages of another adapter that cannot know the version. */
    public static final String STABLE_STYLESHEET = "/assets/site.css";

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Map<String, Asset> files;
    private final String version;

    private Assets(Map<String, Asset> files) {
        this.files = Map.copyOf(files);
        this.version = digest(files);
    }

    /** A file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {}

    public static Assets fromClassPath() {
        Properties versions = load("web/versions.properties");
        String htmx = "META-INF/resources/webjars/htmx.org/" + versions.getProperty("htmx") + "/dist/";
        String leaflet = "META-INF/resources/webjars/leaflet/" + versions.getProperty("leaflet") + "/dist/";
        Map<String, Asset> files = new LinkedHashMap<>();
        own(files, "site.css", "text/css; charset=utf-8");
        own(files, "map.js", "text/javascript; charset=utf-8");
        own(files, "tour-order.js", "text/javascript; charset=utf-8");
        own(files, "import.js", "text/javascript; charset=utf-8");
        own(files, "favicon.svg", "image/svg+xml");
        files.put("htmx.min.js", read(htmx + "htmx.min.js", "text/javascript; charset=utf-8"));
        files.put("leaflet/leaflet.js", read(leaflet + "leaflet.js", "text/javascript; charset=utf-8"));
        files.put("leaflet/leaflet.css", read(leaflet + "leaflet.css", "text/css; charset=utf-8"));
        for (String image : new String[] {"layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png"}) {
            files.put("leaflet/images/" + image, read(leaflet + "images/" + image, "image/png"));
        }
        files.put("leaflet/images/marker-shadow.png", read(leaflet + "images/marker-shadow.png", "image/png"));
        // leaflet-draw, for the challenge form's map only; its stylesheet asks for its sprites at images/...
        String draw = "META-INF/resources/webjars/leaflet-draw/" + versions.getProperty("leafletDraw") + "/dist/";
        own(files, "area-draw.js", "text/javascript; charset=utf-8");
        files.put("leaflet-draw/leaflet.draw.js", read(draw + "leaflet.draw.js", "text/javascript; charset=utf-8"));
        files.put("leaflet-draw/leaflet.draw.css", read(draw + "leaflet.draw.css", "text/css; charset=utf-8"));
        for (String sprite : new String[] {"spritesheet.png", "spritesheet-2x.png"}) {
            files.put("leaflet-draw/images/" + sprite, read(draw + "images/" + sprite, "image/png"));
        }
        files.put("leaflet-draw/images/spritesheet.svg", read(draw + "images/spritesheet.svg", "image/svg+xml"));
        return new Assets(files);
    }

    /** The URL of a file, e.g. {@code url("site.css")}; fails for a name that is not one of the files. */
    public String url(String name) {
        if (!files.containsKey(name)) {
            throw new IllegalArgumentException("no asset " + name);
        }
        return PREFIX + version + "/" + name;
    }

    public String version() {
        return version;
    }

    public void register(RoutesConfig routes) {
        routes.get(PREFIX + "{version}/<name>", this::serve);
        routes.get("/favicon.ico", ctx -> send(ctx, files.get("favicon.svg"), "public, max-age=86400"));
        routes.get(STABLE_STYLESHEET, ctx -> send(ctx, files.get("site.css"), "public, max-age=3600"));
    }

    private void serve(Context ctx) {
        Asset asset = files.get(ctx.pathParam("name"));
        if (asset == null || !ctx.pathParam("version").equals(version)) {
            throw new NotFoundResponse();
        }
        send(ctx, asset, IMMUTABLE);
    }

    private static void send(Context ctx, Asset asset, String cacheControl) {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private static void own(Map<String, Asset> files, String name, String contentType) {
        files.put(name, read("web/static/" + name, contentType));
    }

    private static Asset read(String resource, String contentType) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + resource);
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + resource);
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(Map<String, Asset> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, asset) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(asset.bytes());
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
