package org.docket.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.docket.search.Access;
import org.docket.search.ArchiveIndex;
import org.docket.search.SearchRequest;
import org.docket.search.SearchResults;
import org.docket.users.DocketUser;
import org.docket.users.Users;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "Search the archive and the post: words, \"phrases\", references, filters such as category:planning or date:[2026-01-01 TO 2026-03-31].")
class SearchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "what to look for")
    List<String> words;

    @Option(names = "--as", paramLabel = "USER", description = "search as this user, seeing only what they may see; default: everything")
    String as;

    @Option(names = "--sort", description = "relevance, newest or oldest; default relevance")
    String sort = "relevance";

    @Option(names = "--limit", description = "results to show; default 10")
    int limit = 10;

    @Option(names = "--offset", description = "results to skip; default 0")
    int offset;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            Access access = as == null ? Access.everything("command line") : context.getBean(Users.class).find(as).map(DocketUser::access)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "There is no user " + as + "; ./docket users list shows them"));
            SearchResults results;
            try {
                results = context.getBean(ArchiveIndex.class).search(new SearchRequest(String.join(" ", words), access,
                        SearchRequest.Order.parse(sort), offset, limit));
            } catch (IllegalArgumentException badSearch) {
                throw new ParameterException(spec.commandLine(), badSearch.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("total", results.total());
                answer.put("hits", results.hits());
                answer.put("facets", results.facets());
                out.println(Json.of(answer));
            } else {
                print(results, out);
            }
            out.flush();
            return 0;
        }
    }


    private static void print(SearchResults results, PrintWriter out) {
        out.println(results.total() + " found" + (results.total() > results.hits().size() ? ", showing " + results.hits().size() : ""));
        for (SearchResults.Hit hit : results.hits()) {
            out.printf("%n%s  (%s, page %d, %s, %s)%n", hit.title(), hit.category() != null ? hit.category() : hit.collection(),
                    hit.page(), hit.date(), hit.status());
            hit.highlights().forEach(snippet -> out.println("    " + HtmlUtils.htmlUnescape(snippet.replace("<mark>", "[").replace("</mark>", "]"))));
        }
    }
}
