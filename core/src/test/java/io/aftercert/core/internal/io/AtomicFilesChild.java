package io.aftercert.core.internal.io;

import io.aftercert.core.internal.io.AtomicFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A process for {@link AtomicFilesTests} to stop with SIGTERM: writes a set of outputs over and
 * over, each round all files filled with one letter ('A', 'B', 'A', …), and prints {@code ready}
 * after the first round.
 */
public final class AtomicFilesChild {
    private AtomicFilesChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        for (long round = 0; ; round++) {
            byte[] content = new byte[size];
            Arrays.fill(content, (byte) ('A' + round % 2));
            Map<Path, byte[]> outputs = new LinkedHashMap<>();
            for (int i = 0; i < files; i++) outputs.put(dir.resolve("out" + i + ".bin"), content);
            AtomicFiles.writeAll(outputs);
            if (round == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
