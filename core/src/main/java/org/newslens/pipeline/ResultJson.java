package org.newslens.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.newslens.model.Analysis;
import org.newslens.model.Failure;
import org.newslens.model.Result;
import org.newslens.model.Technique;

/**
 * The {@code newslens/1} JSON form of results, shared by the CLI, the server and the Spark job so that all three
 * print the same bytes. A field never changes meaning within a schema version; absent values are left out.
 */
public final class ResultJson {
    /** The schema tag every document carries. */
    public static final String SCHEMA = "newslens/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ResultJson() {
    }

    /** The shared mapper, configured for the schema (ISO dates, nulls omitted). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The result as a JSON tree: {@code schema}, {@code source}, then {@code article} and the computed layers, or
     * {@code error} with {@code stage} and {@code reason}.
     *
     * @param withLayers whether to include analysis layers (false prints the article only)
     */
    public static ObjectNode toTree(Result result, boolean withLayers) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("source", MAPPER.valueToTree(result.source()));
        if (result instanceof Analysis a) {
            root.set("article", MAPPER.valueToTree(a.article()));
            if (withLayers) {
                root.set("sentences", MAPPER.valueToTree(a.sentences()));
                root.set("entities", MAPPER.valueToTree(a.entities()));
                root.set("times", MAPPER.valueToTree(a.times()));
                root.set("quotes", MAPPER.valueToTree(a.quotes()));
                root.set("claims", MAPPER.valueToTree(a.claims()));
                root.set("techniques", MAPPER.valueToTree(a.techniques()));
                root.set("loadedWords", MAPPER.valueToTree(a.loadedWords()));
                // Only when there is something to define: an empty object has no columns in Parquet, so the
                // Spark job's output could not give it back.
                if (!a.techniques().isEmpty()) {
                    root.set("techniqueDefinitions", definitions(a));
                }
                root.set("summary", MAPPER.valueToTree(a.summary()));
            }
        } else {
            Failure f = (Failure) result;
            ObjectNode error = root.putObject("error");
            error.put("stage", f.stage());
            error.put("reason", f.reason());
        }
        return root;
    }

    /** Definition and example of each technique found, so that a reader of the JSON can check the label. */
    private static ObjectNode definitions(Analysis a) {
        ObjectNode out = MAPPER.createObjectNode();
        a.techniques().stream().map(Technique::technique).distinct().sorted().forEach(t -> {
            ObjectNode d = out.putObject(t.label());
            d.put("name", t.title());
            d.put("definition", t.definition());
            d.put("example", t.example());
        });
        return out;
    }

    /** One line of JSONL. */
    public static String toLine(Result result, boolean withLayers) {
        try {
            return MAPPER.writeValueAsString(toTree(result, withLayers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result for " + result.source().uri(), e);
        }
    }

    /** Indented JSON for a single result. */
    public static String toPrettyString(Result result, boolean withLayers) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(result, withLayers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result for " + result.source().uri(), e);
        }
    }
}
