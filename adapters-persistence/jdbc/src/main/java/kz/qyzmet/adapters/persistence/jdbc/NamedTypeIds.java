package kz.qyzmet.adapters.persistence.jdbc;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.impl.ClassNameIdResolver;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type ids of the stored JSON: a domain value's kind by its {@link StoredTypeNames stored name}, a JDK
 * collection by what it is, {@code List}, {@code Set} or {@code Map}, never by the JDK's class of the day (such as
 * {@code java.util.ImmutableCollections$ListN}, which the store wrote up to schema version 9). Reading takes the
 * stored names, the class names written before names, and those JDK class names; any other type id is refused.
 * Collections read back unmodifiable, as the JDK's immutable collections always read.
 */
final class NamedTypeIds extends TypeIdResolverBase {

    /** The kinds of collection a stored value may hold, by the names they are stored under. */
    private static final Map<String, Class<?>> COLLECTIONS = Map.of("List", List.class, "Set", Set.class, "Map", Map.class);

    /** What a collection's name reads as: the JDK's unmodifiable collection, as every collection the store wrote so far read. */
    private static final Map<String, String> READ_AS = Map.of(
            "List", "java.util.ImmutableCollections$ListN",
            "Set", "java.util.ImmutableCollections$SetN",
            "Map", "java.util.ImmutableCollections$MapN");

    private final ClassNameIdResolver jdkTypes;

    private NamedTypeIds(JavaType baseType, MapperConfig<?> config, PolymorphicTypeValidator jdkOnly) {
        super(baseType, config.getTypeFactory());
        this.jdkTypes = ClassNameIdResolver.construct(baseType, config, jdkOnly);
    }

    /** Default typing of every non-final type (as the store always wrote), in a two-element array, with these ids. */
    static final class Typing extends ObjectMapper.DefaultTypeResolverBuilder {

        private static final long serialVersionUID = 1L;

        Typing(PolymorphicTypeValidator jdkOnly) {
            super(ObjectMapper.DefaultTyping.NON_FINAL, jdkOnly);
            init(JsonTypeInfo.Id.CUSTOM, null);
            inclusion(JsonTypeInfo.As.WRAPPER_ARRAY);
        }

        @Override
        protected TypeIdResolver idResolver(MapperConfig<?> config, JavaType baseType, PolymorphicTypeValidator jdkOnly,
                                            Collection<NamedType> subtypes, boolean forSer, boolean forDeser) {
            return new NamedTypeIds(baseType, config, jdkOnly);
        }
    }

    @Override
    public String idFromValue(Object value) {
        return idFromValueAndType(value, value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> type) {
        return StoredTypeNames.nameOf(type).orElseGet(() -> {
            for (Map.Entry<String, Class<?>> collection : COLLECTIONS.entrySet()) {
                if (collection.getValue().isAssignableFrom(type)) {
                    return collection.getKey();
                }
            }
            throw new IllegalStateException("no stored type name for " + type.getName()
                    + ": give it one in StoredTypeNames before storing it");
        });
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) throws IOException {
        var named = StoredTypeNames.typeOf(id);
        if (named.isPresent()) {
            return context.getTypeFactory().constructSpecializedType(_baseType, named.get());
        }
        String readAs = READ_AS.get(id);
        return jdkTypes.typeFromId(context, readAs == null ? id : readAs);
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
