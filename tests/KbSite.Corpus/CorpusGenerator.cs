using System.Globalization;
using System.Text;
using KbSite.Articles;

namespace KbSite.Corpus;

/// <summary>
/// Generates a knowledge base of N articles with known ground truth. The same seed and N give the same corpus.
/// Event signatures are shared the way real ones are: several articles per source and id, often with different
/// messages; the same id under different sources. Some articles carry an old-style pointer word (like SERVPACK) that
/// other articles mention spaced out.
/// </summary>
public sealed class CorpusGenerator
{
    public const int FirstNumber = 200000;

    private readonly Random _random;
    private readonly List<(ProductSpec Product, string Source, int EventId, string Level, MessageTemplate Template)> _signatures = [];
    private readonly int _distinctivePool;

    public CorpusGenerator(int seed, int articleCount)
    {
        _random = new Random(seed);
        ArticleCount = articleCount;
        _distinctivePool = Math.Max(400, articleCount / 2);
        BuildSignatures();
    }

    public int ArticleCount { get; }

    public static string NumberOf(int index) => "Q" + (FirstNumber + index).ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<GeneratedArticle> Generate()
    {
        var articles = new List<GeneratedArticle>(ArticleCount);
        var usedPairs = new HashSet<(int, int)>();
        var carriers = new List<(string Word, int Index)>();
        for (var i = 0; i < ArticleCount; i++)
        {
            articles.Add(MakeArticle(i, usedPairs, carriers));
        }

        // Other articles point at each carried word, spaced out, the way old articles point at SERVPACK.
        foreach (var (word, carrier) in carriers)
        {
            for (var k = 0; k < 3; k++)
            {
                var other = articles[_random.Next(ArticleCount)].Article;
                if (other.Number != articles[carrier].Article.Number && !other.Body.Contains("(without the spaces)", StringComparison.Ordinal))
                {
                    var pointer = $" For more information, query on the following word in the Knowledge Base (without the spaces): {Spaced(word)}";
                    other.StatusText += pointer;
                    other.Body = other.Body.TrimEnd('\n') + pointer + "\n";
                }
            }
        }

        return articles;
    }

    public static string Spaced(string word) => string.Join(' ', word.ToCharArray());

