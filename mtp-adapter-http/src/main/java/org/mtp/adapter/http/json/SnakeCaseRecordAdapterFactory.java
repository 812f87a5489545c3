package org.mtp.adapter.http.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moshi adapters for Java records with snake_case member names, so wire records keep Java names ({@code record
 * TokenView(UUID id, Instant createdAt)} writes {@code {"id": ..., "created_at": ...}}). Members are written in
 * declaration order; unknown members are skipped when reading.
 */
final class SnakeCaseRecordAdapterFactory implements JsonAdapter.Factory {

    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
        Class<?> raw = Types.getRawType(type);
        if (!annotations.isEmpty() || !raw.isRecord()) {
            return null;
        }
        RecordComponent[] components = raw.getRecordComponents();
        List<Member> members = new ArrayList<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            members.add(new Member(
                    SnakeCase.of(component.getName()),
                    accessor,
                    moshi.adapter(component.getGenericType()),
                    component.getType()));
            parameterTypes[i] = component.getType();
        }
        try {
            Constructor<?> constructor = raw.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return new RecordAdapter(List.copyOf(members), constructor).nullSafe();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + raw, e);
        }
    }

    private record Member(String wireName, Method accessor, JsonAdapter<Object> adapter, Class<?> type) {}

    private static final class RecordAdapter extends JsonAdapter<Object> {

        private final List<Member> members;
        private final Map<String, Integer> indexByName = new HashMap<>();
        private final Constructor<?> constructor;

        RecordAdapter(List<Member> members, Constructor<?> constructor) {
            this.members = members;
            this.constructor = constructor;
            for (int i = 0; i < members.size(); i++) {
                indexByName.put(members.get(i).wireName(), i);
            }
        }

        @Override
        public void toJson(JsonWriter writer, Object value) throws IOException {
            writer.beginObject();
            for (Member member : members) {
                writer.name(member.wireName());
                member.adapter().toJson(writer, invoke(member.accessor(), value));
            }
            writer.endObject();
        }

        @Override
        public Object fromJson(JsonReader reader) throws IOException {
            Object[] arguments = new Object[members.size()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = defaultValue(members.get(i).type());
            }
            reader.beginObject();
            while (reader.hasNext()) {
                Integer index = indexByName.get(reader.nextName());
                if (index == null) {
                    reader.skipValue();
                } else {
                    arguments[index] = members.get(index).adapter().fromJson(reader);
                }
            }
            reader.endObject();
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw new JsonDataException(e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object invoke(Method accessor, Object target) {
            try {
                return accessor.invoke(target);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record accessor failed: " + accessor, e);
            }
        }

        private static Object defaultValue(Class<?> type) {
            if (type == boolean.class) {
                return false;
            }
            if (type == int.class) {
                return 0;
            }
            if (type == long.class) {
                return 0L;
            }
            if (type == double.class) {
                return 0.0;
            }
            return null;
        }
    }
}
