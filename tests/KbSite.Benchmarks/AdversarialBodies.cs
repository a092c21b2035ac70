using System.Globalization;
using System.Text;
using KbSite.Articles;
using KbSite.Matching;
using KbSite.Rendering;
using KbSite.Search;

namespace KbSite.Benchmarks;

/// <summary>
/// Markdown bodies built to stall a parser (backtracking regexes, quadratic link and autolink scans, deep nesting),
/// timed through everything an article goes through: derived fields, indexing, rendering. Baseline: ordinary prose of
/// the same size, in the same run.
/// </summary>
internal static class AdversarialBodies
{
    public static IReadOnlyList<(string Kind, string Body)> Build(int bytes) =>
    [
        ("prose (baseline)", Repeat("The MTA stops when the association is refused by the remote server. See [Q152877](/articles/Q152877) and http://example.com/x.\n\n", bytes)),
        ("spaces then '-- x'", Repeat(new string(' ', 8000) + "-- x\n", bytes)),
        ("unclosed brackets", new string('[', bytes)),
        ("unclosed links", Repeat("[a](b", bytes)),
        ("unclosed links, short paragraphs", Repeat("[a](b[a](b[a](b\n\n", bytes)),
        ("bare autolinks", Repeat("www.a.b ", bytes)),
        ("nested list items", Repeat(string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "- item\n")), bytes)),
        ("shallow list items", Repeat("- a\n  - b\n    - c\n", bytes)),
        ("block quotes", Repeat("> > > > x\n", bytes)),
        ("emphasis delimiters", Repeat("*_`|", bytes)),
        ("event headers", Repeat("Srv Event ID 1 x\n", bytes)),
        ("labelled event blocks", Repeat("Event ID: 1\nSource: x\nDescription: y\n", bytes)),
        ("newlines", new string('\n', bytes)),
        ("bare event id lines", Repeat("Event ID 1\n", bytes)),
        ("unclosed event xml", Repeat("<Event ", bytes)),
        ("event xml", Repeat("<Event><System><EventID>1</EventID></System></Event>\n", bytes)),
        ("event table rows", "| Event ID | Source | Message |\n|---|---|---|\n" + Repeat("| 1 | s | m |\n", bytes)),
        ("prose mentions, one paragraph", Repeat("event 1 \"", bytes)),
        ("prose mentions, blank lines after", Repeat("event ID 1 ", bytes / 2) + new string('\n', bytes / 2)),
        ("prose mentions with quotes", Repeat("event 12 \"a message long enough\" ", bytes)),
    ];

    public static int Run(int megabytes)
    {
        var bytes = megabytes * 1024 * 1024;
        using var index = new SearchIndex(path: null, [new SignatureFields()]);
        Console.WriteLine($"Adversarial bodies of {megabytes} MB, best of 3 runs each, {Environment.ProcessorCount} cores (goal: indexing <= 1 s)");
        Console.WriteLine("| body | derive | index | render | index / baseline |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        double? baseline = null;
        var worst = 0.0;
        foreach (var (kind, body) in Build(bytes))
        {
            var article = new Article { Number = "Q1", Title = "Adversarial", Body = body };
            var derive = Best(() => DerivedFields.Apply(article));
            article.Events = article.Events.Take(ArticleRules.MaxEvents).ToList(); // as the rules would allow
            var indexing = Best(() => index.Upsert([article]));
            var render = Best(() => MarkdownRenderer.ToHtml(body));
            baseline ??= indexing;
            worst = Math.Max(worst, indexing);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {derive:F0} ms | {indexing:F0} ms | {render:F0} ms | {indexing / baseline.Value:F2}x |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest indexing: {worst:F0} ms"));
        return worst <= 1000 ? 0 : 1;
    }

    private static double Best(Action action) => Enumerable.Range(0, 3).Min(_ => Latency.Time(action));

    private static string Repeat(string unit, int bytes)
    {
        var text = new StringBuilder(bytes + unit.Length);
        while (text.Length < bytes)
        {
            text.Append(unit);
        }

        return text.ToString(0, bytes);
    }
}
