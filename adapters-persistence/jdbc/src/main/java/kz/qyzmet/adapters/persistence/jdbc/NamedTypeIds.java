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

/**
 * The type ids of the stored JSON: a domain value's kind by its {@link StoredTypeNames stored name}, a JDK
 * collection's by its class name as before. Reading takes the stored names and the class names written before
 * names; any other type id is refused.
 */
final class NamedTypeIds extends TypeIdResolverBase {

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
            if (!type.getName().startsWith("java.")) {
                throw new IllegalStateException("no stored type name for " + type.getName()
                        + ": give it one in StoredTypeNames before storing it");
            }
            return jdkTypes.idFromValueAndType(value, type);
        });
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) throws IOException {
        var named = StoredTypeNames.typeOf(id);
        if (named.isPresent()) {
            return context.getTypeFactory().constructSpecializedType(_baseType, named.get());
        }
        return jdkTypes.typeFromId(context, id);
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
