package dev.praxis.web.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

class ReferenceDataTests {

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://registry");
    private final MockRestServiceServer registry = MockRestServiceServer.bindTo(builder).build();
    private final ReferenceData referenceData = new ReferenceData(builder.build());

    @Test
    void asksTheRegistryOnceForManyPages() {
        registry.expect(once(), requestTo("http://registry/api/v1/regions")).andRespond(withSuccess("""
                [{"code": "RU-KGD", "nameRu": "Калининградская область", "nameEn": "Kaliningrad Oblast",
                  "federalDistrict": "Северо-Западный федеральный округ",
                  "federalDistrictEn": "Northwestern Federal District"}]
                """, MediaType.APPLICATION_JSON));
        registry.expect(once(), requestTo("http://registry/api/v1/directions")).andRespond(withSuccess("""
                [{"code": "business-support", "nameRu": "Поддержка бизнеса", "nameEn": "Business support"}]
                """, MediaType.APPLICATION_JSON));

        for (int page = 0; page < 3; page++) {
            assertThat(referenceData.regions()).singleElement()
                    .satisfies(region -> assertThat(region.federalDistrict(Locale.ENGLISH))
                            .isEqualTo("Northwestern Federal District"));
            assertThat(referenceData.directions()).extracting(Direction::code).containsExactly("business-support");
        }
        registry.verify();
    }

    @Test
    void asksAgainAfterAFailureInsteadOfKeepingIt() {
        registry.expect(requestTo("http://registry/api/v1/directions")).andRespond(withServiceUnavailable());
        registry.expect(requestTo("http://registry/api/v1/directions")).andRespond(withSuccess("""
                [{"code": "business-support", "nameRu": "Поддержка бизнеса", "nameEn": "Business support"}]
                """, MediaType.APPLICATION_JSON));

        assertThatThrownBy(referenceData::directions).isInstanceOf(RestClientException.class);
        assertThat(referenceData.directions()).extracting(Direction::code).containsExactly("business-support");
        registry.verify();
    }
}
