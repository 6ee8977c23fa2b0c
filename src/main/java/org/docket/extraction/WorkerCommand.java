package org.docket.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.springframework.util.unit.DataSize;

/**
 * The command line that starts an extraction worker: the java binary and classpath of Docket's own
 * process, its native-access flag, a heap of its own that ends the process when exhausted, and crash
 * logs kept out of the working folder. DOCKET_WORKER_JAVA_OPTS adds JVM options of one's own.
 */
final class WorkerCommand {

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private WorkerCommand() {
    }

    static List<String> of(DataSize memory, String languages) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx" + Math.max(16, memory.toMegabytes()) + "m",
                "-XX:+ExitOnOutOfMemoryError",
                // a worker's Java work (parsing, rendering) is short next to native OCR: the quick first-tier
                // compiler and the single-threaded collector leave the two cores to Tesseract and Docket
                // (the demo: ~145 pages/min against ~105 with the JVM's defaults, on the same busy machine)
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "docket-worker-crash-%p.log"),
                "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=logback-spring.xml"));
        String extra = System.getenv("DOCKET_WORKER_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        String classPath = System.getProperty("java.class.path");
        Path bootJar = bootJar(classPath);
        if (bootJar != null) {
            // Docket runs from its Spring Boot jar: its classes sit in nested jars only Boot's launcher can load
            command.addAll(List.of("-cp", bootJar.toString(), "-Dloader.main=" + ExtractionWorker.class.getName(), BOOT_LAUNCHER));
        } else {
            command.addAll(List.of("-cp", classPath, ExtractionWorker.class.getName()));
        }
        command.add(String.valueOf(ProcessHandle.current().pid()));
        command.add(languages);
        return command;
    }

    /** The Spring Boot jar Docket was started from, or null when it runs from a plain classpath. */
    private static Path bootJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Start-Class") != null ? jar : null;
        } catch (IOException e) {
            return null;
        }
    }
}
