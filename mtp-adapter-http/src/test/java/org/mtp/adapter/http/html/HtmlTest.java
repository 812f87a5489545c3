package org.mtp.adapter.http.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void everyCharacterThatCouldOpenMarkupOrLeaveAnAttributeIsEscaped() {
        assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void theErrorPageEscapesItsTexts() {
        assertThat(Html.errorPage("<t>", "<d>")).doesNotContain("<t>", "<d>").contains("&lt;t&gt;", "&lt;d&gt;");
    }
}
