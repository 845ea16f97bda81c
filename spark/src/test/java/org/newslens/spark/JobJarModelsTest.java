package org.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The job jar carries only the CoreNLP model files the pipeline reads (the models jar is 560 MB): this checks that
 * the shade filter in this module's pom.xml names every model file the entity stage loads, so that changing one
 * without the other fails here and not on a cluster.
 */
class JobJarModelsTest {
    @Test
    void theShadeFilterKeepsEveryModelFileTheEntityStageReads() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Class<?> finder = Class.forName("org.newslens.nlp.MentionFinder");
        for (String constant : List.of("CRF_MODEL", "DEMONYMS")) {
            Field field = finder.getDeclaredField(constant);
            field.setAccessible(true);
            String path = (String) field.get(null);
            assertTrue(pom.contains("<include>" + path + "</include>"), "spark/pom.xml does not ship " + path);
        }
    }
}
