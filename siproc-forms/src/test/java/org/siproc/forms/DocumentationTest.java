package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.siproc.forms.internal.Fields;

/** {@code docs/forms.md} names every field and row source a template may use: the reference cannot fall behind. */
class DocumentationTest {

    @Test
    void theFormsGuideListsEveryFieldAndRowSource() throws IOException {
        Path guide = Path.of("..", "docs", "forms.md");
        assumeTrue(Files.isRegularFile(guide), "docs/forms.md is next to the module in the repository");
        String text = Files.readString(guide);

        assertThat(Fields.all().keySet()).allSatisfy(field -> assertThat(text).contains("`" + field + "`"));
        assertThat(Fields.allRows().keySet()).allSatisfy(rows -> assertThat(text).contains("`" + rows + "`"));
    }
}
