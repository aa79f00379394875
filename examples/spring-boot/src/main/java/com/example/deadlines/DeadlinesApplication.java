package com.example.deadlines;

import java.time.OffsetDateTime;
import kz.qyzmet.application.deadline.port.in.DeadlinePreview;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineQuery;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.embedded.Qyzmet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Qyzmet embedded in Spring Boot, with one use case on HTTP: when a request would be due. */
@SpringBootApplication
@RestController
public class DeadlinesApplication {

    /** The due moment of a request of a service on a channel, received at a moment. */
    public record Due(String service, Channel channel, OffsetDateTime acceptedAt, OffsetDateTime dueAt) {
    }

    private final Qyzmet qyzmet;

    public DeadlinesApplication(Qyzmet qyzmet) {
        this.qyzmet = qyzmet;
    }

    public static void main(String[] args) {
        SpringApplication.run(DeadlinesApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    static Qyzmet qyzmet() {
        return Qyzmet.builder().build();
    }

    @GetMapping("/deadlines")
    public Due deadline(@RequestParam String service, @RequestParam Channel channel,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime receivedAt) {
        DeadlinePreview preview = qyzmet.deadlines().preview(new PreviewDeadlineQuery(service, channel, receivedAt));
        return new Due(preview.standard().service().id().value(), channel,
                preview.deadline().acceptance().acceptedAt().atOffset(receivedAt.getOffset()),
                preview.deadline().dueAt().atOffset(receivedAt.getOffset()));
    }
}
