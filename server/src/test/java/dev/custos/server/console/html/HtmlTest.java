package dev.custos.server.console.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void text_escapesEveryCharacterThatCouldStartMarkup() {
        String html = Html.fragment()
                .element("p", "<script>alert('x')</script> & \"quoted\"")
                .toString();
        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</p>");
    }

    @Test
    void attributeValues_areEscaped_soAValueCannotCloseItsQuoteOrAddAnAttribute() {
        String html = Html.fragment()
                .element("span", "x", "title", "\" onmouseover=\"alert(1)", "data-id", "a'b<c>")
                .toString();
        assertThat(html)
                .isEqualTo("<span title=\"&quot; onmouseover=&quot;alert(1)\" data-id=\"a&#39;b&lt;c&gt;\">x</span>");
    }

    @Test
    void aNulCharacter_becomesTheReplacementCharacter() {
        assertThat(Html.escape("a\0b")).isEqualTo("a\uFFFDb");
    }

    @Test
    void eventHandlers_styleAttributes_andRawTextElements_areRefused() {
        assertThatThrownBy(() -> Html.fragment().open("a", "onclick", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'onclick' is refused");
        assertThatThrownBy(() -> Html.fragment().open("p", "STYLE", "color:red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no inline script or style");
        assertThatThrownBy(() -> Html.fragment().open("script"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<script> is not written by this writer");
        assertThatThrownBy(() -> Html.fragment().open("p", "a b", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an attribute name");
        assertThatThrownBy(() -> Html.fragment().open("p><script"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a tag name");
    }

    @Test
    void urlAttributes_takeOnlyPathsOnThisOrigin() {
        assertThat(Html.fragment()
                        .element("a", "ok", "href", "/console/requests?status=signed")
                        .toString())
                .isEqualTo("<a href=\"/console/requests?status=signed\">ok</a>");
        for (String bad : new String[] {
            "javascript:alert(1)",
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            " /x",
            "data:text/html,x"
        }) {
            assertThatThrownBy(() -> Html.fragment().open("a", "href", bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("same-origin path");
        }
        assertThatThrownBy(() -> Html.fragment().open("form", "action", "https://evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elements_mustCloseInOrder_andAllBeClosed() {
        assertThatThrownBy(() -> Html.fragment().open("div").open("p").close("div"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("innermost open element is <p>");
        assertThatThrownBy(() -> Html.fragment().open("div").toString())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("left open");
    }

    @Test
    void booleanAndAbsentAttributes_andScripts() {
        assertThat(Html.fragment()
                        .empty("input", "required", "", "disabled", null, "name", "x")
                        .script("/assets/a.js", "sha384-abc")
                        .toString())
                .isEqualTo("<input required name=\"x\"><script src=\"/assets/a.js\" integrity=\"sha384-abc\" defer>"
                        + "</script>");
    }
}
