namespace KbSite.Matching;

/// <summary>
/// One event read from a paste: what it says and which format it came in. <paramref name="Inserts"/> are set when the
/// paste had no rendered message, only the event's insertion strings (event XML without RenderingInfo): the
/// <paramref name="Message"/> is then those strings joined, and matching puts them into each article's message.
/// </summary>
public sealed record PastedEvent(string Source, int? EventId, string Level, string Message, string Format, IReadOnlyList<string>? Inserts = null);

/// <summary>The paste formats the parser recognises (the "format" of each event in the API).</summary>
public static class PasteFormats
{
    public const string Xml = "xml";
    public const string Csv = "csv";
    public const string EventViewer = "event-viewer";
    public const string Wevtutil = "wevtutil";
    public const string PowerShell = "powershell";
    public const string Labelled = "nt-labelled";
    public const string NtStyle = "nt";
    public const string Plain = "plain";
}
