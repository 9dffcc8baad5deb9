package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Fix.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class JsonRepairTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void validJsonIsReturnedUnchanged() {
        assertThat(JsonRepair.repair(" {\"a\": [1, 2.5e3, \"x\", true, null]}\n"))
                .isEqualTo(new RepairResult(JsonOutcome.VALID, " {\"a\": [1, 2.5e3, \"x\", true, null]}\n", List.of(), null));
    }

    @Test
    void aStringCutOffKeepsItsExactPrefixTrailingSpacesIncluded() {
        assertThat(JsonRepair.repair("{\"say\": \"hello wor  ")).isEqualTo(truncated("{\"say\": \"hello wor  \"}",
                CLOSED_STRING, CLOSED_OBJECT));
    }

    @Test
    void aKeywordCutOffIsCompletedNeverQuoted() {
        assertThat(JsonRepair.repair("[true, fals")).isEqualTo(truncated("[true, false]", CLOSED_ARRAY, COMPLETED_KEYWORD));
        assertThat(JsonRepair.repair("{\"a\": nul").json()).isEqualTo("{\"a\": null}");
        assertThat(JsonRepair.repair("[tr").json()).isEqualTo("[true]");
    }

    @Test
    void aWholeKeyCutOffBeforeItsValueIsKeptAsNullAndNamedInTheFixes() {
        // given
        String input = "{\"title\": \"Dune\", \"tags\": ";

        // when
        RepairResult result = JsonRepair.repair(input);

        // then
        assertThat(result).isEqualTo(new RepairResult(JsonOutcome.TRUNCATED, "{\"title\": \"Dune\", \"tags\": null}",
                List.of(CLOSED_OBJECT, KEPT_CUT_OFF_KEY), null, "\"tags\""));
        assertThat(result.fixDescriptions()).containsExactly("closed an object cut off at the end",
                "key \"tags\" was cut off before its value; kept as null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            right after the colon        | ~{"tags":~                  | ~{"tags":null}~
            after the colon and a space  | ~{"tags": ~                 | ~{"tags": null}~
            after a line break           | ~{"tags":\n~                | ~{"tags":\nnull}~
            before the colon             | ~{"tags"~                   | ~{"tags":null}~
            before the colon, a space    | ~{"tags" ~                  | ~{"tags": null}~
            nested                       | ~{"a": {"b": ~              | ~{"a": {"b": null}}~
            in an array of objects       | ~[{"id": 1}, {"id": 2, "x":~ | ~[{"id": 1}, {"id": 2, "x":null}]~
            a bare name with its colon   | ~{tags:~                    | ~{"tags":null}~
            a key found in an array      | ~["a", "key":~              | ~["a", {"key":null}]~
            a number cut after its sign  | ~{"n": -~                   | ~{"n": -0}~
            """)
    void aWholeKeyCutOffAnywhereBeforeItsValueIsKept(String where, String input, String expected) {
        RepairResult result = JsonRepair.repair(input.replace("\\n", "\n"));

        assertThat(result.json()).isEqualTo(expected.replace("\\n", "\n"));
        assertThat(result.outcome()).isEqualTo(JsonOutcome.TRUNCATED);
        assertThat(JSON.readTree(result.json())).isNotNull();
    }

    @Test
    void aKeyWhoseValueWasCutWithTheCutOffSignalIsKeptAsNullNotDropped() {
        assertThat(JsonRepair.repair("{\"a\": 1, \"b\": -", true)).isEqualTo(new RepairResult(JsonOutcome.TRUNCATED,
                "{\"a\": 1, \"b\": null}", List.of(CLOSED_OBJECT, DROPPED_INCOMPLETE_VALUE, KEPT_CUT_OFF_KEY), null,
                "\"b\""));
    }

    @Test
    void aKeyCutOffInsideItsNameIsDroppedForItsNameIsNotKnown() {
        assertThat(JsonRepair.repair("{\"a\": 1, \"ta")).isEqualTo(truncated("{\"a\": 1}", CLOSED_STRING, CLOSED_OBJECT,
                DROPPED_DANGLING_KEY));
        assertThat(JsonRepair.repair("{\"a\": 1, ta").json()).isEqualTo("{\"a\": 1}");
        assertThat(JsonRepair.repair("{\"a\": 1, \"t\\u00").json()).isEqualTo("{\"a\": 1}");
        assertThat(JsonRepair.repair("{\"a\": 1, \"t\\").json()).isEqualTo("{\"a\": 1}");
    }

    @Test
    void aVeryLongKeyIsShortenedWhereItIsNamed() {
        String key = "k".repeat(100);

        RepairResult result = JsonRepair.repair("{\"" + key + "\":");

        assertThat(result.json()).isEqualTo("{\"" + key + "\":null}");
        assertThat(result.fixDescriptions()).contains("key \"" + "k".repeat(57) + "…\" was cut off before its value; kept as null");
    }

    @Test
    void aLoneSurrogateEscapeStaysTheEscapeAndAPairStaysAPair() {
        assertThat(JsonRepair.repair("[\"\\ud800\", \"\\udc00\", \"\\ud83d\\ude00\"]").outcome()).isEqualTo(JsonOutcome.VALID);
        assertThat(JsonRepair.repair("{'a': '\\ud800'").json()).isEqualTo("{\"a\": \"\\ud800\"}");
        assertThat(JsonRepair.repair("{\"a\": \"x\\udc00y").json()).isEqualTo("{\"a\": \"x\\udc00y\"}");
    }

    @Test
    void aRawLoneSurrogateIsWrittenAsItsEscapeSoNoEncoderTurnsItIntoAQuestionMark() {
        // a model's lone surrogate escape, once the provider's JSON is decoded, arrives as one raw half of a character
        assertThat(JsonRepair.repair("[\"a\uD800b\", \"\uDC00\"]")).isEqualTo(new RepairResult(JsonOutcome.REPAIRED,
                "[\"a\\ud800b\", \"\\udc00\"]", List.of(LONE_SURROGATE), null));
        assertThat(JsonRepair.repair("{a: \uDBFF}").json()).isEqualTo("{\"a\": \"\\udbff\"}");
        assertThat(JsonRepair.repair("['x\uD800', \"\uD83D\uDE00\"").json()).isEqualTo("[\"x\\ud800\", \"\uD83D\uDE00\"]");
        assertThat(JsonRepair.repair("[\"\uD83D\uDE00 and \uD83D").json()).isEqualTo("[\"\uD83D\uDE00 and \\ud83d\"]");
        assertThat(JsonRepair.repair("[\"\uD83D\uDE00\"]").outcome()).isEqualTo(JsonOutcome.VALID);
    }

    @Test
    void aKeyCutOffAfterAMissingCommaIsDroppedWithTheInsertedComma() {
        assertThat(JsonRepair.repair("{\"a\": \"x\" \"b").json()).isEqualTo("{\"a\": \"x\"}");
        assertThat(JsonRepair.repair("{\"a\": \"x\"\n\"b").json()).isEqualTo("{\"a\": \"x\"}");
    }

    @Test
    void aWholeKeyCutOffAfterAMissingCommaIsKeptWithTheCommaAdded() {
        assertThat(JsonRepair.repair("{\"a\": \"x\" \"b\"")).isEqualTo(new RepairResult(JsonOutcome.TRUNCATED,
                "{\"a\": \"x\", \"b\":null}", List.of(CLOSED_OBJECT, KEPT_CUT_OFF_KEY, MISSING_COMMA), null, "\"b\""));
    }

    @Test
    void pythonTuplesBecomeArraysAndAParenthesizedItemJustTheItem() {
        assertThat(JsonRepair.repair("{\"p\": (1, 2), \"e\": (), \"one\": (1,)}").json())
                .isEqualTo("{\"p\": [1, 2], \"e\": [], \"one\": [1,]}".replace(",]", "]"));
        assertThat(JsonRepair.repair("((1, 2), (3, 4))").json()).isEqualTo("[[1, 2], [3, 4]]");
        assertThat(JsonRepair.repair("{\"s\": (\"x\")}").json()).isEqualTo("{\"s\":  \"x\"}");
        assertThat(JsonRepair.repair("(((((1)))))").json()).isEqualTo("     1");
    }

    @Test
    void pythonNumbersAndUppercaseConstantsAreRepaired() {
        assertThat(JsonRepair.repair("[82_461_110, 1_234.5_6, 1/3, TRUE, FALSE, NULL, Null]").json())
                .isEqualTo("[82461110, 1234.56, \"1/3\", true, false, null, null]");
    }

    @Test
    void aStringWhoseEndQuoteIsOnTheNextLineEndsWithItsText() {
        assertThat(JsonRepair.repair("{\"a\": \"hello\n\", \"b\": \"x \n  \"}").json())
                .isEqualTo("{\"a\": \"hello\", \"b\": \"x\"}");
    }

    @Test
    void aKeyAndValueInAnArrayBecomeAnObject() {
        assertThat(JsonRepair.repair("[\"a\", \"key\": 1, \"b\": 2]").json()).isEqualTo("[\"a\", {\"key\": 1, \"b\": 2}]");
        assertThat(JsonRepair.repair("[\"key\":\"value\"}]").json()).isEqualTo("[{\"key\":\"value\"}]");
        assertThat(JsonRepair.repair("[\"a\", \"key\":").json()).isEqualTo("[\"a\", {\"key\":null}]");
    }

    @Test
    void aStrayWordInAnObjectIsDropped() {
        assertThat(JsonRepair.repair("{\"a\": 1, COMMENT \"b\": 2}")).isEqualTo(
                new RepairResult(JsonOutcome.REPAIRED, "{\"a\": 1, \"b\": 2}", List.of(SURROUNDING_TEXT), null));
        assertThat(JsonRepair.repair("{\"a\": 1 AAAA }").json()).isEqualTo("{\"a\": 1}");
        assertThat(JsonRepair.repair("[{5}]").outcome()).isEqualTo(JsonOutcome.INVALID);
    }

    @Test
    void fencesBulletsAndStrayQuotesAroundJsonAreDropped() {
        assertThat(JsonRepair.repair("````{ \"key\": \"value\" }```").json()).isEqualTo("{ \"key\": \"value\" }");
        assertThat(JsonRepair.repair(" - { \"k\": [1] }").json()).isEqualTo(" { \"k\": [1] }");
        assertThat(JsonRepair.repair("{\"key\": \"value}```").json()).isEqualTo("{\"key\": \"value\"}");
        assertThat(JsonRepair.repair("{\"key\": \"a, b\"```").json()).isEqualTo("{\"key\": \"a, b\"}");
        assertThat(JsonRepair.repair("{\"n\": 12345\", \"m\": 1}").json()).isEqualTo("{\"n\": 12345, \"m\": 1}");
        assertThat(JsonRepair.repair("{\"key\": [\"value]}").json()).isEqualTo("{\"key\": [\"value\"]}");
    }

    @Test
    void aStrayClosingBraceInAnArrayIsDroppedAndTextIsNeverDroppedWithAFenceOrStrayWord() {
        assertThat(JsonRepair.repair("[{\"key\":\"value\"}},{\"key\":\"value\"}]").json())
                .isEqualTo("[{\"key\":\"value\"},{\"key\":\"value\"}]");
        // the end quote is missing before the last bracket, once reading it as missing at the comma led nowhere
        assertThat(JsonRepair.repair("{\"a\": \"x, more words. }").json()).isEqualTo("{\"a\": \"x, more words.\" }");
        assertThat(JsonRepair.repair("{\"a\": \"x, more words. }", true).json()).isEqualTo("{\"a\": \"x, more words. }\"}");
        // a fence inside a string is no end of the JSON: the string, a code snippet, runs to the quote before the }
        assertThat(JsonRepair.repair("{\"a\": \"\n```c\nint main() {}\n```\nok: \"x\", y\n\"}").json())
                .isEqualTo("{\"a\": \"\\n```c\\nint main() {}\\n```\\nok: \\\"x\\\", y\"}");
    }

    @Test
    void aKeyMissingItsEndQuoteEndsAtTheColon() {
        assertThat(JsonRepair.repair("{\"key:\"value\"}").json()).isEqualTo("{\"key\":\"value\"}");
        assertThat(JsonRepair.repair("{\"key:value}").json()).isEqualTo("{\"key\":\"value\"}");
        assertThat(JsonRepair.repair("{\"key:value}", true).json()).isEqualTo("{}");
    }

    @Test
    void anArrayWhereAKeyShouldBeContinuesTheArrayBeforeIt() {
        assertThat(JsonRepair.repair("{\"a\": [1, 2], [3], \"b\": 1}").json()).isEqualTo("{\"a\": [1, 2, 3], \"b\": 1}");
        assertThat(JsonRepair.repair("{\"a\": [1, 2], [[3], [4]]}").json()).isEqualTo("{\"a\": [1, 2, [3], [4]]}");
        assertThat(JsonRepair.repair("{\"a\": [], [1]}").json()).isEqualTo("{\"a\": [ 1]}");
    }

    @Test
    void quotesDoubledAroundAStringReadAsOne() {
        assertThat(JsonRepair.repair("{\"key\": \"\"value\"}").json()).isEqualTo("{\"key\": \"value\"}");
        assertThat(JsonRepair.repair("{\"\"a\"\":''b c'',\"\"n\"\":\"\"5\"\"}").json())
                .isEqualTo("{\"a\":\"b c\",\"n\":\"5\"}");
        assertThat(JsonRepair.repair("{\"\" key\":\"val\"").json()).isEqualTo("{\" key\":\"val\"}");
        assertThat(JsonRepair.repair("{\"a\": \"\"}").json()).isEqualTo("{\"a\": \"\"}");
        assertThat(JsonRepair.repair("\"The TV is 72\"\"").json()).isEqualTo("\"The TV is 72\\\"\"");
        assertThat(JsonRepair.repair("{\"a\": \"\"x\"}").fixes()).contains(DOUBLED_QUOTES);
    }

    @Test
    void anObjectValueHoldingACodeFenceRunsToTheQuoteBeforeTheNextKey() {
        assertThat(JsonRepair.repair("{\"a\": \"```{}```\n\"\n\",\n\"b\": \"x\"}").json())
                .isEqualTo("{\"a\": \"```{}```\\n\\\"\",\n\"b\": \"x\"}");
        assertThat(JsonRepair.repair("{\"a\":\"x}``` [1,\"z\"]\n\",\"b\":\"y\"}").json())
                .isEqualTo("{\"a\":\"x}``` [1,\\\"z\\\"]\",\"b\":\"y\"}");
        assertThat(JsonRepair.repair("{\"a\": \"```c\nx\n```\nsay: \"xx\", yy\", b: 1}").json())
                .isEqualTo("{\"a\": \"```c\\nx\\n```\\nsay: \\\"xx\\\", yy\", \"b\": 1}");
        // without a fence, a quote on its own line before the comma is a stray quote
        assertThat(JSON.readTree(JsonRepair.repair("{\"a\": \"hello\n\"\n\",}").json()).get("a").asString())
                .isEqualTo("hello");
    }

    @Test
    void aBracketedGroupWithItsOwnQuotesIsTextInTheString() {
        assertThat(JsonRepair.repair("{ \"c\": \"[LINK](\"https://google.com\")\" }").json())
                .isEqualTo("{ \"c\": \"[LINK](\\\"https://google.com\\\")\" }");
        assertThat(JsonRepair.repair("{\"x\": \"answer is {\"b\": \"m\"}, not a string\"}").json())
                .isEqualTo("{\"x\": \"answer is {\\\"b\\\": \\\"m\\\"}, not a string\"}");
    }

    @Test
    void aQuoteAfterACommaIsTextUnlessTheNextItemFollows() {
        // in an object value, unless a key and colon follow
        assertThat(JsonRepair.repair("{\"c\": \"lorem, \"ipsum\" sic \"tamet\". To improve\"}").json())
                .isEqualTo("{\"c\": \"lorem, \\\"ipsum\\\" sic \\\"tamet\\\". To improve\"}");
        assertThat(JsonRepair.repair("{\"a\":\"b,c,\"d\":\"e\"}").json()).isEqualTo("{\"a\":\"b,c\",\"d\":\"e\"}");
        // in an array, unless a whole string item follows
        assertThat(JsonRepair.repair("[\"hello,\"world\"]").json()).isEqualTo("[\"hello\",\"world\"]");
        assertThat(JsonRepair.repair("[\"a \"b\" c, \"d\" \", \"e\"]").json())
                .isEqualTo("[\"a \\\"b\\\" c, \\\"d\\\" \", \"e\"]");
    }

    @Test
    void wordsAfterAStringInAnArrayEndingAtACommaAreTheNextItem() {
        assertThat(JsonRepair.repair("[\"value1\" value2\", \"value3\"]").json()).isEqualTo("[\"value1\", \"value2\", \"value3\"]");
        assertThat(JsonRepair.repair("{\"x\": [\"a\",\"b\" c],\"y\": 1}").json()).isEqualTo("{\"x\": [\"a\",\"b\", \"c\"],\"y\": 1}");
        // a quote that closes a quoted part inside the string is no end
        assertThat(JsonRepair.repair("[\"lorem \"ipsum\" dolor\", \"x\"]").json())
                .isEqualTo("[\"lorem \\\"ipsum\\\" dolor\", \"x\"]");
        // in an object value, the quote is text, as jsonrepair does
        assertThat(JsonRepair.repair("{\"key\": \"apple \"bee\" carrot\"}").json())
                .isEqualTo("{\"key\": \"apple \\\"bee\\\" carrot\"}");
    }

    @Test
    void aPythonSetBecomesAnArray() {
        RepairResult result = JsonRepair.repair("{'item1', 'item2', 'item3'}");
        assertThat(result.json()).isEqualTo("[\"item1\", \"item2\", \"item3\"]");
        assertThat(result.fixes()).contains(PYTHON_SET);
        assertThat(JsonRepair.repair("{\"a\",").outcome()).isEqualTo(JsonOutcome.INVALID);
    }

    @Test
    void bracesRightAfterAWordInAnUnquotedValueAreText() {
        assertThat(JsonRepair.repair("{text:words{words in brackets}m}").json())
                .isEqualTo("{\"text\":\"words{words in brackets}m\"}");
    }

    @Test
    void aFencedJsonBlockQuotedAsAStringValueIsReadAsItsJson() {
        assertThat(JsonRepair.repair("{\"key\": \"```json {\"a\": [1, 2]}```\"}").json()).isEqualTo("{\"key\": {\"a\": [1, 2]}}");
        // with its quotes escaped it is a valid string, and stays one
        String valid = "{\"key\": \"```json {\\\"a\\\": 1}```\"}";
        assertThat(JsonRepair.repair(valid).json()).isEqualTo(valid);
    }

    @Test
    void hashCommentsAreDropped() {
        assertThat(JsonRepair.repair("{ \"a\": { \"b\": \"c\" # comment }, \"d\": 1 }").json())
                .isEqualTo("{ \"a\": { \"b\": \"c\" }, \"d\": 1 }");
        assertThat(JsonRepair.repair("{\"a\": 1, # note\n\"b\": \"#tag\"}").json()).isEqualTo("{\"a\": 1, \n\"b\": \"#tag\"}");
    }

    @Test
    void severalFencedBlocksInProseBecomeOneArray() {
        assertThat(JsonRepair.repair("lorem ```json {\"a\":1} ``` ipsum ```json [1,2] ``` 42").json())
                .isEqualTo("[ {\"a\":1}, [1,2]]");
        assertThat(JsonRepair.repair("Here:\n```json\n{\"a\":1}\n```\nDone.").json()).isEqualTo("\n{\"a\":1}\n\n");
    }

    @Test
    void anUnquotedValueEndingInAQuoteMissesOnlyItsStartQuote() {
        assertThat(JsonRepair.repair("{\"a\": one, two, three.\",}").json()).isEqualTo("{\"a\": \"one, two, three.\"}");
        assertThat(JsonRepair.repair("{\"a\": one, \"b\": 2}").json()).isEqualTo("{\"a\": \"one\", \"b\": 2}");
    }

    @Test
    void aQuoteAndCommaFollowedByWordsEndingInAQuoteAreInsideTheString() {
        assertThat(JsonRepair.repair("{\"k\": \"lorem \"ipsum\", sic.\" }").json()).isEqualTo("{\"k\": \"lorem \\\"ipsum\\\", sic.\" }");
        assertThat(JsonRepair.repair("{\"k\": \"a\", b: \"c\"}").json()).isEqualTo("{\"k\": \"a\", \"b\": \"c\"}");
    }

    @Test
    void anObjectClosedTooEarlyIsTakenUpAgain() {
        assertThat(JsonRepair.repair("{\"a\": 1}, \"b\": 2}").json()).isEqualTo("{\"a\": 1, \"b\": 2}");
    }

    @Test
    void aNumberCutOffIsCompletedLikeJsonrepairButNeverGetsInventedDigitsWhenTheModelSaysItWasCutOff() {
        assertThat(JsonRepair.repair("[12.").json()).isEqualTo("[12.0]");
        assertThat(JsonRepair.repair("[12.", true)).isEqualTo(truncated("[12]", CLOSED_ARRAY, CUT_NUMBER));
        assertThat(JsonRepair.repair("[1, 2e+", true).json()).isEqualTo("[1, 2]");
        assertThat(JsonRepair.repair("{\"a\": 1, \"b\": -", true).json()).isEqualTo("{\"a\": 1, \"b\": null}");
    }

    @Test
    void nestedContainersCutOffAreAllClosed() {
        assertThat(JsonRepair.repair("{\"a\": [{\"b\": [1, {\"c\": \"d")).isEqualTo(
                truncated("{\"a\": [{\"b\": [1, {\"c\": \"d\"}]}]}", CLOSED_STRING, CLOSED_ARRAY, CLOSED_OBJECT));
    }

    @Test
    void theCutOffSignalMakesAnyRepairATruncation() {
        assertThat(JsonRepair.repair("{\"a\": 1,", true).outcome()).isEqualTo(JsonOutcome.TRUNCATED);
        assertThat(JsonRepair.repair("{\"a\": 1}", true).outcome()).isEqualTo(JsonOutcome.VALID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            markdown fence        | ~```json\n{"a": 1}\n```~            | ~\n{"a": 1}\n~          | MARKDOWN_FENCE
            prose around          | ~Here is the JSON: {"a": 1} Hope it helps.~ | ~{"a": 1} ~   | SURROUNDING_TEXT
            trailing comma        | ~[1, 2, ]~                           | ~[1, 2 ]~              | TRAILING_COMMA
            leading comma         | ~[, 1]~                              | ~[ 1]~                 | LEADING_COMMA
            missing comma         | ~{"a": 1\n"b": 2}~                   | ~{"a": 1,\n"b": 2}~    | MISSING_COMMA
            missing colon         | ~{"a" 1}~                            | ~{"a": 1}~             | MISSING_COLON
            single quotes         | ~{'a': 'b'}~                         | ~{"a": "b"}~           | SINGLE_QUOTES
            typographic quotes    | ~{“a”: “b”}~                         | ~{"a": "b"}~           | SINGLE_QUOTES
            unquoted key          | ~{a: 1}~                             | ~{"a": 1}~             | UNQUOTED_KEY
            unquoted string       | ~{"a": hello world}~                 | ~{"a": "hello world"}~ | UNQUOTED_STRING
            line comment          | ~{"a": 1} // note~                   | ~{"a": 1} ~            | COMMENT
            block comment         | ~[1, /* two */ 2]~                   | ~[1,  2]~              | COMMENT
            python constants      | ~[True, False, None]~                | ~[true, false, null]~  | PYTHON_CONSTANT
            newline-delimited     | ~{"a": 1}\n{"a": 2}~                 | ~[\n{"a": 1},\n{"a": 2}\n]~ | NDJSON
            comma-separated       | ~1, 2~                               | ~[\n1, 2\n]~           | CONCATENATED
            ellipsis              | ~[1, 2, ...]~                        | ~[1, 2 ]~              | ELLIPSIS
            invalid escape        | ~"a\\'b"~                            | ~"a'b"~                | ESCAPE
            control character     | ~"a\tb"~                             | ~"a\\tb"~              | CONTROL_CHARACTER
            redundant closing     | ~{"a": 1}}]~                         | ~{"a": 1}~             | REDUNDANT_CLOSING
            unescaped quote       | ~{"a": "say "hi" now"}~              | ~{"a": "say \\"hi\\" now"}~ | UNESCAPED_QUOTE
            string concatenation  | ~"a" + "b"~                          | ~"ab"~                 | STRING_CONCATENATION
            JSONP                 | ~callback({"a": 1});~                | ~{"a": 1}~             | FUNCTION_CALL
            """)
    void repairsEachKindOfBreakage(String kind, String input, String expected, Fix fix) {
        RepairResult result = JsonRepair.repair(input);

        assertThat(result.outcome()).isEqualTo(JsonOutcome.REPAIRED);
        assertThat(result.json()).isEqualTo(expected);
        assertThat(result.fixes()).contains(fix);
        assertThat(JSON.readTree(result.json())).isNotNull();
    }

    @Test
    void everyFixSaysWhatItDid() {
        assertThat(CLOSED_STRING.label()).isEqualTo("closed a string cut off at the end");
        assertThat(Fix.values()).allSatisfy(f -> assertThat(f.label()).isNotBlank());
    }

    @Test
    void nothingSensibleIsInvalidWithTheReasonAndPlace() {
        assertThat(JsonRepair.repair("")).isEqualTo(new RepairResult(JsonOutcome.INVALID, null, List.of(),
                "the input is empty at line 1, column 1"));
        assertThat(JsonRepair.repair(" \n\t ").outcome()).isEqualTo(JsonOutcome.INVALID);
        assertThat(JsonRepair.repair("{\"a\": 1}\n\n  @").problem()).isEqualTo("unexpected character '@' at line 3, column 3");
    }

    @Test
    @Timeout(10)
    void hostileInputsNeverCrashOrHang() {
        // 100,000 levels of nesting, open and closed
        String deep = "[".repeat(100_000);
        assertThat(JsonRepair.repair(deep).json()).isEqualTo(deep + "]".repeat(100_000));
        assertThat(JsonRepair.repair("{\"a\":".repeat(100_000)).outcome()).isEqualTo(JsonOutcome.TRUNCATED);
        assertThat(JsonRepair.repair(deep + "]".repeat(100_000)).outcome()).isEqualTo(JsonOutcome.VALID);

        // random binary garbage, also decoded from invalid UTF-8 (U+FFFD)
        Random random = new Random(42);
        for (int k = 0; k < 2_000; k++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            String garbage = new String(bytes, StandardCharsets.UTF_8);
            assertThatCode(() -> checkResult(JsonRepair.repair(garbage))).doesNotThrowAnyException();
            String mixed = "{\"a\": \"" + garbage;
            assertThatCode(() -> checkResult(JsonRepair.repair(mixed, true))).doesNotThrowAnyException();
        }
        // a bracketed group with quotes inside a single-quoted string used to be read again and again
        assertThatCode(() -> checkResult(JsonRepair.repair("`{'a''foo'1}"))).doesNotThrowAnyException();
        // an escape that ends past the comma where a string was guessed to end used to make the guess again and again
        assertThatCode(() -> checkResult(JsonRepair.repair("[\"a\"\\, \"b\"]"))).doesNotThrowAnyException();
        assertThatCode(() -> checkResult(JsonRepair.repair("(\"a\"\\, \"b\", \"c\")"))).doesNotThrowAnyException();
        assertThat(JsonRepair.repair("[\"caf\uFFFD\uFFFD").json()).isEqualTo("[\"caf\uFFFD\uFFFD\"]");
    }

    @Test
    @Timeout(60)
    void aFiftyMegabyteOutputIsRepairedInLinearTime() {
        // given
        StringBuilder big = new StringBuilder(50_000_100).append("[");
        while (big.length() < 50_000_000) {
            big.append("{\"id\": 12345, \"name\": \"a name with spaces\", \"ok\": true, \"tags\": [\"x\", \"y\"]},\n");
        }
        big.append("{\"id\": 1, \"name\": \"cut her");

        // when: timed in this thread's CPU time, which a busy machine does not stretch (a quadratic
        // repair of 50 MB would take hours, a linear one well under a second)
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        RepairResult result = JsonRepair.repair(big);
        Duration took = Duration.ofNanos(cpu.getCurrentThreadCpuTime() - start);

        // then
        assertThat(result.outcome()).isEqualTo(JsonOutcome.TRUNCATED);
        assertThat(result.json()).endsWith("{\"id\": 1, \"name\": \"cut her\"}]");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    private static void checkResult(RepairResult result) {
        if (result.outcome() == JsonOutcome.INVALID) {
            assertThat(result.problem()).isNotBlank();
        } else {
            JSON.readTree(result.json());
        }
    }

    private static RepairResult truncated(String json, Fix... fixes) {
        return new RepairResult(JsonOutcome.TRUNCATED, json, List.of(fixes), null);
    }
}
