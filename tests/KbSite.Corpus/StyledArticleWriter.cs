using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KbSite.Articles;

namespace KbSite.Corpus;

/// <summary>How a hand-kept article prints its events in its body.</summary>
public enum EventLayout
{
    /// <summary>"Source Event ID: n" and the message, in a ```console or ```output fence.</summary>
    FencedNt,

    /// <summary>The older Event Viewer: Event Type / Event Source / Event Category / Event ID / Date / Time / User / Computer / Description, tab-aligned, in a plain fence.</summary>
    OldEventViewer,

    /// <summary>Event Viewer's General tab today: Log Name / Source / Date / Event ID / Task Category / Level / Keywords / User / Computer / Description.</summary>
    EventViewerGeneral,

    /// <summary>Exchange's ID / Level / Source / Machine / Message lines, in a block quote.</summary>
    ExchangeBlock,

    /// <summary>Event XML with RenderingInfo, in an ```xml fence.</summary>
    EventXml,

    /// <summary>A Markdown table, a row per event.</summary>
    Table,

    /// <summary>A two-column table per event: a row per field ("| Event ID | 1004 |").</summary>
    FieldTable,

    /// <summary>A bulleted list of bold labels: "- **Event ID:** 1004".</summary>
    BoldLabels,

    /// <summary>Prose: "... logs event ID n: "message"".</summary>
    ProseQuoted,

    /// <summary>Prose naming the event id, the message in a block quote below.</summary>
    ProseQuoteBlock,
}

/// <summary>An event as a styled article prints it.</summary>
public sealed record PrintedEvent(string Source, int EventId, string Level, string Message);

/// <summary>A generated article written as a file in one system's style, with what it was made from and the events it prints.</summary>
public sealed record StyledFile(string Name, string Text, string Style, EventLayout Layout, GeneratedArticle Source, IReadOnlyList<PrintedEvent> Printed);

/// <summary>
/// Writes generated articles the way teams keep them: front matter of a documentation site (no number), Hugo TOML,
/// Jekyll, Wiki.js, none at all (BookStack), or this format with a status sentence; event blocks in the body in every
/// layout of <see cref="EventLayout"/>, their values often blanked out by placeholders. No file carries its number in
/// its name; a docs-site file sometimes has an "Original KB number" line.
/// </summary>
public static partial class StyledArticleWriter
{
    public static readonly string[] Styles = ["docs-site", "hugo-toml", "jekyll", "wikijs", "bookstack", "status-sentence"];

