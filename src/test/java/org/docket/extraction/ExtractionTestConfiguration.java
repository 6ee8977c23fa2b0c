package org.docket.extraction;

import org.docket.system.DocketProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Just the extraction package and its settings, real Tika and Tesseract, no database. */
@Configuration
@ComponentScan(basePackageClasses = TextExtractor.class)
@EnableConfigurationProperties(DocketProperties.class)
class ExtractionTestConfiguration {
}
