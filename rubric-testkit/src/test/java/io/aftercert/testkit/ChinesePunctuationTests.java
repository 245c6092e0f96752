package io.aftercert.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChinesePunctuationTests {
    private static List<String> bad(String json) throws java.io.IOException {
        return ChinesePunctuation.halfWidthIn(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsHalfWidthMarksBesideHanInChineseFieldsOnly() throws Exception {
        assertEquals(List.of("zh: 保养后,服务"), bad("{\"a\": {\"zh\": \"保养后,服务\", \"en\": \"after, service\"}}"));
        assertEquals(List.of("requirement: 要求(见附录"), bad("{\"items\": [{\"requirement\": \"要求(见附录\"}]}"));
        assertEquals(List.of("quote: 包括: 记录"), bad("{\"q\": [[{\"quote\": \"包括: 记录\"}]]}"));
        // a ratio is a figure; Chinese marks and English text are fine
        assertEquals(List.of(), bad("{\"zh\": \"比例（建议不低于 1:200）\", \"quote\": \"保养后，服务\", \"en\": \"a,b\"}"));
    }
}