    [GeneratedRegex(@"```text\n[^`]*?\n```\n\n", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedEventBlock();

    [GeneratedRegex(@"## Status\n\n[^\n]*\n?", RegexOptions.CultureInvariant)]
    private static partial Regex StatusSection();

    /// <summary>Article <paramref name="index"/> of the corpus: its style and layout rotate, so every pair turns up.</summary>
    public static StyledFile Write(GeneratedArticle generated, int index, Random random)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(random);
        var style = Styles[index % Styles.Length];
        var layout = (EventLayout)(index / Styles.Length % Enum.GetValues<EventLayout>().Length);
        var a = generated.Article;
        var events = generated.Truth.Events.Select(e => new PrintedEvent(e.Source, e.EventId, e.Level, Printed(e, layout, random))).ToList();

        // The generator's own ```text blocks make way for the layout under test, at the same place.
        var body = GeneratedEventBlock().Replace(a.Body, "");
        var eventText = Events(layout, events, random);
        var cause = body.IndexOf("## Cause", StringComparison.Ordinal);
        body = cause < 0 ? body + eventText : body[..cause] + eventText + body[cause..];
        if (style == "status-sentence")
        {
            body = StatusSection().Replace(body, "");
        }

        var digits = ArticleNumber.Digits(a.Number);
        var text = style switch
        {
            "docs-site" => DocsSite(a, body, withNumber: random.NextDouble() < 0.5),
            "hugo-toml" => HugoToml(a, body),
            "jekyll" => Jekyll(a, body),
            "wikijs" => WikiJs(a, body),
            "bookstack" => $"# {a.Title}\n\n{body}",
            _ => $"---\ntitle: {Q(a.Title)}\nproduct: {Q(a.Product)}\nversions: [{string.Join(", ", a.Versions.Select(Q))}]\nstatus: {Q(a.StatusText)}\n---\n{body}",
        };
        return new StyledFile($"{style}/article-{digits}.md", text, style, layout, generated, events);
    }

    /// <summary>The message as the article prints it: its example values, or placeholders of one of the usual kinds.</summary>
    private static string Printed(GeneratedEvent e, EventLayout layout, Random random) => random.Next(5) switch
    {
        0 => e.Template.RenderPlaceholders(),
        1 => e.Template.RenderPlaceholders(random.Next(2) == 0 ? "xxx" : "..."),
        // Real messages quote names ("Mailbox Database 02"), which prose then quotes again.
        2 when layout is EventLayout.ProseQuoted => e.Template.RenderQuoted(random),
        _ => e.Message,
    };

    private static string Events(EventLayout layout, List<PrintedEvent> events, Random random)
    {
        if (events.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        if (layout == EventLayout.Table)
        {
            return Table(events, random);
        }

        foreach (var e in events)
        {
            var id = e.EventId.ToString(CultureInfo.InvariantCulture);
            var server = $"SERVER{random.Next(1, 9).ToString(CultureInfo.InvariantCulture)}";
            var block = layout switch
            {
                EventLayout.FencedNt => $"```{Pick(random, "console", "output", "")}\n{e.Source} Event ID: {id}\n\n{Wrapped(e.Message, random)}\n```\n",
                EventLayout.OldEventViewer => $"```\nEvent Type:\t{e.Level}\nEvent Source:\t{e.Source}\nEvent Category:\tNone\nEvent ID:\t{id}\nDate:\t\t3/14/1999\nTime:\t\t10:21:07 AM\nUser:\t\tN/A\nComputer:\t{server}\nDescription:\n{Wrapped(e.Message, random)}\n```\n",
                EventLayout.EventViewerGeneral => $"```output\nLog Name:      Application\nSource:        {e.Source}\nDate:          11/25/2026 9:14:02 AM\nEvent ID:      {id}\nTask Category: None\nLevel:         {e.Level}\nKeywords:      Classic\nUser:          N/A\nComputer:      {server}.contoso.local\nDescription:\n{e.Message}\n```\n",
                EventLayout.ExchangeBlock => random.Next(2) == 0
                    ? $"> ID: {id}\n> Level: {e.Level}\n> Source: {e.Source}\n> Machine: {server}.contoso.local\n> Message: {Wrapped(e.Message, random).Replace("\n", "\n> ", StringComparison.Ordinal)}\n"
                    : $"ID:      {id}\nLevel:   {e.Level}\nSource:  {e.Source}\nMachine: {server}\nMessage: {e.Message}\n",
                EventLayout.EventXml => $"```xml\n<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n  <System>\n    <Provider Name=\"{SecurityElement.Escape(e.Source)}\" />\n    <EventID Qualifiers=\"49152\">{id}</EventID>\n    <Level>2</Level>\n    <Computer>{server}</Computer>\n  </System>\n  <RenderingInfo Culture=\"en-US\">\n    <Message>{SecurityElement.Escape(e.Message)}</Message>\n    <Level>{e.Level}</Level>\n  </RenderingInfo>\n</Event>\n```\n",
                EventLayout.FieldTable => $"| {Pick(random, "Field", "Property", "Name")} | Value |\n|---|---|\n| Log Name | Application |\n| Source | {e.Source} |\n| Event ID | {id} |\n| Level | {e.Level} |\n| Computer | {server} |\n| {Pick(random, "Message", "Description")} | {e.Message.Replace("|", "\\|", StringComparison.Ordinal)} |\n",
                EventLayout.BoldLabels => $"- **Event ID:** {id}\n- **Source:** {e.Source}\n- **Level:** {e.Level}\n- **{Pick(random, "Message", "Description")}:** {e.Message}\n",
                EventLayout.ProseQuoted => random.Next(4) switch
                {
                    0 => $"At the same time {e.Source} logs event ID {id} with the text \"{e.Message}\" in the application log.\n",
                    1 => $"Event {id} from {e.Source} reads “{e.Message}”.\n",
                    2 => $"The {e.Source} service then logs event ID {id}, \"{e.Message}\"\n",
                    _ => $"You may also see event ID {id}: \"{e.Message}\"\n",
                },
                _ => $"The application log shows event ID {id}{(random.Next(2) == 0 ? $" from {e.Source}" : "")}:\n\n> {Wrapped(e.Message, random).Replace("\n", "\n> ", StringComparison.Ordinal)}\n",
            };

            // Steps are numbered lists, and what a step shows is indented under it.
            text.Append(random.Next(3) == 0
                ? "1. Open the application log on the server.\n2. Look for the following entry:\n\n" + string.Join('\n', block.TrimEnd('\n').Split('\n').Select(l => "   " + l)) + "\n\n"
                : block + "\n");
        }

        return text.ToString();
    }

    /// <summary>A table with the headers writers actually use, sometimes an extra column, messages sometimes as code.</summary>
    private static string Table(List<PrintedEvent> events, Random random)
    {
        var id = Pick(random, "Event ID", "ID", "EventID");
        var source = Pick(random, "Source", "Provider", "Event source");
        var level = Pick(random, "Level", "Type", "Severity");
        var message = Pick(random, "Message", "Description", "Event message");
        var extra = random.Next(2) == 0;
        var text = new StringBuilder("The following events are logged:\n\n");
        text.Append($"| {id} | {source} | {level} |{(extra ? " Logged when |" : "")} {message} |\n|---:|---|---|{(extra ? "---|" : "")}---|\n");
        foreach (var e in events)
        {
            var cell = e.Message.Replace("|", "\\|", StringComparison.Ordinal);
            cell = random.Next(3) == 0 ? $"`{cell}`" : cell;
            text.Append(CultureInfo.InvariantCulture, $"| {e.EventId} | {e.Source} | {e.Level} |{(extra ? " at startup |" : "")} {cell} |\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Half the time a long message is hard-wrapped at about 70 columns, as editors and terminals do.</summary>
    private static string Wrapped(string message, Random random)
    {
        if (random.Next(2) == 0 || message.Length <= 72)
        {
            return message;
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in message.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length > 70)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join('\n', lines);
    }

    private static string Pick(Random random, params string[] items) => items[random.Next(items.Length)];

    private static string DocsSite(Article a, string body, bool withNumber)
    {
        var y = new StringBuilder("---\n");
        y.Append("title: ").Append(Q(a.Title)).Append('\n');
        y.Append("description: ").Append(Q($"Describes what to do when {a.Title.ToLowerInvariant()}.")).Append('\n');
        y.Append("ms.date: ").Append((a.Modified ?? new DateOnly(2000, 1, 1)).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)).Append('\n');
        y.Append("author: kb-writer\nms.author: kbwriter\nms.topic: troubleshooting\nms.custom: sap:").Append(a.Product).Append(", CSSTroubleshoot\n");
        y.Append("appliesto:\n").Append(string.Concat(a.AppliesTo.Select(x => $"  - {Q(x)}\n")));
        y.Append("---\n# ").Append(a.Title).Append("\n\n");
        if (withNumber)
        {
            y.Append("_Original KB number:_ &nbsp; ").Append(ArticleNumber.Digits(a.Number)).Append("\n\n");
        }

        return y.Append(body).ToString();
    }

    private static string HugoToml(Article a, string body) =>
        $"+++\ntitle = {Q(a.Title)}\ndate = {Day(a.Published)}\nlastmod = {Day(a.Modified)}\ndraft = false\ntags = [{string.Join(", ", a.Keywords.Select(Q))}]\ncategories = [{Q(a.Product)}]\nweight = 10\n\n[params]\n  product = {Q(a.Product)}\n+++\n\n{body}";

    private static string Jekyll(Article a, string body) =>
        $"---\nlayout: post\ntitle: {Q(a.Title)}\ndate: {Day(a.Published)} 10:00:00 +0000\nlast_modified_at: {Day(a.Modified)}\ncategories: {a.Category} support\ntags: [{string.Join(", ", a.Keywords.Select(Q))}]\nexcerpt: {Q(a.Title)}\n---\n\n{body}";

    private static string WikiJs(Article a, string body) =>
        $"---\ntitle: {Q(a.Title)}\ndescription: {Q(a.Product)}\npublished: true\ndate: {Day(a.Modified)}T10:00:00.000Z\ntags: {string.Join(", ", a.Keywords)}\neditor: markdown\ndateCreated: {Day(a.Published)}T09:00:00.000Z\n---\n\n{body}";

    private static string Day(DateOnly? date) => (date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A double-quoted string that YAML and TOML both read back as written (JSON string syntax).</summary>
    private static string Q(string text) => JsonSerializer.Serialize(text);
}
