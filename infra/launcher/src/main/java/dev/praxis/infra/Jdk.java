package dev.praxis.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The JDK the launcher runs on, handed to every child so they all run on the same Java. */
public final class Jdk {

    private Jdk() {
    }

    public static Path home() {
        return homeOf(ProcessHandle.current().info().command().map(Path::of))
                .orElseGet(() -> Path.of(System.getProperty("java.home")));
    }

    public static Path javaExecutable() {
        return home().resolve("bin").resolve("java");
    }

    /** {@code /jdk/bin/java} → {@code /jdk}, if that path really is a JDK's launcher. */
    static Optional<Path> homeOf(Optional<Path> command) {
        return command
                .map(Path::toAbsolutePath)
                .filter(path -> path.getFileName() != null && path.getFileName().toString().startsWith("java"))
                .map(Path::getParent)
                .filter(bin -> bin != null && bin.getFileName() != null && bin.getFileName().toString().equals("bin"))
                .map(Path::getParent)
                .filter(Files::isDirectory);
    }
}
