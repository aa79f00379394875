package com.example.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlinesApplicationTest {

    @LocalServerPort
    int port;

    @Test
    void aDuplicateReceivedBeforeNauryzIsDueOnTheFifteenthWorkingDay() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/deadlines?service=803005&channel=PROVIDER_OFFICE&receivedAt=2025-03-17T10:00:00%2B05:00")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"service\":\"education-document-duplicate\",\"channel\":\"PROVIDER_OFFICE\","
                + "\"acceptedAt\":\"2025-03-17T10:00:00+05:00\",\"dueAt\":\"2025-04-10T18:00:00+05:00\"}");
    }
}
