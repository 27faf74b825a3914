package kz.elections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdsTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            3f2504e0-4f89-11d3-9a0c-0305e82c3301 | 3f2504e0-4f89-11d3-9a0c-0305e82c3301
            3F2504E0-4F89-11D3-9A0C-0305E82C3301 | 3f2504e0-4f89-11d3-9a0c-0305e82c3301
            mazhilis-2023                        | none
            mazhilis-2023-list                   | none
            1-2-3-4-5                            | none
            3f2504e0-4f89-11d3-9a0c-0305e82c330g | none
            3f2504e0x4f89x11d3x9a0cx0305e82c3301 | none
            3f2504e0-4f89-11d3-9a0c-0305e82c330  | none
            3f2504e0-4f89-11d3-9a0c-0305e82c33011 | none
            none                                 | none
            """, delimiter = '|')
    void anIdIsTheCanonicalFormAndAnythingElseIsACode(String text, String id) {
        assertEquals(Optional.ofNullable(id).map(UUID::fromString), Ids.parse(text));
    }
}
