package org.docket.classification;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The categories of post and the system each is routed to, read from taxonomy.yml. */
@Component
public class Taxonomy {

    private final Map<String, Category> categories = new LinkedHashMap<>();

    public Taxonomy() throws IOException {
        try (InputStream in = Taxonomy.class.getResourceAsStream("/taxonomy.yml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> listed = (List<Map<String, Object>>) root.get("categories");
            for (Map<String, Object> entry : listed) {
                Category category = new Category((String) entry.get("id"), (String) entry.get("name"),
                        (String) entry.get("description"), (String) entry.get("target"));
                categories.put(category.id(), category);
            }
        }
    }

    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    public List<String> ids() {
        return List.copyOf(categories.keySet());
    }

    public Optional<Category> find(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    public String targetOf(String id) {
        return find(id).map(Category::target)
                .orElseThrow(() -> new IllegalArgumentException("No category " + id + " in taxonomy.yml"));
    }

    public String nameOf(String id) {
        return find(id).map(Category::name).orElse(id);
    }
}
