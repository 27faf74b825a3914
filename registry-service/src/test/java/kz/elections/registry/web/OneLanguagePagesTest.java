package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kz.elections.common.web.CommonMessages;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/**
 * A Kazakh or Russian page speaks only Kazakh or Russian: every key of the bundles exists in every
 * language, and the pre-check tables, form errors, statuses, contest kinds and error pages show none of
 * the API's English or codes.
 */
@QuarkusTest
class OneLanguagePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** English a Kazakh or Russian page must not show: the API's descriptions, outcomes, codes and validation messages. */
    private static final List<String> TELLTALE_ENGLISH = List.of("must not", "must be", "Age on election day",
            "Election deposit", "declared", "exempt", ">PASS<", ">FAIL<", ">PENDING<", ">WARN<", "PARTY_LIST<",
            "SINGLE_MANDATE<", "self-nominated", "Members", "fails the", "Forbidden");

    private static Matcher<String> noEnglish() {
        return allOf(TELLTALE_ENGLISH.stream().map(word -> not(containsString(word))).toList()
                .toArray(Matcher[]::new));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    private static String citizen() {
        return TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
    }

    @Test
    void everyKeyOfTheRegistryAndSharedBundlesIsInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(RegistryMessages.class, "msg"));
        assertEquals(List.of(), MessageBundleKeys.gaps(CommonMessages.class, "common"));
    }

    @Test
    void aNominationsPreCheckTableIsTranslatedRuleByRule() {
        String contest = ElectionFixtures.openMazhilis() + ".smd-75-01";
        String token = citizen();
        String id = NominationFixtures.submit(token, NominationFixtures.self(contest, NominationFixtures.person()))
                .statusCode(201).extract().path("id");

        as(token).get("/ui/citizen/nominations/{id}?lang=kk", id).then().statusCode(200)
                .body(containsString("data-rule=\"AGE\" data-outcome=\"PASS\"><td>Сайлау күніндегі жасы ("))
                .body(containsString(">Орындалды<")).body(containsString(">Күтілуде<"))
                .body(containsString(">мәлімделді<")).body(containsString(">Сайлау жарнасы<"))
                .body(noEnglish());
        as(token).get("/ui/citizen/nominations/{id}?lang=ru", id).then().statusCode(200)
                .body(containsString("data-rule=\"AGE\" data-outcome=\"PASS\"><td>Возраст на день выборов ("))
                .body(containsString(">Выполнено<")).body(containsString(">Ожидается<"))
                .body(containsString(">заявлено<")).body(containsString("оплачено 0 ₸"))
                .body(noEnglish());
        as(token).get("/ui/citizen/nominations/{id}?lang=en", id).then().statusCode(200)
                .body(containsString("<td>Age on election day (")).body(containsString(">Met<"));
    }

    @Test
    void aPartyApplicationsReportAndItsFailuresAreTranslated() {
        UUID party = UUID.randomUUID();
        PartyClient.apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);

        as(TestTokens.partyAgent(party)).get("/ui/party?lang=ru").then().statusCode(200)
                .body(containsString("data-rule=\"MEMBERS_TOTAL\" data-outcome=\"FAIL\"><td>Члены партии"))
                .body(containsString("список членов не загружен")).body(containsString(">Не выполнено<"))
                .body(containsString(">Заявление подано<"))
                .body(noEnglish());
        as(TestTokens.centralCommission()).get("/ui/commission/applications/{id}?lang=kk", party).then().statusCode(200)
                .body(containsString("data-rule=\"INITIATIVE_GROUP_SIZE\" data-outcome=\"PASS\"><td>Құрылтай бастамашыл тобының саны"))
                .body(containsString(">Орындалмады<"))
                .body(noEnglish());
    }

    @Test
    void formErrorsAreInThePagesLanguage() {
        String contest = ElectionFixtures.openMazhilis() + ".smd-75-01";
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contest", contest);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        NominationFixtures.person("791028302729").forEach((field, value) -> form.put("person." + field, String.valueOf(value)));
        form.put("person.surnameKk", "");
        form.put("person.birthDate", "28.10.1979");
        String token = citizen();

        as(token).contentType(FORM).formParams(form).post("/ui/citizen/nominations?lang=ru").then().statusCode(400)
                .body(containsString("data-field=\"person.surnameKk\">обязательно для заполнения<"))
                .body(containsString("data-field=\"person.birthDate\">должно быть датой (ГГГГ-ММ-ДД)<"))
                .body(noEnglish());
        form.put("person.surnameKk", "Әбілов");
        form.put("person.birthDate", "1979-10-28");
        as(token).contentType(FORM).formParams(form).post("/ui/citizen/nominations?lang=ru").then().statusCode(400)
                .body(containsString("data-field=\"person.iin\">ИИН не проходит проверку контрольной цифры<"))
                .body(noEnglish());
        as(token).contentType(FORM).formParams(form).post("/ui/citizen/nominations?lang=en").then().statusCode(400)
                .body(containsString("data-field=\"person.iin\">fails the IIN check digit<"));
    }

    @Test
    void contestKindsStatusesAndSelfNominationAreNamedNotCoded() {
        String election = ElectionFixtures.openMazhilis();
        String contest = election + ".smd-75-01";
        String id = NominationFixtures.submit(citizen(), NominationFixtures.self(contest, NominationFixtures.person()))
                .statusCode(201).extract().path("id");
        String commission = TestTokens.centralCommission();
        long due = ((Number) given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then()
                .extract().path("depositDue")).longValue();
        as(commission).contentType(FORM).formParam("amount", String.valueOf(due))
                .post("/ui/commission/nominations/{id}/deposit", id).then().statusCode(303);
        int version = given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then().extract().path("version");
        as(commission).contentType(FORM).formParam("action", "REGISTER").formParam("version", String.valueOf(version))
                .post("/ui/commission/nominations/{id}/decisions", id).then().statusCode(303);

        given().get("/ui/elections/{code}?lang=ru", election).then().statusCode(200)
                .body(containsString("data-kind=\"PARTY_LIST\">Партийный список<"))
                .body(containsString("data-kind=\"SINGLE_MANDATE\">Одномандатный округ<"))
                .body(noEnglish());
        given().get("/ui/contests/{code}?lang=kk", contest).then().statusCode(200)
                .body(containsString("data-route=\"SELF\">Өзін-өзі ұсынған<"))
                .body(noEnglish());
        given().get("/ui/contests/{code}?lang=ru", contest).then().statusCode(200)
                .body(containsString("data-route=\"SELF\">Самовыдвижение<"));
    }

    @Test
    void errorPagesNameAndExplainTheStatusInThePagesLanguage() {
        String citizen = citizen();
        as(citizen).get("/ui/commission/nominations?lang=kk").then().statusCode(403)
                .body(containsString("Қате 403: Рұқсат жоқ")).body(noEnglish());
        as(citizen).get("/ui/commission/nominations?lang=ru").then().statusCode(403)
                .body(containsString("Ошибка 403: Доступ запрещён")).body(noEnglish());
        given().get("/ui/contests/no-such-contest?lang=ru").then().statusCode(404)
                .body(containsString("Такой страницы или записи нет.")).body(noEnglish());
        Stream.of("kk", "ru").forEach(lang -> given().get("/ui/contests/no-such-contest?lang=" + lang).then()
                .body(not(containsString("not found"))));
        given().urlEncodingEnabled(false).get("/ui/contests/x%00?lang=kk").then().statusCode(400)
                .body(containsString("NUL таңбасы (U+0000) болмауы тиіс")).body(noEnglish());
    }
}
