package org.docket.intake;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.docket.audit.DecisionLog;
import org.docket.document.ContentStore;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.extraction.Quarantine;
import org.docket.routing.Outbox;
import org.docket.routing.RoutingPolicy;
import org.docket.routing.RoutingProperties;
import org.docket.search.ArchiveIndex;
import org.docket.system.DocketProperties;
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
 * The intake job, top to bottom: read the inbox, run each document through the stages, settle the
 * chunk; one step, restartable, documents of a chunk read in parallel.
 */
@Configuration(proxyBeanMethods = false)
class IntakeJobConfiguration {

    static final String JOB_NAME = "intake";
    static final String INPUTS = "inputs";

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{jobParameters['" + INPUTS + "']}") String inputs, DocumentStore store) {
        List<Path> paths = Arrays.stream(inputs.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
        return new InboxReader(paths, store);
    }

    @Bean
    IntakeProcessor intakeProcessor(IntakePipeline pipeline, DocumentStore store) {
        return new IntakeProcessor(pipeline, store);
    }

    @Bean
    @StepScope
    IntakeWriter intakeWriter(@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
                              @Value("#{stepExecution.jobExecutionId}") long jobExecutionId, DocketProperties properties, DocumentStore store,
                              ContentStore contents, Quarantine quarantine, Outbox outbox, ArchiveIndex index, DecisionLog decisions) {
        return new IntakeWriter(jobInstanceId, jobExecutionId, properties.dataDirectory(), store, contents, quarantine, outbox, index,
                decisions);
    }

    @Bean
    RoutingPolicy routingPolicy(RoutingProperties routing) {
        return routing.policy();
    }

    @Bean
    ThreadPoolTaskExecutor intakeReaders(DocketProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.intake().threads());
        executor.setMaxPoolSize(properties.intake().threads());
        executor.setThreadNamePrefix("intake-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    Step readThePost(JobRepository jobRepository, PlatformTransactionManager transactionManager, InboxReader inboxReader,
                     IntakeProcessor intakeProcessor, IntakeWriter intakeWriter, ThreadPoolTaskExecutor intakeReaders,
                     DocketProperties properties) {
        return new StepBuilder("readThePost", jobRepository)
                .<Document, Document>chunk(properties.intake().chunkSize())
                .transactionManager(transactionManager)
                .reader(inboxReader)
                .processor(intakeProcessor)
                .writer(intakeWriter)
                .taskExecutor(intakeReaders)
                .build();
    }

    @Bean
    Job intakeJob(JobRepository jobRepository, Step readThePost, JobOwnership ownership) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(ownership).start(readThePost).build();
    }
}
