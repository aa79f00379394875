package kz.qyzmet.architecture;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The condition that no class asks "which member of a sealed family is this?" by {@code instanceof} outside that
 * family's own type. A closed family (a sealed interface or class and the members it permits) carries its
 * behaviour on its members, or declares a visitor with one method per member; then a new member that lacks the
 * behaviour does not compile, where an {@code instanceof} chain would silently fall through to its last branch.
 *
 * <p>A type is a member of a family when one of its proper supertypes is sealed; the family is named by its
 * topmost sealed supertype (a sealed sub-family such as a kind of event belongs to the whole family). The family's
 * own type is the top-level class that declares its root, together with every member and the classes nested in
 * them: inside it, a member may still test another (an {@code equals}, a factory). Testing an object against the
 * root itself ({@code value instanceof Event}) is no dispatch over the members and is allowed. Sealing is read from
 * the class files through reflection, so the classes checked must be loadable.
 */
final class SealedFamilyDispatch extends ArchCondition<JavaClass> {

    SealedFamilyDispatch() {
        super("not test by instanceof which member of a sealed family a value is, outside the family's own type");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        for (InstanceofCheck check : origin.getInstanceofChecks()) {
            JavaClass target = check.getRawType();
            familyOf(target).filter(root -> !inside(origin, root)).ifPresent(root -> events.add(SimpleConditionEvent.violated(check,
                    check.getOwner().getDescription() + " checks instanceof <" + target.getName() + "> in " + check.getSourceCodeLocation()
                            + ": a member of the sealed family <" + root.getName() + ">; give the family the behaviour, or a visitor")));
        }
    }

    /** The topmost sealed proper supertype of the type, if the type is a member of a sealed family. */
    private static Optional<Class<?>> familyOf(JavaClass type) {
        Class<?> reflected;
        try {
            reflected = type.reflect();
        } catch (RuntimeException | LinkageError notLoadable) {
            return Optional.empty();
        }
        return topmostSealed(reflected);
    }

    private static Optional<Class<?>> topmostSealed(Class<?> type) {
        Class<?> best = null;
        for (Class<?> parent : parents(type)) {
            if (parent.isSealed()) {
                best = parent;
            }
            Optional<Class<?>> above = topmostSealed(parent);
            if (above.isPresent()) {
                return above;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Class<?>[] parents(Class<?> type) {
        Class<?>[] interfaces = type.getInterfaces();
        if (type.getSuperclass() == null) {
            return interfaces;
        }
        Class<?>[] parents = new Class<?>[interfaces.length + 1];
        parents[0] = type.getSuperclass();
        System.arraycopy(interfaces, 0, parents, 1, interfaces.length);
        return parents;
    }

    /** Whether the class is part of the family's own type: nested in the root's top-level class, or in a member. */
    private static boolean inside(JavaClass origin, Class<?> root) {
        String rootTopLevel = topLevel(root).getName();
        for (Optional<JavaClass> c = Optional.of(origin); c.isPresent(); c = c.get().getEnclosingClass()) {
            JavaClass enclosing = c.get();
            if (enclosing.getName().equals(rootTopLevel) || enclosing.isAssignableTo(root)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> topLevel(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return top;
    }
}
