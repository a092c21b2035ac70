using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KbSite.Articles;

namespace KbSite.Content;

/// <summary>
/// Reads the classic Microsoft Knowledge Base text format (DOCUMENT:/TITLE :/PRODUCT : header, "applies to" block,
/// sections underlined with "====", additional query words, Keywords/Technology/Version trailer), both as the
/// original multi-line .TXT files and flattened onto one line. Every fact lands in a field or in the body.
/// </summary>
public static partial class ClassicKbReader
{
    [GeneratedRegex(@"DOCUMENT\s*:\s*(?<id>[^\s]+)(?:\s+(?<date>\d{1,2}-[A-Za-z]{3}-\d{4}))?(?:\s+\[(?<category>[^\]]*)\])?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DocumentLine();

    [GeneratedRegex(@"(?<label>TITLE|PRODUCT|PROD/VER|OPER/SYS|KEYWORDS)\s*:", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HeaderLabel();

    [GeneratedRegex(@"(?<=^|\s)(?:={5,}|-{5,})(?=\s|$)", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Rule();

    [GeneratedRegex(@"(?<=^|\s)(?<rule>={3,})(?=\s|$)", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Underline();

    [GeneratedRegex(@"^[A-Z][A-Z0-9 /&'()\-]*[A-Z0-9)]$", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HeadingText();

    [GeneratedRegex(@"The information in this article applies to\s*:", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AppliesToIntro();

    [GeneratedRegex(@"(?<=^|\s)[-*]\s+", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ListDash();

    [GeneratedRegex(@"Additional query words\s*:", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex QueryWordsLabel();

    [GeneratedRegex(@"(?<=^|\s)(?<label>Keywords|Technology|Version|Issue type)\s*:", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TrailerLabel();

    // Non-backtracking: the lazy run and the trailing spaces could otherwise rescan a long notice once per "Copyright".
    [GeneratedRegex(@"Copyright\s+(?<who>[^\r\n]*?\d{4})\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]

    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"^\s*(?:\d+\.|[-*•]|[a-z]\))\s+", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ListLine();

    /// <summary>True when the text looks like a classic KB article (it starts with a DOCUMENT: line).</summary>
    public static bool LooksClassic(string text) => text.TrimStart().StartsWith("DOCUMENT", StringComparison.Ordinal);

    public static Article Read(string text) => Read(text, new List<string>());

    /// <summary>
    /// Reads <paramref name="text"/>, noting what was left out (an event block without a message, a bad date);
    /// <paramref name="fileName"/> supplies a number or a title the header lacks.
    /// </summary>
    public static Article Read(string text, ICollection<string> notes, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(notes);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var document = DocumentLine().Match(text);
        if (!document.Success)
        {
            throw new ContentFormatException("no \"DOCUMENT:Q<number>\" line: this is not a classic KB article.");
        }

        var article = new Article { Category = document.Groups["category"].Value.Trim() };
        if (ArticleNumber.TryNormalize(document.Groups["id"].Value, out var number))
        {
            article.Number = number;
        }
        else
        {
            notes.Add($"the DOCUMENT line names \"{FrontMatterFields.Shorten(document.Groups["id"].Value)}\", which is not an article number (Q followed by digits); the article is numbered another way.");
        }

        if (document.Groups["date"].Success)
        {
            if (DateOnly.TryParseExact(document.Groups["date"].Value, "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                article.Published = article.Modified = date;
            }
            else
            {
                notes.Add($"the DOCUMENT date \"{document.Groups["date"].Value}\" is not a date of the form 28-MAR-1999; it was dropped.");
            }
        }

        // The header runs from the DOCUMENT line to the first rule line.
        var afterDocument = document.Index + document.Length;
        var firstRule = Rule().Match(text, afterDocument);
        var headerEnd = firstRule.Success ? firstRule.Index : text.Length;
        ReadHeader(text[afterDocument..headerEnd], article);

        var rest = text[headerEnd..];
        rest = ReadAppliesTo(rest, article);
        var (sectionsText, trailer) = SplitTrailer(rest);
        ReadTrailer(trailer, article);
        var found = ReadSections(sectionsText, article);

        // An event block that prints no message stays in the body but cannot be a signature.
        foreach (var e in found.Where(e => e.Message.Length == 0))
        {
            notes.Add($"the event block for event {e.EventId} has no message; it is kept in the text but is not a signature.");
        }

        article.Events = EventBlockScanner.ToSignatures(found.Where(e => e.Message.Length > 0));
        FileNameFacts.Fill(article, fileName, notes);
        ArticleFit.Apply(article, notes);
        return article;
    }

    private static void ReadHeader(string header, Article article)
    {
        var labels = HeaderLabel().Matches(header);
        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : header.Length;
            var value = TextTools.Collapse(header[start..end]);
            switch (labels[i].Groups["label"].Value)
            {
                case "TITLE":
                    article.Title = value;
                    break;
                case "PRODUCT":
                    article.Product = value;
                    break;
                case "PROD/VER":
                    ApplyPlatformVersion(value, article);
                    break;
                case "OPER/SYS":
                    if (value.Length > 0)
                    {
                        article.Platform = value;
                    }

                    break;
                case "KEYWORDS":
                    AddDistinct(article.Keywords, TextTools.SplitList(value, splitOnSpaces: true));
                    break;
            }
        }
    }

    /// <summary>"winnt:4.0" or "winnt:4.0,5.0" names a platform and versions.</summary>
    private static void ApplyPlatformVersion(string value, Article article)
    {
        foreach (var part in TextTools.SplitList(value, splitOnSpaces: true))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var platform = colon >= 0 ? part[..colon] : "";
            var version = colon >= 0 ? part[(colon + 1)..] : part;
            if (platform.Length > 0 && article.Platform.Length == 0)
            {
                article.Platform = platform;
            }

            AddDistinct(article.Versions, TextTools.SplitList(version, splitOnSpaces: false));
        }
    }

    private static string ReadAppliesTo(string text, Article article)
    {
        var intro = AppliesToIntro().Match(text);
        if (!intro.Success)
        {
            return text;
        }

        var start = intro.Index + intro.Length;
        var closing = Rule().Match(text, start);
        var end = closing.Success ? closing.Index : text.Length;
        var items = ListDash().Split(text[start..end])
            .Select(TextTools.Collapse)
            .Where(s => s.Length > 0);
        AddDistinct(article.AppliesTo, items);
        return text[..intro.Index] + " " + text[end..];
    }

    /// <summary>Cuts the text at "Additional query words:" (or, failing that, the Keywords trailer).</summary>
    private static (string Sections, string Trailer) SplitTrailer(string text)
    {
        var queryWords = QueryWordsLabel().Match(text);
        if (queryWords.Success)
        {
            return (text[..queryWords.Index], text[queryWords.Index..]);
        }

        var trailer = TrailerLabel().Matches(text).FirstOrDefault(m => m.Groups["label"].Value == "Keywords");
        return trailer is null ? (text, "") : (text[..trailer.Index], text[trailer.Index..]);
    }

    private static void ReadTrailer(string trailer, Article article)
    {
        if (trailer.Length == 0)
        {
            return;
        }

        // The legal notice follows the last rule after the trailer labels.
        var labels = TrailerLabel().Matches(trailer).ToList();
        var lastLabelEnd = labels.Count > 0 ? labels[^1].Index + labels[^1].Length : 0;
        var noticeRule = Rule().Match(trailer, lastLabelEnd);
        var fieldsEnd = noticeRule.Success ? noticeRule.Index : trailer.Length;

        var queryWords = QueryWordsLabel().Match(trailer);
        if (queryWords.Success)
        {
            var qStart = queryWords.Index + queryWords.Length;
            var qEnd = FirstOf(trailer, qStart, fieldsEnd, Rule(), TrailerLabel());
            AddDistinct(article.QueryWords, TextTools.SplitList(TextTools.Collapse(trailer[qStart..qEnd]), splitOnSpaces: true));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : fieldsEnd;
            end = FirstOf(trailer, start, Math.Max(start, end), Rule());
            var value = TextTools.Collapse(trailer[start..end]);
            switch (labels[i].Groups["label"].Value)
            {
                case "Keywords":
                    AddDistinct(article.Keywords, TextTools.SplitList(value, splitOnSpaces: true));
                    break;
                case "Technology":
                    AddDistinct(article.Technology, TextTools.SplitList(value, splitOnSpaces: true));
                    break;
                case "Version":
                    ApplyPlatformVersion(value, article);
                    break;
                case "Issue type":
                    AddDistinct(article.Keywords, TextTools.SplitList(value, splitOnSpaces: true));
                    break;
            }
        }

        if (noticeRule.Success)
        {
            ReadNotice(trailer[(noticeRule.Index + noticeRule.Length)..], article);
        }
    }

    private static void ReadNotice(string notice, Article article)
    {
        notice = Rule().Replace(notice, " ").Trim();
        var copyright = CopyrightLine().Match(notice);
        if (copyright.Success)
        {
            article.Copyright = TextTools.Collapse(copyright.Groups["who"].Value);
            notice = notice[..copyright.Index];
        }

        article.Disclaimer = TextTools.Collapse(notice);
    }

    /// <summary>Sets the body from the sections and returns the event blocks found in them.</summary>
    private static List<FoundEvent> ReadSections(string text, Article article)
    {
        var headings = FindHeadings(text);
        var body = new StringBuilder();
        var found = new List<FoundEvent>();

        var preamble = Rule().Replace(text[..(headings.Count > 0 ? headings[0].Start : text.Length)], " ");
        AppendParagraphs(body, preamble, found);

        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Start : text.Length;
            var sectionText = Rule().Replace(text[h.BodyStart..end], " ");
            var title = TextTools.SentenceCase(h.Title);
            body.Append("## ").Append(title).Append("\n\n");
            if (title == "Status")
            {
                ReadStatus(sectionText, article);
            }

            AppendParagraphs(body, sectionText, found);
        }

        article.Body = body.ToString().TrimEnd() + "\n";
        return found;
    }

    private static void ReadStatus(string text, Article article)
    {
        article.StatusText = TextTools.Collapse(text);
        var reading = StatusStatement.Read(article.StatusText);
        article.StatusKind = reading.Kind;
        if (reading.FixedIn.Length > 0)
        {
            article.FixedIn = reading.FixedIn;
        }
    }

    /// <summary>Appends prose as Markdown paragraphs and event blocks as fenced text blocks.</summary>
    private static void AppendParagraphs(StringBuilder body, string text, List<FoundEvent> found)
    {
        var events = EventBlockScanner.Scan(text);
        var position = 0;
        foreach (var e in events)
        {
            AppendProse(body, text[position..e.Start]);
            var header = e.Source.Length > 0 ? $"{e.Source} Event ID {e.EventId}" : $"Event ID {e.EventId}";
            body.Append("```text\n").Append(header).Append('\n');
            if (e.Level.Length > 0)
            {
                body.Append("Type: ").Append(e.Level).Append('\n');
            }

            body.Append(e.Message).Append("\n```\n\n");
            position = e.End;
        }

        found.AddRange(events);
        AppendProse(body, text[position..]);
    }

    private static void AppendProse(StringBuilder body, string text)
    {
        foreach (var paragraph in text.Split("\n\n").Select(p => p.Trim('\n')).Where(p => p.Trim().Length > 0))
        {
            var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var isList = lines.Count > 1 && lines.All(l => ListLine().IsMatch(l) || !char.IsUpper(l[0]));
            if (isList && lines.Any(l => ListLine().IsMatch(l)))
            {
                // Keep list items on their own lines; join wrapped continuation lines to their item.
                var items = new List<string>();
                foreach (var line in lines)
                {
                    if (ListLine().IsMatch(line) || items.Count == 0)
                    {
                        items.Add(line);
                    }
                    else
                    {
                        items[^1] += " " + line;
                    }
                }

                body.Append(string.Join('\n', items)).Append("\n\n");
            }
            else
            {
                body.Append(EscapeProse(TextTools.Collapse(paragraph))).Append("\n\n");
            }
        }
    }

    /// <summary>Classic text is plain text: characters that Markdown would read as markup are escaped.</summary>
    private static string EscapeProse(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '`' or '<' or '[' or ']' or '#' or '|' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static List<Heading> FindHeadings(string text)
    {
        var headings = new List<Heading>();
        foreach (Match rule in Underline().Matches(text))
        {
            // The heading ends at the last non-space before the rule (found without copying the text before it, which
            // made many rules quadratic).
            var end = rule.Index;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var length = rule.Value.Length;
            foreach (var candidateLength in new[] { length, length - 1, length + 1 })
            {
                if (candidateLength < 3 || candidateLength > end)
                {
                    continue;
                }

                var start = end - candidateLength;
                var candidate = text[start..end];
                var atWordStart = start == 0 || char.IsWhiteSpace(text[start - 1]);
                if (atWordStart && HeadingText().IsMatch(candidate))
                {
                    headings.Add(new Heading(candidate, start, rule.Index + rule.Length));
                    break;
                }
            }
        }

        return headings;
    }

    private static int FirstOf(string text, int start, int end, params Regex[] stops)
    {
        foreach (var stop in stops)
        {
            var m = stop.Match(text, start);
            if (m.Success && m.Index < end)
            {
                end = m.Index;
            }
        }

        return end;
    }

    private static void AddDistinct(List<string> list, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!list.Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(item);
            }
        }
    }

    private sealed record Heading(string Title, int Start, int BodyStart);
}
