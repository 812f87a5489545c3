package org.mtp.adapter.http.json;

import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;

/** Javalin's JSON mapper backed by {@link Json}, so {@code ctx.json(...)} and {@code bodyAsClass} use Moshi. */
public final class MoshiJsonMapper implements JsonMapper {

    private final Json json;

    public MoshiJsonMapper(Json json) {
        this.json = json;
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        return json.write(obj, type);
    }

    @Override
    public <T> T fromJsonString(String text, Type targetType) {
        return json.read(text, targetType);
    }
}
