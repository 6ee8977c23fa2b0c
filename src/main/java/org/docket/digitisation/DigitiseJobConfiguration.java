package org.docket.digitisation;

import java.nio.file.Path;
import org.docket.extraction.TesseractOcr;
import org.docket.search.ArchiveIndex;
import org.docket.system.JobOwnership;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The digitisation job, top to bottom: list the collection's pages; read them in ranges, the ranges
 * shared among one thread per core (each with its own Tesseract), every page's reading committed
 * with its chunk; then put the pages together into documents and write their archival copies.
 * Restartable at every point: the database says which pages are read and which documents written.
 */
@Configuration(proxyBeanMethods = false)
class DigitiseJobConfiguration {

    static final String JOB_NAME = "digitise";
    static final String FOLDER = "folder";
    static final String COLLECTION = "collection";
    static final String OUT = "out";
    private static final String RUN = "#{stepExecution.jobExecution.jobInstanceId}";
    private static final String WORK_FOLDER = ".docket-work";

    /** Where a run keeps its page images until they are in the PDFs: its own folder, so runs into one archive folder never meet. */
    static Path work(String out, long run) {
        return Path.of(out).resolve(WORK_FOLDER).resolve(Long.toString(run));
    }

    @Bean
    @StepScope
    ListThePages listThePagesTasklet(@Value(RUN) long run, @Value("#{jobParameters['" + FOLDER + "']}") String folder,
                                     @Value("#{jobParameters['" + COLLECTION + "']}") String collection, ArchivePages pages) {
        return new ListThePages(run, Path.of(folder), collection, pages);
    }

    @Bean
    Step listThePages(JobRepository jobRepository, PlatformTransactionManager transactionManager, ListThePages listThePagesTasklet) {
        return new StepBuilder("listThePages", jobRepository).tasklet(listThePagesTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    PageRanges pageRanges(@Value(RUN) long run, ArchivePages pages, DigitisationProperties settings) {
        return new PageRanges(run, pages, settings.threads());
    }

    @Bean
    @StepScope
    UnreadPages unreadPages(@Value(RUN) long run, @Value("#{stepExecutionContext['" + PageRanges.FROM + "']}") int from,
                            @Value("#{stepExecutionContext['" + PageRanges.TO + "']}") int to, ArchivePages pages) {
        return new UnreadPages(run, from, to, pages);
    }

    @Bean
    @StepScope
    ReadPage readPage(@Value("#{jobParameters['" + FOLDER + "']}") String folder, TesseractOcr ocr, WordList wordList,
                      DigitisationProperties settings) {
        return new ReadPage(Path.of(folder), ocr, wordList, settings);
    }

    @Bean
    @StepScope
    SettlePages settlePages(@Value(RUN) long run, @Value("#{jobParameters['" + COLLECTION + "']}") String collection,
                            @Value("#{jobParameters['" + OUT + "']}") String out, ArchivePages pages, ArchiveIndex index) {
        return new SettlePages(run, collection, work(out, run), pages, index);
    }

    @Bean
    Step readAPageRange(JobRepository jobRepository, PlatformTransactionManager transactionManager, UnreadPages unreadPages,
                        ReadPage readPage, SettlePages settlePages, DigitisationProperties settings) {
        return new StepBuilder("readAPageRange", jobRepository)
                .<ListedPage, PageReading>chunk(settings.pagesPerChunk())
                .transactionManager(transactionManager)
                .reader(unreadPages)
                .processor(readPage)
                .writer(settlePages)
                .build();
    }

    @Bean
    ThreadPoolTaskExecutor pageReaders(DigitisationProperties settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.threads());
        executor.setMaxPoolSize(settings.threads());
        executor.setThreadNamePrefix("digitise-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    Step readThePages(JobRepository jobRepository, Step readAPageRange, PageRanges pageRanges, ThreadPoolTaskExecutor pageReaders,
                      DigitisationProperties settings) {
        return new StepBuilder("readThePages", jobRepository)
                .partitioner("readAPageRange", pageRanges)
                .step(readAPageRange)
                .gridSize(settings.threads())
                .taskExecutor(pageReaders)
                .build();
    }

    @Bean
    @StepScope
    DocumentsToWrite documentsToWrite(@Value(RUN) long run, ArchivePages pages, ArchiveDocuments documents,
                                      DigitisationProperties settings) {
        return new DocumentsToWrite(run, pages, documents, settings.separation());
    }

    @Bean
    @StepScope
    WriteArchivalCopies writeArchivalCopies(@Value(RUN) long run, @Value("#{jobParameters['" + COLLECTION + "']}") String collection,
                                            @Value("#{jobParameters['" + OUT + "']}") String out, ArchivePages pages, TesseractOcr ocr) {
        return new WriteArchivalCopies(run, collection, work(out, run), Path.of(out), pages,
                new ArchivalCopies.Reading("Tesseract", ocr.version(), ocr.languages()));
    }

    @Bean
    @StepScope
    WriteArchivalCopies.Recorder recordDocuments(@Value(RUN) long run, ArchiveDocuments documents) {
        return new WriteArchivalCopies.Recorder(run, documents);
    }

    @Bean
    Step writeTheDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager, DocumentsToWrite documentsToWrite,
                           WriteArchivalCopies writeArchivalCopies, WriteArchivalCopies.Recorder recordDocuments,
                           ThreadPoolTaskExecutor pageReaders, DigitisationProperties settings) {
        return new StepBuilder("writeTheDocuments", jobRepository)
                .<DocumentSeparation.Document, WriteArchivalCopies.Written>chunk(settings.threads())
                .transactionManager(transactionManager)
                .reader(documentsToWrite)
                .processor(writeArchivalCopies)
                .writer(recordDocuments)
                .taskExecutor(pageReaders)
                .build();
    }

    @Bean
    Job digitiseJob(JobRepository jobRepository, Step listThePages, Step readThePages, Step writeTheDocuments, JobOwnership ownership) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(ownership)
                .start(listThePages).next(readThePages).next(writeTheDocuments).build();
    }
}
