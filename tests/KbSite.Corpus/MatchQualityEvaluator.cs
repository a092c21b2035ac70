using System.Globalization;
using System.Text;
using KbSite.Matching;
using KbSite.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KbSite.Corpus;

/// <summary>A paste with the articles that count as right answers (one set per pasted event).</summary>
public sealed record JudgedPaste(string Kind, string Text, IReadOnlyList<IReadOnlySet<string>> Relevant);

/// <summary>Top-1 and recall@3 of one kind of paste, for the matcher and for the plain BM25 baseline.</summary>
public sealed record PasteScore(string Kind, int Pastes, double Top1, double RecallAt3, double BaselineTop1, double BaselineRecallAt3);

/// <summary>
/// Builds pastes from a generated corpus: a signature's message with fresh values in every variable slot, written in
/// every paste format, truncated, or two events at once; the right answers are the articles that carry that
/// signature (the same source, id and message, whatever values their example shows). Scores the matcher and, on the
/// same pastes, a plain Lucene BM25 query over the pasted words.
/// </summary>
public static class MatchQualityEvaluator
{
    /// <summary>Truncated pastes, judged by what is visible: every signature of that source and id whose message begins as the paste does is right.</summary>
    public const string TruncatedKind = "truncated";

    /// <summary>The same truncated pastes, judged strictly: only the signature the paste was cut from is right.</summary>
    public const string TruncatedExactKind = "truncated (exact signature)";

    public const string TwoEventsKind = "two events";

    /// <summary>Three events at once: recall@3 is the share of them whose article is in the first three places.</summary>
    public const string ThreeEventsKind = "three events";

    /// <summary>A message whose siblings differ only in a printed code (HRESULT, engine error, service name): only that code's articles are right.</summary>
    public const string CodeSiblingsKind = "code siblings";

    /// <summary>A code no article prints, in a family where one article prints a placeholder: that article is right.</summary>
    public const string UnlistedCodeKind = "code no article prints";

    /// <summary>A message whose siblings differ in one or two words, or only in punctuation around a value.</summary>
    public const string WordingSiblingsKind = "wording siblings";

    /// <summary>Event XML with insertion strings only: right are the messages those strings can fill (same slots, same codes).</summary>
    public const string EventDataKind = "xml eventdata only";

    /// <summary>Only "Source Event ID n" or "Event ID n": every article with that id (and source) is right.</summary>
    public const string IdOnlyKind = "id only";