    private void BuildSignatures()
    {
        // A shared pool of ids: the same id turns up under different sources.
        var idPool = Enumerable.Range(0, 600).Select(_ => _random.Next(100, 20000)).Distinct().ToArray();
        var signaturesPerSource = Math.Clamp(ArticleCount / 40, 6, 400);
        foreach (var product in Catalog.Products)
        {
            foreach (var source in product.Sources)
            {
                for (var s = 0; s < signaturesPerSource; s++)
                {
                    var id = idPool[_random.Next(idPool.Length)];

                    // A source logs an event id at one level.
                    var level = Catalog.Levels[_random.Next(Catalog.Levels.Length)];
                    foreach (var template in Family())
                    {
                        _signatures.Add((product, source, id, level, template));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The messages of one source and id. Most have one; the others have siblings as real ones do: a third of the
    /// words changed, one or two words changed, only the punctuation around a value changed, or only a printed code
    /// changed (HRESULT, database engine error, service name), sometimes with an article printing a placeholder there.
    /// </summary>
    private List<MessageTemplate> Family()
    {
        var roll = _random.NextDouble();
        var first = MakeTemplate();
        var count = 2 + _random.Next(2);
        return roll switch
        {
            < 0.2 => [first, .. Enumerable.Range(1, count - 1).Select(_ => Variant(first, TemplateFamily.Words))],
            < 0.3 => [new MessageTemplate(first.Parts) { Family = TemplateFamily.NearWords }, .. Enumerable.Range(1, count - 1).Select(_ => Variant(first, TemplateFamily.NearWords))],
            < 0.36 when Punctuated(first) is { } pair => [pair.Parens, pair.Commas],
            < 0.48 => CodeFamily(first, count),
            _ => [first],
        };
    }

    /// <summary>A sibling message: the same shape with about a third of its words (or one or two) changed.</summary>
    private MessageTemplate Variant(MessageTemplate template, TemplateFamily family)
    {
        var words = template.Parts.Select((p, k) => (p, k)).Where(x => x.p is string).SelectMany(x => ((string)x.p).Split(' ').Select((w, i) => (Part: x.k, Index: i, Word: w)))
            .Where(w => w.Word.Length > 0 && char.IsLetter(w.Word[0]))
            .ToList();
        var change = family == TemplateFamily.Words
            ? words.Where(_ => _random.NextDouble() < 0.33).ToHashSet()
            : Enumerable.Range(0, 1 + _random.Next(2)).Select(_ => words[_random.Next(words.Count)]).ToHashSet();
        var parts = template.Parts.Select((p, k) => p is string text
            ? string.Join(' ', text.Split(' ').Select((w, i) => change.Contains((k, i, w)) ? Other(w) : w))
            : p).ToList();
        return new MessageTemplate(parts) { Family = family == TemplateFamily.Words ? TemplateFamily.Alone : family };
    }

    /// <summary>A common word other than this one, capitalised like it.</summary>
    private string Other(string word)
    {
        var other = Common();
        while (string.Equals(other, word, StringComparison.OrdinalIgnoreCase))
        {
            other = Common();
        }

        return char.IsUpper(word[0]) ? Cap(other) : other;
    }

    /// <summary>Two siblings that differ only in how a value is set off: "the store (PRIV) could" and "the store, PRIV, could".</summary>
    private static (MessageTemplate Parens, MessageTemplate Commas)? Punctuated(MessageTemplate template)
    {
        var slot = Enumerable.Range(1, template.Parts.Count - 2).FirstOrDefault(k => template.Parts[k] is SlotKind && ((string)template.Parts[k - 1]).EndsWith(' '));
        if (slot == 0)
        {
            return null;
        }

        MessageTemplate With(string open, string close)
        {
            var parts = template.Parts.ToList();
            parts[slot - 1] = ((string)parts[slot - 1]).TrimEnd() + open;
            var after = (string)parts[slot + 1];
            parts[slot + 1] = after.StartsWith('.') && close == "," ? after : close + after;
            return new MessageTemplate(parts) { Family = TemplateFamily.Punctuation };
        }

        return (With(" (", ")"), With(", ", ","));
    }

    /// <summary>Siblings that print the same message with different codes, and sometimes one with a placeholder for it.</summary>
    private List<MessageTemplate> CodeFamily(MessageTemplate body, int count)
    {
        var (kind, codes) = _random.Next(3) switch
        {
            0 => (SlotKind.Hex, Hresults),
            1 => (SlotKind.EngineError, EngineErrors),
            _ => (SlotKind.Service, ServiceNames),
        };
        var parts = body.Parts.ToList();
        var last = (string)parts[^1];
        MessageTemplate With(object code, TemplateFamily family) => new(kind switch
        {
            SlotKind.Hex => [.. parts[..^1], last.TrimEnd('.') + " (error ", code, ")."],
            SlotKind.EngineError => [.. parts[..^1], last.TrimEnd('.') + " because of a ", code, " error."],
            _ => ["The '", code, "' service reported that " + char.ToLowerInvariant(((string)parts[0])[0]) + ((string)parts[0])[1..], .. parts[1..]],
        }) { Family = family };

        var family = codes.OrderBy(_ => _random.Next()).Take(count).Select(c => With(new CodePart(c, kind), TemplateFamily.Code)).ToList();
        if (_random.NextDouble() < 0.5)
        {
            family.Add(With(kind, TemplateFamily.GenericCode));
        }

        return family;
    }

    private static readonly string[] Hresults = ["0x80070005", "0x80070057", "0x8007000E", "0x80004005", "0x80040111", "0x8004010F", "0xC1041724", "0x80090308"];
    private static readonly string[] EngineErrors = ["-1018", "-1216", "-1022", "-1811", "-1032", "-1206", "-510", "-1601"];
    private static readonly string[] ServiceNames = ["Microsoft Exchange Transport", "Microsoft Exchange Replication", "Backup Agent", "Print Spooler", "Message Queuing Relay", "World Wide Web Publishing", "SQL Server Agent", "Remote Access Broker"];

    private MessageTemplate MakeTemplate()
    {
        var parts = new List<object>();
        var words = 8 + _random.Next(14);
        var slots = 1 + _random.Next(3);
        var slotAt = Enumerable.Range(0, slots).Select(_ => _random.Next(words)).ToHashSet();
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            // Event messages are mostly everyday words; now and then a rarer one.
            text.Append(w == 0 ? "" : " ").Append(_random.NextDouble() < 0.12 ? Tail() : Common());
            if (slotAt.Contains(w))
            {
                text.Append(' ');
                parts.Add(text.ToString());
                text.Clear();
                parts.Add((SlotKind)_random.Next((int)SlotKind.Service));
            }
        }

        text.Append('.');
        parts.Add(text.ToString());
        var first = (string)parts[0];
        if (first.Length > 0)
        {
            parts[0] = char.ToUpperInvariant(first[0]) + first[1..];
        }

        return new MessageTemplate(parts);
    }

    private GeneratedArticle MakeArticle(int index, HashSet<(int, int)> usedPairs, List<(string, int)> carriers)
    {
        // Earlier products are more common, as Exchange and NT were.
        var product = Catalog.Products[(int)Math.Min(Catalog.Products.Length - 1, Math.Floor(-Math.Log(1 - _random.NextDouble()) * 3))];
        var v = _random.Next(product.Versions.Length);
        var versions = product.Versions.Skip(v).Take(1 + _random.Next(2)).ToList();
        var (titleA, titleB) = UniquePair(usedPairs);
        var (symptomC, symptomD) = UniquePair(usedPairs);

        var candidates = _signatures.Where(s => s.Product == product).ToList();
        var eventCount = _random.NextDouble() < 0.15 ? 0 : 1 + _random.Next(3);
        var events = new List<GeneratedEvent>();
        for (var e = 0; e < eventCount; e++)
        {
            var sig = candidates[_random.Next(candidates.Count)];
            // Old articles often print the message with placeholders where the values go.
            var level = sig.Level;
            // An article about any code prints a placeholder for it: one printing a sample code would be a code sibling.
            var message = _random.NextDouble() < 0.2 || sig.Template.Family == TemplateFamily.GenericCode ? sig.Template.RenderPlaceholders() : sig.Template.Render(_random);
            events.Add(new GeneratedEvent(sig.Source, sig.EventId, level, sig.Template, message));
        }

        var component = Common();
        var title = $"{product.Prefix}: {Cap(component)} {Pick(Verbs)} When {Cap(titleA)} {Cap(titleB)} {Cap(Common())} Is Used";
        if (events.Count > 0)
        {
            title += $" (Event {events[0].EventId.ToString(CultureInfo.InvariantCulture)})";
        }

        var symptomCommon = Common();
        var body = new StringBuilder();
        body.Append("## Symptoms\n\n");
        body.Append($"On a server running {product.Name} {versions[0]}, the {component} {Pick(Verbs).ToLowerInvariant()} after the {symptomC} {symptomCommon} reports {Tail()} {Tail()}. ");
        body.Append($"Users see {Common()} {Tail()} and the {symptomD} {Common()} does not {Common()}.\n\n");
        foreach (var e in events)
        {
            body.Append("```text\n").Append(e.Source).Append(" Event ID ").Append(e.EventId.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(e.Message).Append("\n```\n\n");
        }

        body.Append("## Cause\n\n").Append($"The {Common()} {Tail()} keeps a {Common()} {Tail()} open while {Tail()} {Common()} runs.\n\n");
        body.Append("## Resolution\n\n").Append($"1. Stop the {Common()} service.\n2. Remove the {Tail()} {Common()} entry.\n3. Restart the {component}.\n\n");

        var status = _random.Next(Catalog.StatusLines.Length);
        var statusText = Catalog.StatusLines[status].Replace("{product}", product.Name, StringComparison.Ordinal).Replace("{version}", versions[0], StringComparison.Ordinal);
        var kind = status switch { 0 => StatusKind.ConfirmedProblem, 1 => StatusKind.ByDesign, _ => StatusKind.Information };
        var fixedIn = "";
        if (status == 0 && _random.NextDouble() < 0.6)
        {
            fixedIn = $"{product.Name} {versions[0]} Service Pack {1 + _random.Next(4)}";
            statusText += $" This problem was corrected in {fixedIn}.";
        }

        body.Append("## Status\n\n").Append(statusText).Append('\n');

        var queryWords = Enumerable.Range(0, 2 + _random.Next(3)).Select(_ => _random.NextDouble() < 0.5 ? Common() : Tail()).Distinct().ToList();
        string? carried = null;
        if (index % 50 == 7)
        {
            carried = PointerWord(index);
            queryWords.Insert(0, Spaced(carried));
            carriers.Add((carried, index));
        }

        var published = new DateOnly(1995, 1, 1).AddDays(_random.Next(0, 5 * 365));
        var article = new Article
        {
            Number = NumberOf(index),
            Title = title,
            Product = product.Name,
            Versions = versions,
            Platform = product.Platform,
            Category = product.Prefix.ToLowerInvariant(),
            Published = published,
            Modified = published.AddDays(_random.Next(0, 700)),
            Keywords = [_random.NextDouble() < 0.5 ? "kbbug" : "kbprb", "kb" + Common()],
            Technology = ["kb" + product.Prefix + versions[0].Replace(".", "", StringComparison.Ordinal)],
            QueryWords = queryWords,
            AppliesTo = versions.Select(x => $"{product.Name}, version {x}").ToList(),
            StatusKind = kind,
            StatusText = statusText,
            FixedIn = fixedIn,
            Body = body.ToString(),
            Events = events.Select((e, n) => new EventSignature { Source = e.Source, EventId = e.EventId, Level = e.Level, Message = e.Message, Order = n }).ToList(),
        };
        return new GeneratedArticle(article, new ArticleTruth([titleA, titleB], [symptomC, symptomD, symptomCommon], carried, events));
    }

    /// <summary>An all-capitals made-up word of 7-10 letters, unique per carrier.</summary>
    private static string PointerWord(int index) => ("Q" + Vocabulary.Rare(100000 + index) + "PAK").ToUpperInvariant();

    private (string, string) UniquePair(HashSet<(int, int)> used)
    {
        while (true)
        {
            var a = _random.Next(_distinctivePool);
            var b = _random.Next(_distinctivePool);
            if (a != b && used.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                return (Distinctive(a), Distinctive(b));
            }
        }
    }

    /// <summary>Distinctive words live in their own index range, apart from the tail words of the prose.</summary>
    private static string Distinctive(int n) => Vocabulary.Rare(20000 + n);

    private string Common() => Vocabulary.Common[(int)Math.Min(Vocabulary.Common.Length - 1, Math.Floor(-Math.Log(1 - _random.NextDouble()) * 12))];

    private string Tail() => Vocabulary.Rare((int)Math.Min(19999, Math.Floor(-Math.Log(1 - _random.NextDouble()) * 1500)));

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static readonly string[] Verbs = ["Stops Responding", "Fails", "Hangs", "Runs Slowly", "Returns Errors", "Stops", "Crashes", "Loses Data", "Logs Errors"];
}
