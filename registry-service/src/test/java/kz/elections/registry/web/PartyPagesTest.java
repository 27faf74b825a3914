package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

@QuarkusTest
class PartyPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    /** As a browser's same-origin script or form sends it: Origin names this very host. */
    private static RequestSpecification sameOrigin(String token) {
        String host = "localhost:" + RestAssured.port;
        return as(token).header("Host", host).header("Origin", "http://" + host);
    }

    /** A registered party and its members, shared: each of 5,000 random members more makes a chance IIN collision likelier. */
    private record RegisteredParty(UUID id, List<String> members) {
    }

    private static RegisteredParty registered;

    private static synchronized RegisteredParty registeredParty() {
        if (registered == null) {
            List<String> members = PartyFixtures.members(250);
            registered = new RegisteredParty(PartyClient.registered(members), members);
        }
        return registered;
    }

    private static String agent(UUID party) {
        return TestTokens.partyAgent(party);
    }

    /** The application form as a browser posts it: the API's field names, one value per ticked unit. */
    private static Map<String, Object> applicationForm(Map<String, Object> application) {
        Map<String, Object> form = new LinkedHashMap<>(application);
        @SuppressWarnings("unchecked")
        Map<String, Object> group = (Map<String, Object>) form.remove("initiativeGroup");
        form.put("initiativeGroup.size", String.valueOf(group.get("size")));
        form.put("initiativeGroup.units", group.get("units"));
        return form;
    }

    /** A party list form: the candidates as rows {@code candidates[i].…}, the first {@code women} in the quota. */
    private static Map<String, Object> listForm(String contest, List<String> iins, int women) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contest", contest);
        for (int i = 0; i < iins.size(); i++) {
            Map<String, Object> person = NominationFixtures.person(iins.get(i));
            if (i < women) {
                person.put("sex", "FEMALE");
                person.put("quotaCategory", "WOMAN");
            }
            String row = "candidates[" + i + "].";
            person.forEach((field, value) -> form.put(row + field, String.valueOf(value)));
        }
        return form;
    }

    private static List<Map<String, Object>> rulesOf(UUID party) {
        return given().auth().oauth2(agent(party)).get("/api/v1/parties/applications/{id}/report", party)
                .then().statusCode(200).extract().path("rules");
    }

    @Test
    void onlyPartyAgentsOpenThePartyPages() {
        for (String path : List.of("/ui/party", "/ui/party/contests", "/ui/party/nominations", "/ui/party/lists")) {
            as(TestTokens.citizen()).get(path).then().statusCode(403);
            as(TestTokens.centralCommission()).get(path).then().statusCode(403);
            as(TestTokens.observer()).get(path).then().statusCode(403);
            as(TestTokens.tabulator("KZ-75")).get(path).then().statusCode(403);
        }
        as(TestTokens.citizen()).contentType(FORM).formParams(applicationForm(PartyFixtures.application()))
                .post("/ui/party/application").then().statusCode(403);
        given().redirects().follow(false).get("/ui/party").then().statusCode(302);
    }

    @Test
    void thePagesCarryTheScriptForTheUploadProgressAndTheQuotaCount() {
        UUID party = UUID.randomUUID();
        PartyClient.apply(agent(party), PartyFixtures.application()).statusCode(201);
        String html = as(agent(party)).get("/ui/party").then().statusCode(200)
                .body(containsString("data-upload-progress=\"members-progress\""))
                .body(containsString("<label class=\"form-label\" for=\"members-progress\">"))
                .extract().asString();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(/static/registry-pages\\.js)\"").matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(script.find(), "the page loads the script");
        given().get(script.group(1)).then().statusCode(200)
                .body(containsString("uploadProgress")).body(containsString("quotaPercent"))
                .body(containsString("XMLHttpRequest"));
    }

    @Test
    void anAgentFilesTheApplicationThroughTheFormAfterCorrectingIt() {
        UUID party = UUID.randomUUID();
        as(agent(party)).get("/ui/party").then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"f-bin\">"))
                .body(containsString("<label class=\"form-check-label\" for=\"f-unit-KZ-75\">"));

        Map<String, Object> application = PartyFixtures.application();
        Map<String, Object> wrong = applicationForm(application);
        wrong.put("bin", "12345");
        wrong.put("nameEn", "");
        wrong.put("congressOn", "15.04.2023");
        as(agent(party)).contentType(FORM).formParams(wrong).post("/ui/party/application").then().statusCode(400)
                .body(containsString("aria-describedby=\"f-bin-error\""))
                .body(containsString("id=\"f-bin-error\" data-field=\"bin\">12 цифрдан тұруы тиіс<"))
                .body(containsString("data-field=\"nameEn\">толтырылуы тиіс<"))
                .body(containsString("data-field=\"congressOn\">күн болуы тиіс (ЖЖЖЖ-АА-КК)<"))
                .body(containsString("value=\"" + application.get("nameKk") + "\""));
        given().auth().oauth2(agent(party)).get("/api/v1/parties/applications").then().body("size()", equalTo(0));

        as(agent(party)).contentType(FORM).formParams(applicationForm(application)).post("/ui/party/application")
                .then().statusCode(303).header("Location", containsString("/ui/party"));

        Map<String, Object> stored = given().auth().oauth2(agent(party)).get("/api/v1/parties/applications/{id}", party)
                .then().statusCode(200).body("status", equalTo("APPLIED")).body("memberRows", nullValue())
                .extract().path("$");
        for (String field : List.of("nameKk", "nameRu", "nameEn", "shortName", "bin", "notifiedOn", "congressOn")) {
            assertEquals(application.get(field), stored.get(field), field);
        }
        assertEquals(application.get("initiativeGroup"), stored.get("initiativeGroup"));
        as(agent(party)).get("/ui/party").then().statusCode(200).body(containsString("data-status=\"APPLIED\""))
                .body(containsString("data-rule=\"MEMBERS_TOTAL\" data-outcome=\"FAIL\""))
                .body(containsString("enctype=\"multipart/form-data\""));
    }

    @Test
    void theUploadStoresTheMembersExactlyAsTheApiDoes() {
        UUID viaPage = UUID.randomUUID();
        UUID viaApi = UUID.randomUUID();
        PartyClient.apply(agent(viaPage), PartyFixtures.application()).statusCode(201);
        PartyClient.apply(agent(viaApi), PartyFixtures.application()).statusCode(201);
        String csv = PartyFixtures.csv(PartyFixtures.members(10));

        sameOrigin(agent(viaPage)).multiPart("members", "members.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("version", "0").post("/ui/party/members").then().statusCode(303)
                .header("Location", endsWith("/ui/party?stored=200"));
        // The party's page, read afresh after the upload, says so and counts the new list.
        as(agent(viaPage)).get("/ui/party?stored=200").then().statusCode(200)
                .body(containsString("data-stored-rows=\"200\""))
                .body(containsString("id=\"member-rows\" data-rows=\"200\">200</dd>"))
                .body(containsString("data-rule=\"MEMBERS_PER_UNIT\""));
        PartyClient.uploadMembers(agent(viaApi), viaApi, csv).statusCode(200);

        assertEquals(rulesOf(viaApi), rulesOf(viaPage));
        given().auth().oauth2(agent(viaPage)).get("/api/v1/parties/applications/{id}", viaPage).then()
                .body("memberRows", equalTo(200));
        given().auth().oauth2(TestTokens.centralCommission()).get("/api/v1/audit?entityId={id}", viaPage).then()
                .statusCode(200).body("action", hasItem("party.members-uploaded"));
    }

    @Test
    void aBadMemberListWritesNothingAndNamesEveryBadLine() {
        UUID party = UUID.randomUUID();
        PartyClient.apply(agent(party), PartyFixtures.application()).statusCode(201);
        String csv = "iin,unit_code\n" + PartyFixtures.iin() + ",KZ-75\n791028302729,KZ-75\n" + PartyFixtures.iin() + ",KZ-99\n";

        sameOrigin(agent(party)).multiPart("members", "members.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("version", "0").post("/ui/party/members").then().statusCode(400)
                .body(containsString("id=\"members-refused\""))
                .body(containsString("<li data-line=\"line 3\">3-жол: ЖСН 7910******29 бақылау цифрынан өтпейді</li>"))
                .body(containsString("<li data-line=\"line 4\">4-жол: белгісіз өңір коды: KZ-99</li>"))
                .body(not(containsString("data-stored-rows")));
        sameOrigin(agent(party)).multiPart("members", "empty.csv", new byte[0], "text/csv").multiPart("version", "0")
                .post("/ui/party/members").then().statusCode(400)
                .body(containsString("aria-describedby=\"f-members-help f-members-error\""))
                .body(containsString("data-field=\"members\">"));
        as(agent(party)).header("Origin", "https://evil.example")
                .multiPart("members", "members.csv", PartyFixtures.csv(PartyFixtures.members(1)).getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/ui/party/members").then().statusCode(403);

        given().auth().oauth2(agent(party)).get("/api/v1/parties/applications/{id}", party).then()
                .body("memberRows", nullValue()).body("version", equalTo(0));
    }

    @Test
    void anAgentSeesAndChangesOnlyItsOwnParty() {
        UUID partyA = UUID.randomUUID();
        UUID partyB = UUID.randomUUID();
        Map<String, Object> applicationA = PartyFixtures.application();
        Map<String, Object> applicationB = PartyFixtures.application();
        PartyClient.apply(agent(partyA), applicationA).statusCode(201);
        PartyClient.apply(agent(partyB), applicationB).statusCode(201);

        as(agent(partyB)).get("/ui/party").then().statusCode(200)
                .body(containsString((String) applicationB.get("bin"))).body(not(containsString((String) applicationA.get("bin"))));
        sameOrigin(agent(partyB)).multiPart("members", "members.csv",
                PartyFixtures.csv(PartyFixtures.members(1)).getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("version", "0").post("/ui/party/members").then().statusCode(303);
        given().auth().oauth2(agent(partyA)).get("/api/v1/parties/applications/{id}", partyA).then()
                .body("memberRows", nullValue());
        given().auth().oauth2(agent(partyB)).get("/api/v1/parties/applications/{id}", partyB).then()
                .body("memberRows", equalTo(20));

        List<String> members = registeredParty().members();
        UUID listParty = registeredParty().id();
        String election = ElectionFixtures.openMazhilis();
        String listLocation = sameOrigin(agent(listParty)).contentType(FORM)
                .formParams(listForm(election + ".list", members.subList(0, 3), 1)).post("/ui/party/lists")
                .then().statusCode(303).extract().header("Location");
        as(agent(partyB)).get(listLocation).then().statusCode(404);
        as(agent(listParty)).get(listLocation).then().statusCode(200);
    }

    @Test
    void anAgentNominatesForTheOwnPartyWithTheCitizensForm() {
        List<String> members = registeredParty().members();
        UUID party = registeredParty().id();
        String election = ElectionFixtures.openMazhilis();
        String contest = election + ".smd-75-01";

        as(agent(party)).get("/ui/party/contests").then().statusCode(200)
                .body(containsString("/ui/party/nominations/new?contest=" + contest))
                .body(containsString("/ui/party/lists/new?contest=" + election + ".list"));
        as(agent(party)).get("/ui/party/nominations/new?contest={c}", contest).then().statusCode(200)
                .body(containsString("action=\"/ui/party/nominations\""))
                .body(not(containsString("name=\"signatures\"")));

        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contest", contest);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        NominationFixtures.person(members.get(0)).forEach((field, value) -> form.put("person." + field, String.valueOf(value)));
        String location = sameOrigin(agent(party)).contentType(FORM).formParams(form).post("/ui/party/nominations")
                .then().statusCode(303).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1).replaceFirst("\\?done=filed$", "");

        given().auth().oauth2(agent(party)).get("/api/v1/nominations/{id}", id).then().statusCode(200)
                .body("route", equalTo("PARTY")).body("partyId", equalTo(party.toString()))
                .body("contestCode", equalTo(contest));
        as(agent(party)).get("/ui/party/nominations").then().statusCode(200)
                .body(containsString("/ui/party/nominations/" + id));
        as(agent(UUID.randomUUID())).get("/ui/party/nominations/{id}", id).then().statusCode(404);
    }

    @Test
    void aListWithTooFewQuotaNamesShowsTheRuleAndWritesNothing() {
        List<String> members = registeredParty().members();
        UUID party = registeredParty().id();
        String contest = ElectionFixtures.openMazhilis() + ".list";

        as(agent(party)).get("/ui/party/lists/new?contest={c}", contest).then().statusCode(200)
                .body(containsString("data-quota-percent=\"30\""))
                .body(containsString("data-max-names=\"90\""))
                .body(containsString("data-quota-categories=\"DISABILITY WOMAN YOUTH\""))
                .body(containsString("<label class=\"form-label\" for=\"f-candidates-2-quotaCategory\">"));

        Map<String, Object> tooFew = listForm(contest, members.subList(0, 4), 1);
        sameOrigin(agent(party)).contentType(FORM).formParams(tooFew).post("/ui/party/lists").then().statusCode(422)
                .body(containsString("data-rule=\"LIST_QUOTA\" data-outcome=\"FAIL\""))
                .body(containsString("data-quota=\"count\">1<"))
                .body(containsString("data-quota=\"required\">2<"))
                .body(containsString("value=\"" + members.get(3) + "\""));

        Map<String, Object> badRows = listForm(contest, members.subList(0, 4), 2);
        badRows.put("candidates[1].iin", "791028302729");
        badRows.put("candidates[2].surnameKk", "");
        sameOrigin(agent(party)).contentType(FORM).formParams(badRows).post("/ui/party/lists").then().statusCode(400)
                .body(containsString("id=\"f-candidates-2-surnameKk-error\" data-field=\"candidates[2].surnameKk\">толтырылуы тиіс<"))
                .body(containsString("aria-describedby=\"f-candidates-2-surnameKk-error\""));
        badRows.put("candidates[2].surnameKk", "Сейітова");
        sameOrigin(agent(party)).contentType(FORM).formParams(badRows).post("/ui/party/lists").then().statusCode(400)
                .body(containsString("data-field=\"candidates[1].iin\">ЖСН бақылау цифрынан өтпейді<"));

        Map<String, Object> more = listForm(contest, members.subList(0, 2), 1);
        more.put("more", "row");
        sameOrigin(agent(party)).contentType(FORM).formParams(more).post("/ui/party/lists").then().statusCode(200)
                .body(containsString("id=\"f-candidates-2-iin\""))
                .body(not(containsString("id=\"f-candidates-3-iin\"")));

        given().auth().oauth2(agent(party)).get("/api/v1/party-lists").then().statusCode(200)
                .body("findAll { it.contestCode == '" + contest + "' }.size()", equalTo(0));
    }

    @Test
    void aValidListIsStoredInTheOrderOfTheRowsAndBlankRowsAreDropped() {
        List<String> members = registeredParty().members();
        UUID party = registeredParty().id();
        String contest = ElectionFixtures.openMazhilis() + ".list";
        Map<String, Object> form = listForm(contest, members.subList(0, 4), 2);
        for (String field : NominationFixtures.person().keySet()) {
            form.put("candidates[5]." + field, "");
        }

        String location = sameOrigin(agent(party)).contentType(FORM).formParams(form).post("/ui/party/lists")
                .then().statusCode(303).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        List<String> order = new ArrayList<>();
        given().auth().oauth2(agent(party)).get("/api/v1/party-lists/{id}", id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("candidates.size()", equalTo(4))
                .body("candidates[0].person.quotaCategory", equalTo("WOMAN"))
                .body("candidates[3].listPosition", equalTo(4))
                .extract().<List<String>>path("candidates.person.iinMasked").forEach(order::add);
        assertEquals(members.subList(0, 4).stream().map(iin -> iin.substring(0, 4) + "******" + iin.substring(10)).toList(), order);
        as(agent(party)).get(location).then().statusCode(200)
                .body(containsString("data-rule=\"LIST_QUOTA\" data-outcome=\"PASS\""))
                .body(containsString("data-position=\"4\""));
        as(agent(party)).get("/ui/party/lists").then().statusCode(200).body(containsString("/ui/party/lists/" + id));
    }
}
