package archfixture.framework.application;

import com.tngtech.archunit.core.importer.ClassFileImporter;

public final class UsesFramework {
    public Object importer() {
        return new ClassFileImporter();
    }
}
