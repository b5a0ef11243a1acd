package org.sumcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a standard stream is a terminal, so that progress and colour appear only where a person looks. */
final class Terminal {
    private Terminal() {
    }

    /** @param fd 1 for stdout, 2 for stderr */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: fall through to the JDK's weaker test
        }
        return System.console() != null;
    }
}
