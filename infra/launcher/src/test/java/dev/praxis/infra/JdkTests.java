package dev.praxis.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JdkTests {

    @TempDir
    Path directory;

    @Test
    void findsTheHomeAboveTheJavaLauncher() throws Exception {
        Path home = Files.createDirectories(directory.resolve("jdk-21"));
        Path java = Files.createFile(Files.createDirectories(home.resolve("bin")).resolve("java"));

        assertThat(Jdk.homeOf(Optional.of(java))).contains(home);
    }

    @Test
    void ignoresCommandsThatAreNotAJavaLauncherInBin() {
        assertThat(Jdk.homeOf(Optional.of(directory.resolve("usr/local/sbin/java")))).isEmpty();
        assertThat(Jdk.homeOf(Optional.of(directory.resolve("bin/python")))).isEmpty();
        assertThat(Jdk.homeOf(Optional.empty())).isEmpty();
    }

    @Test
    void theRunningJdkHasAJavaLauncher() {
        assertThat(Jdk.javaExecutable()).isExecutable();
    }
}