    public static List<JudgedPaste> Pastes(IReadOnlyList<GeneratedArticle> corpus, int perKind, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var random = new Random(seed);
        var carriers = corpus
            .SelectMany(g => g.Truth.Events, (g, e) => (Key: Signature(e.Source, e.EventId, e.Template), g.Article.Number))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(x => x.Key, x => x.Select(y => y.Number).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var siblings = corpus
            .SelectMany(g => g.Truth.Events)
            .GroupBy(e => (e.Source, e.EventId))
            .ToDictionary(x => x.Key, x => x.Select(e => e.Template).Distinct().ToList());

        var byInserts = corpus
            .SelectMany(g => g.Truth.Events, (g, e) => (Key: $"{e.Source}\u001f{e.EventId}\u001f{e.Template.InsertShape}", g.Article.Number))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(x => x.Key, x => x.Select(y => y.Number).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var all = corpus.SelectMany(g => g.Truth.Events).ToList();
        var withEvents = corpus.Where(g => g.Truth.Events.Count > 0).ToList();
        GeneratedEvent PickEvent()
        {
            var g = withEvents[random.Next(withEvents.Count)];
            return g.Truth.Events[random.Next(g.Truth.Events.Count)];
        }

        // Events of a given family, when its siblings are in the corpus too (else the paste tests nothing new).
        GeneratedEvent? PickOf(params TemplateFamily[] families)
        {
            var pool = all.Where(e => families.Contains(e.Template.Family) && siblings[(e.Source, e.EventId)].Count > 1).ToList();
            return pool.Count == 0 ? null : pool[random.Next(pool.Count)];
        }

        HashSet<string> Carriers(GeneratedEvent e) => carriers[Signature(e.Source, e.EventId, e.Template)];
        string InAnyFormat(GeneratedEvent e) => PasteFormatter.Write(PasteFormatter.Formats[random.Next(PasteFormatter.Formats.Length)], e.Source, e.EventId, e.Level, e.Template.Render(random));

        var pastes = new List<JudgedPaste>();
        foreach (var format in PasteFormatter.Formats)
        {
            for (var i = 0; i < perKind; i++)
            {
                var e = PickEvent();
                pastes.Add(new JudgedPaste(format, PasteFormatter.Write(format, e.Source, e.EventId, e.Level, e.Template.Render(random)), [Carriers(e)]));
            }
        }

        for (var i = 0; i < perKind; i++)
        {
            if (PickOf(TemplateFamily.Code) is { } code)
            {
                pastes.Add(new JudgedPaste(CodeSiblingsKind, InAnyFormat(code), [Carriers(code)]));
            }

            if (PickOf(TemplateFamily.GenericCode) is { } generic)
            {
                pastes.Add(new JudgedPaste(UnlistedCodeKind, InAnyFormat(generic), [Carriers(generic)]));
            }

            if (PickOf(TemplateFamily.NearWords, TemplateFamily.Punctuation) is { } near)
            {
                pastes.Add(new JudgedPaste(WordingSiblingsKind, InAnyFormat(near), [Carriers(near)]));
            }

            var x = PickEvent();
            var rendered = x.Template.RenderParts(random);
            pastes.Add(new JudgedPaste(EventDataKind, PasteFormatter.WriteEventData(x.Source, x.EventId, x.Level, x.Template.Inserts(rendered)), [byInserts[$"{x.Source}\u001f{x.EventId}\u001f{x.Template.InsertShape}"]]));

            var y = PickEvent();
            var withSource = i % 2 == 0;
            var ids = all.Where(e => e.EventId == y.EventId && (!withSource || e.Source == y.Source)).SelectMany(e => carriers[Signature(e.Source, e.EventId, e.Template)]).ToHashSet(StringComparer.Ordinal);
            var idText = y.EventId.ToString(CultureInfo.InvariantCulture);
            pastes.Add(new JudgedPaste(IdOnlyKind, withSource ? $"{y.Source} Event ID {idText}" : $"Event ID: {idText}", [ids]));

            var three = new[] { PickEvent(), PickEvent(), PickEvent() };
            pastes.Add(new JudgedPaste(ThreeEventsKind, string.Join('\n', three.Select(e => PasteFormatter.Write("event-viewer", e.Source, e.EventId, e.Level, e.Template.Render(random)))), [.. three.Select(Carriers)]));
        }

        for (var i = 0; i < perKind; i++)
        {
            var e = PickEvent();
            var parts = e.Template.RenderParts(random);
            var message = string.Concat(parts);
            var length = Math.Max(12, (int)(message.Length * (0.35 + (random.NextDouble() * 0.35))));
            var format = PasteFormatter.Formats[random.Next(PasteFormatter.Formats.Length)];
            var text = PasteFormatter.Write(format, e.Source, e.EventId, e.Level, message[..length]);
            var fitting = siblings[(e.Source, e.EventId)]
                .Where(t => t.Fits(e.Template, parts, length))
                .SelectMany(t => carriers[Signature(e.Source, e.EventId, t)])
                .ToHashSet(StringComparer.Ordinal);
            pastes.Add(new JudgedPaste(TruncatedKind, text, [fitting]));
            pastes.Add(new JudgedPaste(TruncatedExactKind, text, [Carriers(e)]));
        }

        for (var i = 0; i < perKind; i++)
        {
            var a = PickEvent();
            var b = PickEvent();
            var text = PasteFormatter.Write("event-viewer", a.Source, a.EventId, a.Level, a.Template.Render(random)) + "\n"
                       + PasteFormatter.Write("event-viewer", b.Source, b.EventId, b.Level, b.Template.Render(random));
            pastes.Add(new JudgedPaste(TwoEventsKind, text, [Carriers(a), Carriers(b)]));
        }

        return pastes;
    }

    /// <summary>What makes two generated events the same signature: source, id and the message's shape.</summary>
    internal static string Signature(string source, int eventId, MessageTemplate template) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}\u001f{eventId}\u001f{template.Shape}");

    public static List<PasteScore> Evaluate(SearchIndex index, EventMatcher matcher, IEnumerable<JudgedPaste> pastes)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var totals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var paste in pastes)
        {
            var ranked = matcher.Match(paste.Text).Matches.Select(m => m.Id).ToList();
            var baseline = Baseline(index, paste.Text);
            if (!totals.TryGetValue(paste.Kind, out var t))
            {
                totals[paste.Kind] = t = new double[5];
            }

            t[0]++;
            t[1] += Top1(ranked, paste);
            t[2] += RecallAt3(ranked, paste);
            t[3] += Top1(baseline, paste);
            t[4] += RecallAt3(baseline, paste);
        }

        return totals.Select(k => new PasteScore(k.Key, (int)k.Value[0], k.Value[1] / k.Value[0], k.Value[2] / k.Value[0], k.Value[3] / k.Value[0], k.Value[4] / k.Value[0])).ToList();
    }

    /// <summary>The baseline: every pasted word ORed in one BM25 query over the article text, top 10.</summary>
    public static List<string> Baseline(SearchIndex index, string paste)
    {
        ArgumentNullException.ThrowIfNull(index);
        var query = new BooleanQuery();
        foreach (var term in IndexAnalysis.Terms(IndexAnalysis.Stemmed, IndexFields.All, paste).Distinct(StringComparer.Ordinal).Take(BooleanQuery.MaxClauseCount))
        {
            query.Add(new TermQuery(new Term(IndexFields.All, term)), Occur.SHOULD);
        }

        return query.Clauses.Count == 0
            ? []
            : index.Search(s => s.Search(query, 10).ScoreDocs.Select(d => s.Doc(d.Doc).Get(IndexFields.Id)).ToList());
    }

    public static string Table(IEnumerable<PasteScore> scores)
    {
        var t = new StringBuilder("| paste | pastes | top-1 | recall@3 | BM25 baseline top-1 | baseline recall@3 |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var s in scores)
        {
            t.Append(CultureInfo.InvariantCulture, $"| {s.Kind} | {s.Pastes} | {s.Top1:F3} | {s.RecallAt3:F3} | {s.BaselineTop1:F3} | {s.BaselineRecallAt3:F3} |\n");
        }

        return t.ToString();
    }

    /// <summary>Top-1 counts when the first article explains one of the pasted events.</summary>
    internal static double Top1(List<string> ranked, JudgedPaste paste) =>
        ranked.Count > 0 && paste.Relevant.Any(r => r.Contains(ranked[0])) ? 1 : 0;

    /// <summary>The share of pasted events whose article (any of the equally right ones) is in the top three.</summary>
    internal static double RecallAt3(List<string> ranked, JudgedPaste paste) =>
        paste.Relevant.Average(r => ranked.Take(3).Any(r.Contains) ? 1.0 : 0.0);
}
