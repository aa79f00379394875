package kz.qyzmet.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled server's data directory, which holds personal data — the H2 database with applicants' IINs and
 * names, the token file: the directory is its owner's only (0700) and so is every file in it (0600), whatever
 * the umask. Where the file system has no POSIX permissions there is nothing to set.
 */
final class DataDirectory {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    private DataDirectory() {
    }

    /** Creates the directory (0700), or makes an existing one its owner's only. */
    static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix(dir)) {
                restrict(dir, DIRECTORY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("data-dir: cannot create " + dir.toAbsolutePath(), e);
        }
    }

    /** Makes every file directly in the directory its owner's only (0600): the database files H2 created, say. */
    static void restrictFiles(Path dir) {
        if (!posix(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                restrict(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("data-dir: cannot set the permissions of the files in " + dir.toAbsolutePath(), e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> had = Files.getPosixFilePermissions(path);
        if (!had.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            LOG.info("{}: permissions {} -> {}", path.toAbsolutePath(), PosixFilePermissions.toString(had), PosixFilePermissions.toString(wanted));
        }
    }

    private static boolean posix(Path path) {
        try {
            return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }
}
