package org.docket.classification;

import java.io.IOException;
import org.docket.system.DocketProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClassificationConfiguration {

    @Bean
    Categoriser categoriser(DocketProperties properties) throws IOException {
        return new Categoriser(CategoriserModel.load(properties.models(), CategoriserModel.DEFAULT_NAME));
    }

    @Bean
    SafeguardingDetector safeguardingDetector(DocketProperties properties) throws IOException {
        return new SafeguardingDetector(SafeguardingModel.load(properties.models()));
    }
}
