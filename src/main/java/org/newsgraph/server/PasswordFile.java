package org.newsgraph.server;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.document.NewsgraphException;

/**
 * Checks a password file before Jetty reads it. Jetty's format is {@code user: password[,role...]}, so a
 * comma ends the password and an empty password logs in with nothing; both are refused here, as are an
 * empty file, a directory and a file other users may read.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /** Returns the user names, or fails with one line naming the file, line and problem. */
    public static Set<String> check(Path file) {
        if (Files.isDirectory(file)) {
            throw NewsgraphException.failure(file + ": is a directory, not a password file");
        }
        if (!Files.isReadable(file)) {
            throw NewsgraphException.failure(file + ": cannot read the password file");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
                throw NewsgraphException.failure(file + ": other users may read or change the password file;"
                        + " make it private (chmod 600 " + file + ")");
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: nothing to check
        } catch (IOException e) {
            throw NewsgraphException.failure(file + ": cannot read the password file: " + e.getMessage(), e);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw NewsgraphException.failure(file + ": the password file is not UTF-8 text", e);
        } catch (IOException e) {
            throw NewsgraphException.failure(file + ": cannot read the password file: " + e.getMessage(), e);
        }
        Set<String> users = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String at = file + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw NewsgraphException.failure(at + "expected 'user: password'");
            }
            String user = line.substring(0, colon).strip();
            String password = line.substring(colon + 1).strip();
            if (user.isEmpty() || user.contains("=") || user.contains(" ")) {
                throw NewsgraphException.failure(at + "the user name is empty or holds '=' or a space");
            }
            if (password.isEmpty()) {
                throw NewsgraphException.failure(at + "user '" + user + "' has an empty password");
            }
            if (password.contains(",")) {
                throw NewsgraphException.failure(at + "user '" + user + "': a password may not hold ','"
                        + " (Jetty would cut it there and read the rest as roles)");
            }
            if (password.contains("\\")) {
                throw NewsgraphException.failure(at + "user '" + user + "': a password may not hold '\\'"
                        + " (Jetty would read it as an escape)");
            }
            if (!users.add(user)) {
                throw NewsgraphException.failure(at + "user '" + user + "' is listed twice");
            }
        }
        if (users.isEmpty()) {
            throw NewsgraphException.failure(file + ": the password file names no user");
        }
        return users;
    }
}
