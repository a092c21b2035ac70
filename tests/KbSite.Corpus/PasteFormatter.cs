using System.Globalization;
using System.Security;

namespace KbSite.Corpus;

/// <summary>Writes an event the way each tool shows it, for parser and matching tests (layouts written for KbSite).</summary>
public static class PasteFormatter
{
    public static readonly string[] Formats = ["event-viewer", "wevtutil", "powershell-winevent", "powershell-eventlog", "xml", "csv", "nt", "nt-glued", "nt-labelled", "plain"];

    public static string Write(string format, string source, int id, string level, string message) => format switch
    {
        "event-viewer" => $"""
            Log Name:      Application
            Source:        {source}
            Date:          11/25/2026 9:14:02 AM
            Event ID:      {id}
            Task Category: Interface
            Level:         {level}
            Keywords:      Classic
            User:          N/A
            Computer:      EXCH01.contoso.local
            Description:
            {message}
            Event Xml:
            <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
              <System><Provider Name="{source}" /><EventID Qualifiers="49152">{id}</EventID></System>
              <EventData><Data>{SecurityElement.Escape(message)}</Data></EventData>
            </Event>
            """,
        "wevtutil" => $"""
            Event[0]:
              Log Name: Application
              Source: {source}
              Date: 2026-11-25T09:14:02.000
              Event ID: {id}
              Task: N/A
              Level: {level}
              Opcode: N/A
              Keyword: Classic
              User: N/A
              User Name: N/A
              Computer: EXCH01.contoso.local
              Description: 
            {message}
            """,
        "powershell-winevent" => $"""

            TimeCreated  : 11/25/2026 9:14:02 AM
            ProviderName : {source}
            Id           : {id}
            LevelDisplayName : {level}
            Message      : {Wrap(message, "               ")}

            """,
        "powershell-eventlog" => $"""

            Index              : 48213
            EntryType          : {level}
            InstanceId         : {(3221225472L + id).ToString(CultureInfo.InvariantCulture)}
            Message            : {Wrap(message, "                     ")}
            Category           : Interface
            CategoryNumber     : 4
            ReplacementStrings : {"{"}{message[..Math.Min(20, message.Length)]}...{"}"}
            Source             : {source}
            TimeGenerated      : 11/25/2026 9:14:02 AM
            TimeWritten        : 11/25/2026 9:14:02 AM
            UserName           :

            """,
        "xml" => $"""
            <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
              <System>
                <Provider Name="{source}" />
                <EventID Qualifiers="49152">{id}</EventID>
                <Level>2</Level>
                <Computer>EXCH01.contoso.local</Computer>
              </System>
              <EventData><Data>association</Data></EventData>
              <RenderingInfo Culture="en-US">
                <Message>{SecurityElement.Escape(message)}</Message>
                <Level>{level}</Level>
              </RenderingInfo>
            </Event>
            """,
        "csv" => $"""
            Level,Date and Time,Source,Event ID,Task Category
            {level},11/25/2026 9:14:02 AM,{source},{id},Interface,"{message.Replace("\"", "\"\"", StringComparison.Ordinal)}"
            """,
        "nt" => $"{source} Event ID {id}\n{message}",
        "nt-glued" => $"{source}Event ID {id} {message}",
        "nt-labelled" => $"Event ID: {id}\nSource: {source}\nType: {level}\nDescription: {message}",
        "plain" => message,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>
    /// Event XML as Event Viewer's XML view gives it: no rendered message, only the insertion strings (EventData) and
    /// the level as a number.
    /// </summary>
    public static string WriteEventData(string source, int id, string level, IEnumerable<string> inserts)
    {
        ArgumentNullException.ThrowIfNull(inserts);
        var number = level switch { "Error" => 2, "Warning" => 3, _ => 4 };
        var data = string.Concat(inserts.Select(i => $"\n    <Data>{SecurityElement.Escape(i)}</Data>"));
        return $"""
            <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
              <System>
                <Provider Name="{SecurityElement.Escape(source)}" />
                <EventID Qualifiers="49152">{id}</EventID>
                <Level>{number}</Level>
                <Computer>EXCH01.contoso.local</Computer>
              </System>
              <EventData>{data}
              </EventData>
            </Event>
            """;
    }

    /// <summary>PowerShell wraps long values onto indented continuation lines.</summary>
    private static string Wrap(string text, string indent)
    {
        var words = text.Split(' ');
        var lines = new List<string>();
        var line = "";
        foreach (var w in words)
        {
            if (line.Length + w.Length > 60 && line.Length > 0)
            {
                lines.Add(line);
                line = w;
            }
            else
            {
                line = line.Length == 0 ? w : line + " " + w;
            }
        }

        lines.Add(line);
        return string.Join("\n" + indent, lines);
    }
}
