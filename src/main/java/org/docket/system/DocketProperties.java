package org.docket.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Docket's own settings: defaults in application.yml, overrides in jobs/*.yml or on the command line.
 *
 * @param home   the data directory (db, index, store, outbox, quarantine)
 * @param models the folder holding the shipped models
 * @param intake limits and sizes of the intake job
 */
@Validated
@ConfigurationProperties("docket")
public record DocketProperties(@NotNull Path home, @NotNull Path models, @Valid @NotNull Intake intake) {

    /**
     * @param maxFileSize   larger files are quarantined unread
     * @param maxPages      documents with more pages are quarantined
     * @param maxPixels     images with more pixels than this are quarantined (decompression bombs)
     * @param fileTimeLimit extraction of one file is cut off after this long
     * @param chunkSize     documents committed together
     * @param threads       documents read in parallel within a chunk, each with its own Tesseract
     * @param isolation     where untrusted files are read: in worker processes (the default) or inside Docket's own process
     * @param workerMemory  the heap of each worker process; a file that needs more is quarantined
     */
    public record Intake(
            @NotNull DataSize maxFileSize,
            @Min(1) int maxPages,
            @Min(1) long maxPixels,
            @NotNull Duration fileTimeLimit,
            @Min(1) int chunkSize,
            @Min(1) int threads,
            @NotNull Isolation isolation,
            @NotNull DataSize workerMemory) {
    }

    /**
     * {@code workers}: each file is read in a child process of its own memory and time limits, so a native
     * crash, a hang or running out of memory costs that file and not the job. {@code in-process}: read on a
     * thread of Docket's own process, quicker to start, for one-off commands on trusted files.
     */
    public enum Isolation { WORKERS, IN_PROCESS }

    public DataDirectory dataDirectory() {
        return new DataDirectory(home);
    }
}
