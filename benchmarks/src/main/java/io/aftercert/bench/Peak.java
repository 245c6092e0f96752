package io.aftercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident memory of this process (Linux VmHWM), in MiB; -1 elsewhere. */
final class Peak {
    private Peak() {
    }

    static long rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
